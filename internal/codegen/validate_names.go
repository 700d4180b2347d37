package codegen

import (
	"encoding/json"
	"strconv"
)

func itoaNumber(n int) json.Number { return json.Number(strconv.Itoa(n)) }

// names checks that package-level identifiers do not collide: the
// generated ones (Client, New, XxxRequest, XxxResponse, XxxAPI,
// NewXxxPager), shapes, enums and enum constants.
func (v *validator) names() {
	owner := map[string]string{"Client": "the client", "New": "the constructor"}
	claim := func(name, who string) {
		if prev, ok := owner[name]; ok && prev != who {
			v.addf(who, "Go name %s is also used by %s", name, prev)
			return
		}
		owner[name] = who
	}
	for _, op := range v.idx.spec.Operations {
		for _, n := range generatedNames(op.Name) {
			claim(n, "operation "+op.Name)
		}
	}
	for _, s := range v.idx.spec.Shapes {
		claim(s.Name, "shape "+s.Name)
	}
	for i := range v.idx.spec.Enums {
		e := &v.idx.spec.Enums[i]
		claim(e.Name, "enum "+e.Name)
		for _, ev := range e.Values {
			lit, _ := enumLiteral(e.Type, ev.Value)
			claim(enumConstName(e, ev), "enum "+e.Name+" value "+lit)
		}
	}
}

// generatedNames are the package-level names an operation's code takes.
func generatedNames(op string) []string {
	return []string{op + "Request", op + "Response", op + "API", "New" + op + "Pager"}
}

// usage reports shapes and enums no operation uses (they would be dead
// types) and applies the request rules to shapes reachable from inputs.
func (v *validator) usage() {
	used, input := map[string]bool{}, map[string]bool{}
	for _, op := range v.idx.spec.Operations {
		for _, f := range op.Input {
			v.mark(f.TypeRef, used)
			v.mark(f.TypeRef, input)
		}
		for _, f := range v.idx.outputFields(&op) {
			v.mark(f.TypeRef, used)
		}
		used[op.OutputShape] = true
	}
	for _, s := range v.idx.spec.Shapes {
		if !used[s.Name] {
			v.addf("shape "+s.Name, "is not used by any operation")
		}
		if input[s.Name] {
			v.inputShape(&s)
		}
	}
	for _, e := range v.idx.spec.Enums {
		if !used[e.Name] {
			v.addf("enum "+e.Name, "is not used by any operation")
		}
	}
}

// mark records the shapes and enums t reaches.
func (v *validator) mark(t TypeRef, seen map[string]bool) {
	switch {
	case t.Items != nil:
		v.mark(*t.Items, seen)
	case t.Values != nil:
		v.mark(*t.Values, seen)
	case t.Ref == "" || seen[t.Ref]:
	default:
		seen[t.Ref] = true
		if s := v.idx.shapes[t.Ref]; s != nil {
			for _, f := range s.Fields {
				v.mark(f.TypeRef, seen)
			}
		}
	}
}

func (v *validator) inputShape(s *Shape) {
	for i := range s.Fields {
		v.requiredRule("shape "+s.Name+": field "+s.Fields[i].Name, &s.Fields[i])
	}
}

// cycles reports shapes that contain themselves through object members:
// Go cannot size such a struct. Lists and maps may recurse.
func (v *validator) cycles() {
	for _, s := range v.idx.spec.Shapes {
		if v.reaches(s.Name, s.Name, map[string]bool{}) {
			v.addf("shape "+s.Name, "contains itself through object fields; use an array or a map")
		}
	}
}

func (v *validator) reaches(from, target string, seen map[string]bool) bool {
	s := v.idx.shapes[from]
	if s == nil || seen[from] {
		return false
	}
	seen[from] = true
	for _, f := range s.Fields {
		if f.Type == typeObject && (f.Ref == target || v.reaches(f.Ref, target, seen)) {
			return true
		}
	}
	return false
}
