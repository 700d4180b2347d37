package codegen

import (
	"fmt"
	"strconv"
	"strings"
)

// emuPath is the emulators' shared plumbing, whose ListingMeta the
// metadata file declares.
const emuPath = "github.com/polycloud-go/polycloud/internal/emu"

// emitEmulatorListings writes generatedListings, which returns one
// emu.ListingMeta per paginated operation of the specs, in spec order.
// It is a function rather than a variable so that no emulator shares
// (or can change) another's declarations.
func emitEmulatorListings(gens []*generator, name string) (*goFile, error) {
	f := newGoFile(name)
	f.use(emuPath)
	f.comment(0, "generatedListings declares every paginated operation of "+serviceTitles(gens)+
		" for the server's listing registry: where it is served, how it pages (style, parameter and member names, "+
		"required parameters, page sizes) and a sample item with every member set. The server serves each "+
		"operation it has no hand-written handler for from its declaration, with items copied from the sample.")
	f.printf("func generatedListings() []emu.ListingMeta {\nreturn []emu.ListingMeta{")
	for _, g := range gens {
		for i := range g.spec.Operations {
			op := &g.spec.Operations[i]
			if op.Pagination == nil {
				continue
			}
			plan := g.emulatorPlan(op)
			if err := plan.check(); err != nil {
				return nil, err
			}
			g.emitListingMeta(f, &plan)
		}
	}
	f.printf("}\n}")
	return f, nil
}

// serviceTitles names the specs' services for a doc comment.
func serviceTitles(gens []*generator) string {
	titles := make([]string, len(gens))
	for i, g := range gens {
		titles[i] = g.spec.Service.Title + " (" + g.spec.Service.Name + " " + g.spec.Service.APIVersion + ")"
	}
	return strings.Join(titles, " and ")
}

// check refuses a listing an emulator could not serve: object items need
// a string member to tell them apart.
func (p *emulatorPlan) check() error {
	if p.itemsField.Items.Type == typeObject && p.idField == nil {
		return fmt.Errorf("emulator: %s: item shape %s has no string member to identify its items", p.op.Name, p.itemsField.Items.Ref)
	}
	if p.itemsField.Items.Type != typeObject && p.itemsField.Items.Type != typeString {
		return fmt.Errorf("emulator: %s: items of type %s cannot be told apart", p.op.Name, goType(*p.itemsField.Items))
	}
	return nil
}

// emitListingMeta writes one emu.ListingMeta literal.
func (g *generator) emitListingMeta(f *goFile, p *emulatorPlan) {
	svc := g.spec.Service
	f.printf("{")
	f.printf("Service: %q, Version: %q, Op: %q,", svc.Name, svc.APIVersion, p.op.Name)
	if !g.alibaba() {
		f.printf("Method: %q, Path: %q,", p.op.Method, p.op.Path)
	}
	f.printf("Paging: emu.Listing{")
	f.printf("Style: emu.%s, %s", p.style, stringFields("PositionParam", p.position, "SizeParam", p.size))
	if len(p.required) > 0 {
		f.printf("Required: []string{%s},", quotedList(p.required))
	}
	// ItemsKey is never empty, so this line never is.
	f.printf("%s", stringFields("ItemsKey", p.items, "TokenKey", p.token, "TotalKey", p.total,
		"CountKey", p.count, "SizeKey", p.echoedSize, "NumberKey", p.number))
	f.printf("DefaultSize: %d, MinSize: 1, MaxSize: %d,", p.defaultSize, p.maxSize)
	if p.clamp {
		f.printf("ClampSize: true,")
	}
	f.printf("},")
	if keys := stringFields("RequestIDKey", p.requestID, "IDKey", p.idName()); keys != "" {
		f.printf("%s", keys)
	}
	f.printf("Sample: %s,", jsonLiteral(jsonText(p.sample, replyJSON)))
	f.printf("},")
}

// idName is the wire name of the identity member, or "" for string items.
func (p *emulatorPlan) idName() string {
	if p.idField == nil {
		return ""
	}
	return p.idField.Name
}

// stringFields writes "Name: "value", " for each name and non-empty
// value of pairs.
func stringFields(pairs ...string) string {
	var b strings.Builder
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] != "" {
			fmt.Fprintf(&b, "%s: %s, ", pairs[i], strconv.Quote(pairs[i+1]))
		}
	}
	return strings.TrimSuffix(b.String(), " ")
}

// quotedList is names as the elements of a string slice literal.
func quotedList(names []string) string {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = strconv.Quote(n)
	}
	return strings.Join(quoted, ", ")
}
