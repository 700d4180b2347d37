package codegen

import "fmt"

// emitEmulatorWalks writes generatedListingWalks, the table of the
// emulator's walk test: for every paginated operation of the specs, a
// call of its generated pager through a real client, with every required
// request field set, that returns the identity of each item read. The
// test package's listings_test.go declares listingWalk and walkIDs and
// runs the table against the server; a row is data plus one closure, so
// the compiler checks every pager, request and item type named here.
func emitEmulatorWalks(gens []*generator, name string) (*goFile, error) {
	f := newGoFile(name)
	f.test = true
	f.use("context")
	f.use(gens[0].rt.path)
	if err := distinctPackages(gens); err != nil {
		return nil, err
	}
	f.comment(0, "generatedListingWalks returns a walk through the generated pager of every paginated operation of "+
		serviceTitles(gens)+", for the walk test in listings_test.go.")
	f.printf("func generatedListingWalks() []listingWalk {\nreturn []listingWalk{")
	for _, g := range gens {
		for i := range g.spec.Operations {
			if op := &g.spec.Operations[i]; op.Pagination != nil {
				plan := g.emulatorPlan(op)
				g.emitWalk(f, &plan)
			}
		}
	}
	f.printf("}\n}")
	return f, nil
}

// distinctPackages refuses two service packages with one name, which one
// test file could not import side by side.
func distinctPackages(gens []*generator) error {
	seen := map[string]bool{}
	for _, g := range gens {
		if pkg := g.spec.Service.Package; seen[pkg] {
			return fmt.Errorf("emulator: two specs generate package %s", pkg)
		}
		seen[g.spec.Service.Package] = true
	}
	return nil
}

// emitWalk writes one listingWalk literal: the facts the test plans the
// walk with (sizes, the identity member, the required values it sends)
// and the walk itself.
func (g *generator) emitWalk(f *goFile, p *emulatorPlan) {
	lit := goLiterals{f: f, pkg: g.useService(f)}
	req := g.requiredSample(p.op)
	op := p.op
	f.printf("{")
	f.printf("service: %q, op: %q, %s", g.spec.Service.Name, op.Name, stringFields("idKey", p.idName()))
	f.printf("sized: %t, maxSize: %d, serverSize: %d,", p.size != "", op.Pagination.MaxPageSize, p.defaultSize)
	if params := scalarParams(req); len(params) > 0 {
		f.printf("params: map[string]string{%s},", mapLiteral(params))
	}
	rt := g.rt.pkg
	f.printf("walk: func(ctx context.Context, cfg %s.Config, opts ...%s.PagerOption) ([]string, error) {", rt, rt)
	f.printf("req := %s", lit.request(op, req))
	f.printf("return walkIDs(ctx, %s.New%sPager(%s.New(cfg), req, opts...), func(it %s) string { return %s })",
		lit.pkg, op.Name, lit.pkg, lit.typeName(*p.itemsField.Items), p.idExpr())
	f.printf("},")
	f.printf("},")
}

// requiredSample samples the required request fields the caller sets
// (the client fills RegionId and ClientToken, the signer its own).
func (g *generator) requiredSample(op *Operation) []member {
	sm := newSampler(g, true)
	var out []member
	for i := range op.Input {
		f := &op.Input[i]
		if f.Required && f.Fill == "" {
			out = append(out, member{f: f, v: sm.field(f)})
		}
	}
	return out
}

// scalarParams are the wire values of the sampled scalar fields.
func scalarParams(req []member) []wireParam {
	var out []wireParam
	for _, m := range req {
		if m.v != nil && isLeaf(m.v) {
			out = append(out, wireParam{name: m.f.Name, value: wireText(m.v)})
		}
	}
	return out
}

// idExpr reads an item's identity in Go: the identity field, or the item
// itself for a listing of strings.
func (p *emulatorPlan) idExpr() string {
	if p.idField == nil {
		return "it"
	}
	return "it." + fieldGoName(p.idField)
}
