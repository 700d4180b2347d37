package codegen

import "fmt"

// alibabaEncode emits the request's encode method: the checks first, then
// one parameter per field, in spec order.
func (g *generator) alibabaEncode(f *goFile, op *Operation, checked bool) {
	f.comment(0, "encode checks the request and turns it into RPC parameters. Zero values are not sent.")
	f.printf("func (r *%sRequest) encode() (*alibaba.Params, error) {", op.Name)
	if checked {
		f.printf("if err := r.check(); err != nil {\nreturn nil, err\n}")
	}
	f.printf("p := &alibaba.Params{}")
	for i := range op.Input {
		g.alibabaParam(f, &op.Input[i])
	}
	f.printf("return p, nil\n}\n")
}

func (g *generator) alibabaParam(f *goFile, fl *Field) {
	if fl.Fill == fillSigner {
		return
	}
	x, name := "r."+fieldGoName(fl), wirePath{lit: fl.Name}
	form := fl.Location == locForm
	set := "p.Set"
	if form {
		set = "p.SetForm"
	}
	switch fl.Style {
	case styleJSON:
		g.jsonParam(f, fl, x, name, form)
	case styleSimple:
		g.simpleParam(f, fl, x, name, form)
	default: // flat and repeatList: the type says how
		g.flatMember(f, set, !form, fl, x, name)
	}
}

// flatMember emits a value sent as flat parameters: a scalar as name, an
// object as name.Key, a list as name.N, a map as name.key. typed uses the
// typed query setters (SetInt, SetBool, …) for a top-level scalar.
func (g *generator) flatMember(f *goFile, set string, typed bool, fl *Field, x string, name wirePath) {
	switch fl.Type {
	case typeObject:
		f.printf("%s.encodeParams(%s, %s)", x, set, name)
	case typeArray:
		g.flatList(f, set, *fl.Items, x, name)
	case typeMap:
		f.use("maps")
		f.use("slices")
		f.printf("for _, k := range slices.Sorted(maps.Keys(%s)) {\n%s(%s+k, %s)\n}", x, set, name.plus("."), valueString(f, *fl.Values, x+"[k]"))
	default:
		sendIf(f, fl, x, g.setScalar(f, set, typed, fl.TypeRef, name, fieldValue(fl, x)))
	}
}

// flatList emits a list sent as name.1, name.2 (or name.1.Key for objects).
func (g *generator) flatList(f *goFile, set string, items TypeRef, x string, name wirePath) {
	f.use(g.rt.path)
	key := "alibaba.Key(" + name.String() + ", i)"
	if items.Type == typeObject {
		f.printf("for i := range %s {\n%s[i].encodeParams(%s, %s)\n}", x, x, set, key)
		return
	}
	f.printf("for i, v := range %s {\n%s(%s, %s)\n}", x, set, key, valueString(f, items, "v"))
}

// setScalar is the statement that sends one scalar.
func (g *generator) setScalar(f *goFile, set string, typed bool, t TypeRef, name wirePath, v string) string {
	if !typed {
		return fmt.Sprintf("%s(%s, %s)", set, name, valueString(f, t, v))
	}
	switch {
	case t.Type == typeInt64 && t.Ref == "":
		return fmt.Sprintf("p.SetInt(%s, %s)", name, v)
	case isInteger(t.Type):
		return fmt.Sprintf("p.SetInt(%s, int64(%s))", name, v)
	case t.Type == typeFloat64:
		return fmt.Sprintf("p.SetFloat(%s, %s)", name, v)
	case t.Type == typeBool:
		return fmt.Sprintf("p.SetBool(%s, %s)", name, v)
	}
	return fmt.Sprintf("p.Set(%s, %s)", name, valueString(f, t, v))
}

// jsonParam emits a value sent as one JSON string.
func (g *generator) jsonParam(f *goFile, fl *Field, x string, name wirePath, form bool) {
	if !form {
		sendIf(f, fl, x, fmt.Sprintf("if err := p.SetJSON(%s, %s); err != nil {\nreturn nil, err\n}", name, x))
		return
	}
	f.use("encoding/json")
	sendIf(f, fl, x, fmt.Sprintf("b, err := json.Marshal(%s)\nif err != nil {\nreturn nil, err\n}\np.SetForm(%s, string(b))", x, name))
}

// simpleParam emits a string list sent joined with commas.
func (g *generator) simpleParam(f *goFile, fl *Field, x string, name wirePath, form bool) {
	if !form {
		sendIf(f, fl, x, fmt.Sprintf("p.SetCommaList(%s, %s)", name, x))
		return
	}
	f.use("strings")
	sendIf(f, fl, x, fmt.Sprintf("p.SetForm(%s, strings.Join(%s, \",\"))", name, x))
}

// shapeEncode emits encodeParams for a shape flattened into parameters.
func (g *generator) shapeEncode(f *goFile, s *Shape) {
	f.comment(0, "encodeParams sends the members of s that are set as flattened parameters under prefix: with prefix \"Tag.1\", member Key goes as \"Tag.1.Key\".")
	f.printf("func (s *%s) encodeParams(set func(name, value string), prefix string) {", s.Name)
	for i := range s.Fields {
		fl := &s.Fields[i]
		g.flatMember(f, "set", false, fl, "s."+fieldGoName(fl), wirePath{dynamic: "prefix", lit: "." + fl.Name})
	}
	f.printf("}\n")
}
