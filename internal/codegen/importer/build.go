package importer

import (
	"slices"

	"github.com/polycloud-go/polycloud/internal/codegen"
)

// specField is the spec field of a member, its type named.
func specField(m *member) codegen.Field {
	return codegen.Field{
		Name: m.name, TypeRef: typeRef(m.val), Required: m.required, Pointer: m.pointer, Wrap: m.wrap,
		Location: m.location, Style: m.style, Fill: m.fill, WholeBody: m.wholeBody,
	}
}

func specFields(ms []*member) []codegen.Field {
	var out []codegen.Field
	for _, m := range ms {
		out = append(out, specField(m))
	}
	return out
}

// typeRef is the spec type of a value: objects by shape name, enums by
// enum name.
func typeRef(v *value) codegen.TypeRef {
	t := codegen.TypeRef{Type: v.typ}
	switch {
	case v.typ == typeObject:
		t.Ref = v.shape.name
	case v.items != nil:
		items := typeRef(v.items)
		t.Items = &items
	case v.values != nil:
		values := typeRef(v.values)
		t.Values = &values
	case v.enum != nil:
		t.Ref = v.enum.group.name
	}
	return t
}

// buildShapes makes one shape per name: the drafts a person named alike
// become one, members in order of first appearance.
func buildShapes(g *groups) []codegen.Shape {
	byName := map[string][]*shapeDraft{}
	for _, sd := range g.shapes {
		byName[sd.name] = append(byName[sd.name], sd)
	}
	var out []codegen.Shape
	for _, name := range sortedKeys(byName) {
		out = append(out, codegen.Shape{Name: name, Fields: shapeFields(byName[name])})
	}
	return out
}

// shapeFields are the members of the drafts sharing a name. A member is
// required when every request occurrence that has it requires it, or,
// for a shape found only in responses, when every occurrence does:
// operations disagree (a tag key required by one, optional in another),
// and a client-side check must never refuse what a server accepts.
func shapeFields(drafts []*shapeDraft) []codegen.Field {
	var out []codegen.Field
	for _, sd := range drafts {
		for _, m := range sd.values[0].fields {
			if slices.ContainsFunc(out, func(f codegen.Field) bool { return f.Name == m.name }) {
				continue
			}
			f := specField(m)
			f.Required = requiredEverywhere(drafts, m.name)
			out = append(out, f)
		}
	}
	return out
}

func requiredEverywhere(drafts []*shapeDraft, name string) bool {
	var in, out []bool
	for _, sd := range drafts {
		for _, v := range sd.values {
			if m := findMember(v.fields, name); m != nil && v.use.side == sideInput {
				in = append(in, m.required)
			} else if m != nil {
				out = append(out, m.required)
			}
		}
	}
	if len(in) > 0 {
		return !slices.Contains(in, false)
	}
	return len(out) > 0 && !slices.Contains(out, false)
}

// buildEnums makes one enum per name, values in facts order.
func buildEnums(g *groups) []codegen.Enum {
	byName := map[string][]*enumGroup{}
	for _, eg := range g.enums {
		byName[eg.name] = append(byName[eg.name], eg)
	}
	var out []codegen.Enum
	for _, name := range sortedKeys(byName) {
		e := codegen.Enum{Name: name, Type: byName[name][0].drafts[0].typ}
		seen := map[string]bool{}
		for _, eg := range byName[name] {
			for _, v := range eg.drafts[0].values {
				if lit, _ := enumLiteral(e.Type, v); !seen[lit] {
					seen[lit] = true
					e.Values = append(e.Values, codegen.EnumValue{Value: v})
				}
			}
		}
		out = append(out, e)
	}
	return out
}

// buildOperation makes the spec operation of a draft.
func buildOperation(op *draftOp) codegen.Operation {
	o := codegen.Operation{
		Name: op.name, Doc: operationDoc(op.name), DocURL: op.fact.Docs.Explorer,
		Idempotent: op.idempotent, Input: specFields(op.input), Pagination: op.pagination,
	}
	if op.fact.Action != "" {
		o.Action = op.fact.Action
	} else {
		o.Method, o.Path = op.fact.Method, op.fact.Path
	}
	if op.outRoot != nil {
		o.OutputShape = op.outRoot.shape.name
	} else {
		o.Output = specFields(op.output)
	}
	return o
}
