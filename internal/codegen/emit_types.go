package codegen

import (
	"slices"
	"strings"
)

// typesFile emits types_gen.go: every shape, sorted by name, followed by
// the check and encodeParams methods of shapes used in requests.
func (g *generator) typesFile() *goFile {
	f := newGoFile("types_gen.go")
	shapes := slices.Clone(g.spec.Shapes)
	slices.SortFunc(shapes, func(a, b Shape) int { return strings.Compare(a.Name, b.Name) })
	for i := range shapes {
		s := &shapes[i]
		g.shapeType(f, s)
		if g.zeroable[s.Name] {
			g.shapeIsZero(f, s)
		}
		if g.checked[s.Name] {
			g.shapeCheck(f, s)
		}
		if g.flatInput[s.Name] {
			g.shapeEncode(f, s)
		}
	}
	return f
}

func (g *generator) shapeType(f *goFile, s *Shape) {
	inRequest := g.jsonInput[s.Name] || g.flatInput[s.Name]
	f.comment(0, s.Name+" "+predicate(s.Doc, "is a structure of the "+g.spec.Service.Title+" API"))
	f.printf("type %s struct {", s.Name)
	for i := range s.Fields {
		fl := &s.Fields[i]
		g.structField(f, fl, inRequest, g.jsonTag(fl, g.jsonInput[s.Name] && !fl.Required))
	}
	f.printf("}\n")
}

// structField writes one documented field with its tag.
func (g *generator) structField(f *goFile, fl *Field, inRequest bool, tag string) {
	f.comment(1, g.fieldDoc(fl, inRequest))
	if usesTime(&fl.TypeRef) {
		f.use("time")
	}
	f.printf("\t%s %s `%s`", fieldGoName(fl), fieldType(fl), tag)
}

// jsonTag is the tag of a JSON member: its wire name, omitzero when zero
// must not be sent, and the Alibaba list wrapper name.
func (g *generator) jsonTag(fl *Field, omitZero bool) string {
	tag := `json:"` + fl.Name
	if omitZero {
		tag += ",omitzero"
	}
	tag += `"`
	if fl.Wrap != "" {
		tag += ` wrap:"` + fl.Wrap + `"`
	}
	return tag
}

// requestTag is the tag of a request field: where it goes and under which
// name. Alibaba: query:"Name" or form:"Name", with the style when it is not
// flat. Huawei: path, query, header or form, with json:"-" so the body
// (marshalled from the request itself) leaves them out; body members are
// plain JSON members.
func (g *generator) requestTag(fl *Field) string {
	if g.alibaba() {
		loc := firstNonEmpty(fl.Location, locQuery)
		if fl.Style != "" && fl.Style != styleFlat {
			return loc + `:"` + fl.Name + "," + fl.Style + `"`
		}
		return loc + `:"` + fl.Name + `"`
	}
	switch {
	case fl.WholeBody:
		return `body:"` + fl.Name + `" json:"-"`
	case fl.Location == "" || fl.Location == locBody:
		return g.jsonTag(fl, !fl.Required)
	}
	return fl.Location + `:"` + fl.Name + `" json:"-"`
}

// responseTag is the tag of a top-level response field.
func (g *generator) responseTag(fl *Field) string {
	switch {
	case fl.WholeBody:
		return `body:"` + fl.Name + `" json:"-"`
	case fl.Location == locHeader:
		return `header:"` + fl.Name + `" json:"-"`
	}
	return g.jsonTag(fl, false)
}

// shapeIsZero emits isZero: a struct member is "not set" when all its
// members are.
func (g *generator) shapeIsZero(f *goFile, s *Shape) {
	tests := make([]string, len(s.Fields))
	for i := range s.Fields {
		tests[i] = zeroTest(&s.Fields[i], "s."+fieldGoName(&s.Fields[i]))
	}
	f.comment(0, "isZero reports whether no member of s is set, in which case s is not sent.")
	f.printf("func (s *%s) isZero() bool {\nreturn %s\n}\n", s.Name, strings.Join(tests, " &&\n"))
}
