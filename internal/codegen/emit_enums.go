package codegen

import (
	"slices"
	"strings"
)

// enumsFile emits enums_gen.go: per enum, a named type and constants for
// the known values. Enums are open: nothing rejects another value, since
// servers add values without notice and an old client must keep working.
func (g *generator) enumsFile() *goFile {
	f := newGoFile("enums_gen.go")
	enums := slices.Clone(g.spec.Enums)
	slices.SortFunc(enums, func(a, b Enum) int { return strings.Compare(a.Name, b.Name) })
	for i := range enums {
		g.enum(f, &enums[i])
	}
	return f
}

func (g *generator) enum(f *goFile, e *Enum) {
	doc := e.Name + " " + predicate(e.Doc, "is a value of the "+g.spec.Service.Title+" API")
	doc += " The constants below are the values known when this package was generated; the server may use others, which are kept as they are."
	f.comment(0, doc)
	f.printf("type %s %s\n", e.Name, e.Type)
	f.comment(0, "Known values of "+e.Name+".")
	f.printf("const (")
	for _, ev := range e.Values {
		lit, _ := enumLiteral(e.Type, ev.Value)
		name := enumConstName(e, ev)
		f.comment(1, name+" "+predicate(ev.Doc, "is "+lit))
		f.printf("%s %s = %s", name, e.Name, lit)
	}
	f.printf(")\n")
}
