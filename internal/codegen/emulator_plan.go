package codegen

import (
	"strings"
)

// emulatorPlan is what an emulator needs to serve one paginated
// operation, worked out from the spec: the fields of the emu.ListingMeta
// that listings_gen.go declares, and the item facts the walk test needs.
// Member names are dotted paths of wire names, as emu.Object.SetPath
// takes them.
type emulatorPlan struct {
	op    *Operation
	style string // emu's constant: PageNumber, NextToken, Marker or Offset

	position, size string   // request parameters; size is "" when the operation has none
	required       []string // required request parameters the server can see

	items, token, total, count, echoedSize, number string // response members
	requestID                                      string // response member for the request ID, or ""

	defaultSize, maxSize int  // page sizes as served
	clamp                bool // out-of-range sizes are clamped, not refused

	itemsField *Field  // the response member holding the items
	idField    *Field  // the item member that identifies an item; nil for string items
	sample     *sample // one item, every member set
}

// emulatorPlan works out the plan of a paginated operation.
func (g *generator) emulatorPlan(op *Operation) emulatorPlan {
	p := op.Pagination
	outputs := g.outputFields(op)
	items, _ := g.resolvePath(outputs, p.Items)
	plan := emulatorPlan{
		op: op, style: p.Style,
		position: firstNonEmpty(p.InputToken, p.PageNumber, p.Offset), size: p.PageSize,
		required: g.requiredParams(op),
		items:    itemsKey(p.Items, items), token: p.OutputToken, total: p.TotalCount,
		count:      g.countMember(outputs, p),
		echoedSize: firstNonEmpty(p.EchoedPageSize, echoMember(outputs, p.PageSize)),
		requestID:  g.requestIDMember(outputs),
		itemsField: items,
	}
	if p.Style == pageNumberStyle {
		plan.number = echoMember(outputs, p.PageNumber)
	}
	plan.defaultSize, plan.maxSize = g.servedSizes(op)
	plan.clamp = p.Style == offsetStyle
	plan.sample = newSampler(g, false).value(*items.Items, items)
	if items.Items.Type == typeObject {
		plan.idField = identityField(g.shapes[items.Items.Ref], g.enums)
	}
	return plan
}

// itemsKey is the path the items go under: the items member, and for an
// Alibaba list wrapper its inner key ("ApiSummarys.ApiSummary").
func itemsKey(path string, items *Field) string {
	if items.Wrap != "" {
		return path + "." + items.Wrap
	}
	return path
}

// requiredParams are the required inputs a missing value of which the
// server can see: Alibaba query and form parameters, Huawei query
// parameters, each a single scalar value (path placeholders are always
// present; the signer's inputs are not the caller's).
func (g *generator) requiredParams(op *Operation) []string {
	var out []string
	for i := range op.Input {
		f := &op.Input[i]
		if !f.Required || f.Fill == fillSigner || !isScalar(f.TypeRef) {
			continue
		}
		if g.alibaba() || f.Location == locQuery {
			out = append(out, f.Name)
		}
	}
	return out
}

// echoMember is the top-level response member named like the request
// parameter param ("PageNumber", "PageSize", "MaxResults"), which the
// server fills with the value it applied, or "".
func echoMember(outputs []Field, param string) string {
	f := findField(outputs, param)
	if param == "" || f == nil || f.Ref != "" || (!isInteger(f.Type) && f.Type != typeString) {
		return ""
	}
	return param
}

// hwCountMembers are where Huawei responses say how many items the page
// holds, in the order they are looked for.
var hwCountMembers = []string{"size", "count", "page_info.current_count"}

// countMember is the response member for the page's item count (Huawei
// only; Alibaba's TotalCount is the total), or "".
func (g *generator) countMember(outputs []Field, p *Pagination) string {
	if g.alibaba() {
		return ""
	}
	for _, path := range hwCountMembers {
		if f, _ := g.resolvePath(outputs, path); f != nil && isInteger(f.Type) && path != p.TotalCount {
			return path
		}
	}
	return ""
}

// requestIDMember is the Huawei body member for the request ID
// ("request_id"), which the server fills; Alibaba's RequestId is always
// set by the server.
func (g *generator) requestIDMember(outputs []Field) string {
	f := findField(outputs, "request_id")
	if g.alibaba() || f == nil || f.Type != typeString || f.Location == locHeader {
		return ""
	}
	return f.Name
}

// identityField picks the member that tells a shape's items apart: a
// string member named id, else the first whose name ends in Id, _id or
// ID, else the first string member. Enums are skipped: a made-up value
// would not be one of theirs. It returns nil for a shape without plain
// strings.
func identityField(s *Shape, enums map[string]*Enum) *Field {
	var first, idLike *Field
	for i := range s.Fields {
		f := &s.Fields[i]
		if f.Type != typeString || enums[f.Ref] != nil || f.Location == locHeader {
			continue
		}
		switch {
		case strings.EqualFold(f.Name, "id"):
			return f
		case idLike == nil && (strings.HasSuffix(f.Name, "Id") || strings.HasSuffix(f.Name, "_id") || strings.HasSuffix(f.Name, "ID")):
			idLike = f
		case first == nil:
			first = f
		}
	}
	if idLike != nil {
		return idLike
	}
	return first
}
