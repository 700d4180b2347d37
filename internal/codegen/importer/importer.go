package importer

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"slices"

	"github.com/polycloud-go/polycloud/internal/codegen"
)

// Options adjusts a conversion.
type Options struct {
	// PageSizes are the default and largest page sizes by pagination style
	// ("Offset"), for paginated operations whose spec states none. The
	// facts carry no page sizes, so only give what the API documents for
	// every operation of that style.
	PageSizes map[string]PageSizes
}

// PageSizes are a server's default and largest page size; zero is
// unknown.
type PageSizes struct {
	Default, Max int
}

// Convert builds the spec of every operation in facts, keeping what the
// existing spec writes by hand (see the package doc for the rules). The
// existing spec gives the service block and may have no operations; the
// result is validated.
func Convert(facts *Facts, existing *codegen.Spec, opts Options) (*codegen.Spec, *Report, error) {
	if existing == nil {
		return nil, nil, fmt.Errorf("an existing spec is required: it gives the service block")
	}
	if facts.Provider != existing.Service.Provider {
		return nil, nil, fmt.Errorf("facts are for %s, the spec for %s", facts.Provider, existing.Service.Provider)
	}
	existing, err := cloneSpec(existing)
	if err != nil {
		return nil, nil, err
	}
	b := bind(existing)
	c := newConverter(facts, b)
	ops, err := c.operations()
	if err != nil {
		return nil, nil, err
	}
	g := collect(ops, b)
	n := &namer{opNames: c.opNames, bases: map[*shapeDraft]string{}}
	n.assignNames(g, reservedNames(allOpNames(facts, existing), b))
	s := assemble(existing, ops, g, opts)
	if err := codegen.Validate(s); err != nil {
		return nil, nil, err
	}
	return s, newReport(s, g, n.renamed), nil
}

// operations converts every facts operation, sorted by name.
func (c *converter) operations() ([]*draftOp, error) {
	fops := slices.Clone(c.facts.Operations)
	slices.SortFunc(fops, func(a, b FactOperation) int { return cmp.Compare(a.Name, b.Name) })
	var ops []*draftOp
	for i := range fops {
		op, err := c.operation(&fops[i])
		if err != nil {
			return nil, err
		}
		if old := c.existing.ops[op.name]; old != nil && old.OutputShape != "" {
			op.outRoot = &value{typ: typeObject, use: use{op: op.name, side: sideOutput, path: opPath(op.name, sideOutput)}}
			op.outRoot.fields = op.output
		}
		ops = append(ops, op)
	}
	return ops, nil
}

// assemble builds the spec: the existing service block, every operation
// (merged with its existing version, or kept as written when the facts
// lack it), the shapes and enums they reach, sorted by name.
func assemble(existing *codegen.Spec, ops []*draftOp, g *groups, opts Options) *codegen.Spec {
	s := &codegen.Spec{Service: existing.Service}
	done := map[string]bool{}
	for _, op := range ops {
		o := buildOperation(op)
		if old := findOperation(existing, op.name); old != nil {
			o = mergeOperation(*old, o)
		}
		fillPageSizes(o.Pagination, opts)
		s.Operations = append(s.Operations, o)
		done[op.name] = true
	}
	for _, old := range existing.Operations {
		if !done[old.Name] {
			s.Operations = append(s.Operations, old)
		}
	}
	slices.SortFunc(s.Operations, func(a, b codegen.Operation) int { return cmp.Compare(a.Name, b.Name) })
	s.Shapes = mergeShapes(existing.Shapes, buildShapes(g))
	s.Enums = mergeEnums(existing.Enums, buildEnums(g))
	prune(s)
	dedupeGoNames(s)
	return s
}

func fillPageSizes(p *codegen.Pagination, opts Options) {
	if p == nil {
		return
	}
	sizes := opts.PageSizes[p.Style]
	if p.DefaultPageSize == 0 {
		p.DefaultPageSize = sizes.Default
	}
	if p.MaxPageSize == 0 {
		p.MaxPageSize = sizes.Max
	}
}

func findOperation(s *codegen.Spec, name string) *codegen.Operation {
	for i := range s.Operations {
		if s.Operations[i].Name == name {
			return &s.Operations[i]
		}
	}
	return nil
}

func allOpNames(facts *Facts, existing *codegen.Spec) []string {
	var names []string
	for _, op := range facts.Operations {
		names = append(names, op.Name)
	}
	for _, op := range existing.Operations {
		names = append(names, op.Name)
	}
	return names
}

// cloneSpec deep-copies a spec, so that merging never changes the
// caller's.
func cloneSpec(s *codegen.Spec) (*codegen.Spec, error) {
	data, err := json.Marshal(s)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var out codegen.Spec
	return &out, dec.Decode(&out)
}

func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }

// inNameOrder lists a map's values by key.
func inNameOrder[V any](m map[string]V) []V {
	out := make([]V, 0, len(m))
	for _, k := range sortedKeys(m) {
		out = append(out, m[k])
	}
	return out
}
