package importer

import (
	"slices"

	"github.com/polycloud-go/polycloud/internal/codegen"
)

// prune drops the shapes and enums no operation reaches: existing ones
// whose paths the facts no longer have, or that a person's field replaced.
func prune(s *codegen.Spec) {
	r := &reacher{shapes: map[string]*codegen.Shape{}, reached: map[string]bool{}}
	for i := range s.Shapes {
		r.shapes[s.Shapes[i].Name] = &s.Shapes[i]
	}
	for _, op := range s.Operations {
		for _, f := range slices.Concat(op.Input, op.Output) {
			r.mark(f.TypeRef)
		}
		if op.OutputShape != "" {
			r.mark(codegen.TypeRef{Type: typeObject, Ref: op.OutputShape})
		}
	}
	s.Shapes = slices.DeleteFunc(s.Shapes, func(sh codegen.Shape) bool { return !r.reached[sh.Name] })
	s.Enums = slices.DeleteFunc(s.Enums, func(e codegen.Enum) bool { return !r.reached[e.Name] })
}

// reacher marks the shapes and enums a type leads to.
type reacher struct {
	shapes  map[string]*codegen.Shape
	reached map[string]bool
}

func (r *reacher) mark(t codegen.TypeRef) {
	switch {
	case t.Items != nil:
		r.mark(*t.Items)
	case t.Values != nil:
		r.mark(*t.Values)
	case t.Ref == "" || r.reached[t.Ref]:
	default:
		r.reached[t.Ref] = true
		if sh := r.shapes[t.Ref]; sh != nil && t.Type == typeObject {
			for _, f := range sh.Fields {
				r.mark(f.TypeRef)
			}
		}
	}
}
