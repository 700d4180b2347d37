package importer

import (
	"slices"
)

// shapeDraft is one distinct object structure and every place it occurs.
// It becomes one named shape (or joins another draft that a person gave
// the same name).
type shapeDraft struct {
	id     string
	values []*value // occurrences, in operation and member order
	bound  []string // names the existing spec gives at these paths, sorted
	name   string
	order  int
}

// enumGroup is one distinct enumeration and every field that uses it.
type enumGroup struct {
	key    string
	drafts []*enumDraft
	bound  []string
	name   string
	order  int
}

// groups collects the objects and enums of every operation by identity,
// in a deterministic order: operations by name, inputs before outputs,
// members depth first.
type groups struct {
	shapes   []*shapeDraft
	byID     map[string]*shapeDraft
	enums    []*enumGroup
	byKey    map[string]*enumGroup
	existing *bindings
}

func collect(ops []*draftOp, existing *bindings) *groups {
	g := &groups{byID: map[string]*shapeDraft{}, byKey: map[string]*enumGroup{}, existing: existing}
	for _, op := range ops {
		for _, root := range op.roots() {
			g.value(root)
		}
	}
	for _, sd := range g.shapes {
		slices.Sort(sd.bound)
		sd.bound = slices.Compact(sd.bound)
	}
	for _, eg := range g.enums {
		slices.Sort(eg.bound)
		eg.bound = slices.Compact(eg.bound)
	}
	return g
}

// roots are the values to walk in an operation: its members' values, or
// the output object when the response is one shape.
func (op *draftOp) roots() []*value {
	var vs []*value
	for _, m := range op.input {
		vs = append(vs, m.val)
	}
	if op.outRoot != nil {
		return append(vs, op.outRoot)
	}
	for _, m := range op.output {
		vs = append(vs, m.val)
	}
	return vs
}

func (g *groups) value(v *value) {
	switch {
	case v.typ == typeObject:
		g.object(v)
	case v.items != nil:
		g.value(v.items)
	case v.values != nil:
		g.value(v.values)
	case v.enum != nil:
		g.enum(v.enum)
	}
}

func (g *groups) object(v *value) {
	id := identify(v)
	sd := g.byID[id]
	if sd == nil {
		sd = &shapeDraft{id: id, order: len(g.shapes)}
		g.byID[id] = sd
		g.shapes = append(g.shapes, sd)
	}
	sd.values = append(sd.values, v)
	v.shape = sd
	if name, ok := g.existing.named[v.use.path]; ok && g.existing.shapes[name] != nil {
		sd.bound = append(sd.bound, name)
	}
	for _, m := range v.fields {
		g.value(m.val)
	}
}

func (g *groups) enum(e *enumDraft) {
	eg := g.byKey[e.key]
	if eg == nil {
		eg = &enumGroup{key: e.key, order: len(g.enums)}
		g.byKey[e.key] = eg
		g.enums = append(g.enums, eg)
	}
	eg.drafts = append(eg.drafts, e)
	e.group = eg
	if name, ok := g.existing.named[e.use.path]; ok && g.existing.enums[name] != nil {
		eg.bound = append(eg.bound, name)
	}
}
