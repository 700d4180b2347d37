package importer

import "github.com/polycloud-go/polycloud/internal/codegen"

// bindings index the existing spec by path: "Op>in>Member>List[]>Member"
// leads to the field there, and to the shape or enum a person named for
// the value at that path. A path is made of wire names, so it finds the
// same place in the facts whatever the names are.
type bindings struct {
	spec   *codegen.Spec
	ops    map[string]*codegen.Operation
	shapes map[string]*codegen.Shape
	enums  map[string]*codegen.Enum
	fields map[string]*codegen.Field // path → existing field
	named  map[string]string         // path → shape or enum name
}

// bind indexes an existing spec; nil gives empty bindings.
func bind(s *codegen.Spec) *bindings {
	b := &bindings{spec: s, ops: map[string]*codegen.Operation{}, shapes: map[string]*codegen.Shape{},
		enums: map[string]*codegen.Enum{}, fields: map[string]*codegen.Field{}, named: map[string]string{}}
	if s == nil {
		return b
	}
	for i := range s.Shapes {
		b.shapes[s.Shapes[i].Name] = &s.Shapes[i]
	}
	for i := range s.Enums {
		b.enums[s.Enums[i].Name] = &s.Enums[i]
	}
	for i := range s.Operations {
		b.operation(&s.Operations[i])
	}
	return b
}

func (b *bindings) operation(op *codegen.Operation) {
	b.ops[op.Name] = op
	b.fieldList(opPath(op.Name, sideInput), op.Input, nil)
	out := opPath(op.Name, sideOutput)
	if op.OutputShape != "" {
		b.named[out] = op.OutputShape
		b.shapeFields(out, op.OutputShape, map[string]bool{})
		return
	}
	b.fieldList(out, op.Output, nil)
}

func (b *bindings) fieldList(path string, fields []codegen.Field, stack map[string]bool) {
	for i := range fields {
		f := &fields[i]
		fp := path + ">" + f.Name
		b.fields[fp] = f
		b.typeRef(fp, f.TypeRef, stack)
	}
}

// typeRef records the name of the shape or enum at path and descends.
func (b *bindings) typeRef(path string, t codegen.TypeRef, stack map[string]bool) {
	switch {
	case t.Type == typeArray && t.Items != nil:
		b.typeRef(path+"[]", *t.Items, stack)
	case t.Type == typeMap && t.Values != nil:
		b.typeRef(path+"{}", *t.Values, stack)
	case t.Ref != "":
		b.named[path] = t.Ref
		if t.Type == typeObject {
			b.shapeFields(path, t.Ref, stack)
		}
	}
}

// shapeFields descends into a shape's fields; stack stops at a shape that
// contains itself.
func (b *bindings) shapeFields(path, name string, stack map[string]bool) {
	s := b.shapes[name]
	if s == nil || stack[name] {
		return
	}
	inner := map[string]bool{name: true}
	for k := range stack {
		inner[k] = true
	}
	b.fieldList(path, s.Fields, inner)
}
