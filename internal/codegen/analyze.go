package codegen

import (
	"maps"
	"slices"
)

// analyzeInputs finds the role of each shape in requests: marshalled as
// JSON, flattened into parameters, and whether it needs checks.
func (g *generator) analyzeInputs() {
	g.jsonInput, g.flatInput = map[string]bool{}, map[string]bool{}
	g.checked, g.zeroable = map[string]bool{}, map[string]bool{}
	input := map[string]bool{}
	for _, op := range g.spec.Operations {
		for _, f := range op.Input {
			g.reach(f.TypeRef, input)
			if g.sentAsJSON(&f) {
				g.reach(f.TypeRef, g.jsonInput)
			} else {
				g.reach(f.TypeRef, g.flatInput)
			}
		}
	}
	g.findChecked(input)
	g.findZeroable(input)
}

// sentAsJSON reports whether a request field's value is marshalled as
// JSON: a Huawei body member or whole body, or an Alibaba style json.
func (g *generator) sentAsJSON(f *Field) bool {
	if g.alibaba() {
		return f.Style == styleJSON
	}
	return f.Location == "" || f.Location == locBody
}

// reach adds every shape t leads to into set.
func (g *generator) reach(t TypeRef, set map[string]bool) {
	switch {
	case t.Items != nil:
		g.reach(*t.Items, set)
	case t.Values != nil:
		g.reach(*t.Values, set)
	case t.Type == typeObject && !set[t.Ref]:
		set[t.Ref] = true
		for _, f := range g.shapes[t.Ref].Fields {
			g.reach(f.TypeRef, set)
		}
	}
}

// findChecked marks the input shapes that need a check method: those
// with a required or ranged member, then, until nothing changes, those
// holding a marked shape (directly, in a list or in a map). Iterating to
// a fixed point handles shapes that recurse through lists.
func (g *generator) findChecked(input map[string]bool) {
	for name := range input {
		for i := range g.shapes[name].Fields {
			if fieldHasOwnCheck(&g.shapes[name].Fields[i]) {
				g.checked[name] = true
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for name := range input {
			if !g.checked[name] && g.holdsChecked(g.shapes[name]) {
				g.checked[name], changed = true, true
			}
		}
	}
}

func (g *generator) holdsChecked(s *Shape) bool {
	for _, f := range s.Fields {
		if g.checked[elementShape(f.TypeRef)] {
			return true
		}
	}
	return false
}

// fieldHasOwnCheck reports whether encode checks the field itself.
func fieldHasOwnCheck(f *Field) bool { return f.Required || f.Range != nil }

// findZeroable marks the shapes that need an isZero method: those held as
// plain struct members that are required (zero means missing) or checked
// (an unset optional member is not checked), and the struct members of
// those, which isZero calls in turn.
func (g *generator) findZeroable(input map[string]bool) {
	var mark func(fields []Field, all bool)
	mark = func(fields []Field, all bool) {
		for _, f := range fields {
			if f.Type != typeObject || f.Pointer || g.zeroable[f.Ref] {
				continue
			}
			if all || f.Required || g.checked[f.Ref] {
				g.zeroable[f.Ref] = true
				mark(g.shapes[f.Ref].Fields, true)
			}
		}
	}
	for _, op := range g.spec.Operations {
		mark(op.Input, false)
	}
	for _, name := range slices.Sorted(maps.Keys(input)) {
		mark(g.shapes[name].Fields, false)
	}
}

// elementShape is the shape a field holds directly or as list or map
// elements, or "".
func elementShape(t TypeRef) string {
	switch {
	case t.Type == typeObject:
		return t.Ref
	case t.Items != nil && t.Items.Type == typeObject:
		return t.Items.Ref
	case t.Values != nil && t.Values.Type == typeObject:
		return t.Values.Ref
	}
	return ""
}
