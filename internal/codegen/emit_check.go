package codegen

import (
	"fmt"
	"strconv"
)

// checkScope says how emitted checks refer to the value and name the
// members they report.
type checkScope struct {
	recv   string // receiver: "r" (a request) or "s" (a shape)
	op     string // Go expression of the operation name
	nested bool   // member paths are prefix + "." + wire, not just wire
}

// path is a member's wire path, for ParamError.Field.
func (sc checkScope) path(wire string) wirePath {
	if sc.nested {
		return wirePath{dynamic: "prefix", lit: "." + wire}
	}
	return wirePath{lit: wire}
}

// wirePath is a Go string expression built from a dynamic part (a
// variable, a call) followed by a literal, kept apart so that appending
// text stays one literal: prefix+".rules" rather than prefix+"."+"rules".
type wirePath struct {
	dynamic string
	lit     string
}

// plus appends literal text.
func (w wirePath) plus(lit string) wirePath {
	w.lit += lit
	return w
}

func (w wirePath) String() string {
	switch {
	case w.dynamic == "":
		return strconv.Quote(w.lit)
	case w.lit == "":
		return w.dynamic
	}
	return w.dynamic + "+" + strconv.Quote(w.lit)
}

// requestCheck emits the request's check method, if it has any checks.
func (g *generator) requestCheck(f *goFile, op *Operation) bool {
	if !g.hasChecks(op.Input) {
		return false
	}
	f.comment(0, "check refuses a request that cannot succeed: a required parameter left empty or a value outside its documented range. Nothing is sent then.")
	f.printf("func (r *%sRequest) check() error {", op.Name)
	g.emitChecks(f, checkScope{recv: "r", op: strconv.Quote(op.Name)}, op.Input)
	f.printf("return nil\n}\n")
	return true
}

// shapeCheck emits a request shape's check method.
func (g *generator) shapeCheck(f *goFile, s *Shape) {
	f.comment(0, "check reports the first member of s that is required but empty or out of range. prefix is the wire path of s in the request.")
	f.printf("func (s *%s) check(op, prefix string) error {", s.Name)
	g.emitChecks(f, checkScope{recv: "s", op: "op", nested: true}, s.Fields)
	f.printf("return nil\n}\n")
}

func (g *generator) hasChecks(fields []Field) bool {
	for i := range fields {
		if fieldHasOwnCheck(&fields[i]) || g.checked[elementShape(fields[i].TypeRef)] {
			return true
		}
	}
	return false
}

// emitChecks writes, per field, the required check, the range check and
// the call into a checked shape, in field order.
func (g *generator) emitChecks(f *goFile, sc checkScope, fields []Field) {
	g.helpers["paramError"] = true
	for i := range fields {
		fl := &fields[i]
		if fl.Fill == fillSigner {
			continue
		}
		x := sc.recv + "." + fieldGoName(fl)
		if fl.Required {
			f.printf("if %s {\nreturn paramError(%s, %s, %q)\n}", zeroTest(fl, x), sc.op, sc.path(fl.Name), "is required")
		}
		if fl.Range != nil {
			g.rangeCheck(f, sc, fl, x)
		}
		if g.checked[elementShape(fl.TypeRef)] {
			g.nestedCheck(f, sc, fl, x)
		}
	}
}

func (g *generator) rangeCheck(f *goFile, sc checkScope, fl *Field, x string) {
	v := x
	if fl.Pointer {
		v = "*" + x
	}
	var cond string
	switch r := fl.Range; {
	case r.Min != nil && r.Max != nil:
		cond = fmt.Sprintf("(%s < %s || %s > %s)", v, *r.Min, v, *r.Max)
	case r.Min != nil:
		cond = fmt.Sprintf("%s < %s", v, *r.Min)
	default:
		cond = fmt.Sprintf("%s > %s", v, *r.Max)
	}
	if !fl.Required {
		cond = nonZero(fl, x) + " && " + cond // zero is "not sent"; only a value sent is checked
	}
	f.printf("if %s {\nreturn paramError(%s, %s, %q)\n}", cond, sc.op, sc.path(fl.Name), "must be "+rangeText(fl.Range))
}

// nestedCheck calls check on a shape member, list elements or map values.
// An optional struct member is checked only when set: zero is not sent.
func (g *generator) nestedCheck(f *goFile, sc checkScope, fl *Field, x string) {
	path := sc.path(fl.Name)
	call := "if err := %s.check(%s, %s); err != nil {\nreturn err\n}"
	switch {
	case fl.Type == typeObject && (fl.Pointer || !fl.Required):
		f.printf("if %s {\n"+call+"\n}", nonZero(fl, x), x, sc.op, path)
	case fl.Type == typeObject:
		f.printf(call, x, sc.op, path)
	case fl.Type == typeArray:
		f.printf("for i := range %s {\n"+call+"\n}", x, x+"[i]", sc.op, g.elementPath(f, path))
	case fl.Type == typeMap:
		f.use("maps")
		f.use("slices")
		f.printf("for _, k := range slices.Sorted(maps.Keys(%s)) {\nv := %s[k]\n"+call+"\n}", x, x, "v", sc.op, path.plus(".").String()+"+k")
	}
}

// elementPath names list element i: "Tag.1" for Alibaba (lists are 1-based
// on the wire), "tags[0]" for Huawei JSON.
func (g *generator) elementPath(f *goFile, path wirePath) string {
	if g.alibaba() {
		f.use(g.rt.path)
		return "alibaba.Key(" + path.String() + ", i)"
	}
	g.helpers["listIndex"] = true
	return "listIndex(" + path.String() + ", i)"
}

// zeroTest is true when a field is left empty.
func zeroTest(fl *Field, x string) string {
	switch {
	case fl.Pointer || fl.Type == typeAny:
		return x + " == nil"
	case fl.Type == typeObject:
		return x + ".isZero()"
	case fl.Type == typeString:
		return x + ` == ""`
	case isNumeric(fl.Type):
		return x + " == 0"
	case fl.Type == typeBool:
		return "!" + x
	case fl.Type == typeTime:
		return x + ".IsZero()"
	}
	return "len(" + x + ") == 0" // array, map, bytes
}

// nonZero is true when a field holds a value to send.
func nonZero(fl *Field, x string) string {
	switch {
	case fl.Pointer || fl.Type == typeAny:
		return x + " != nil"
	case fl.Type == typeObject:
		return "!" + x + ".isZero()"
	case fl.Type == typeString:
		return x + ` != ""`
	case isNumeric(fl.Type):
		return x + " != 0"
	case fl.Type == typeBool:
		return x
	case fl.Type == typeTime:
		return "!" + x + ".IsZero()"
	}
	return "len(" + x + ") > 0"
}
