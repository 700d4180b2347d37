package importer

import (
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/polycloud-go/polycloud/internal/codegen"
)

// Report sums up a conversion.
type Report struct {
	// Operations is the number of operations in the spec.
	Operations int
	// Paginated counts the paginated operations by style.
	Paginated map[string]int
	// Shapes and Enums are the numbers of named types.
	Shapes, Enums int
	// SharedShapes is the number of shapes more than one operation uses.
	SharedShapes int
	// Renamed are the shapes and enums that did not get their first
	// choice of name, each with that choice in parentheses.
	Renamed []string
}

func newReport(s *codegen.Spec, g *groups, renamed []string) *Report {
	r := &Report{Renamed: renamed, Operations: len(s.Operations), Paginated: map[string]int{}, Shapes: len(s.Shapes), Enums: len(s.Enums)}
	for _, op := range s.Operations {
		if op.Pagination != nil {
			r.Paginated[op.Pagination.Style]++
		}
	}
	users := map[string]map[string]bool{}
	for _, sd := range g.shapes {
		for _, v := range sd.values {
			if users[sd.name] == nil {
				users[sd.name] = map[string]bool{}
			}
			users[sd.name][v.use.op] = true
		}
	}
	for _, ops := range users {
		if len(ops) > 1 {
			r.SharedShapes++
		}
	}
	return r
}

// Write prints the report, one fact per line.
func (r *Report) Write(w io.Writer) {
	fmt.Fprintf(w, "operations: %d\n", r.Operations)
	for _, style := range slices.Sorted(maps.Keys(r.Paginated)) {
		fmt.Fprintf(w, "paginated %s: %d\n", style, r.Paginated[style])
	}
	fmt.Fprintf(w, "shapes: %d (shared by several operations: %d)\nenums: %d\n", r.Shapes, r.SharedShapes, r.Enums)
	for _, name := range r.Renamed {
		fmt.Fprintf(w, "renamed: %s\n", name)
	}
}
