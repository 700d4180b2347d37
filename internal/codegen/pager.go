package codegen

import "strings"

// pagerPlan is what a NewXxxPager constructor needs, worked out from the
// spec's pagination and checked by the validator: Go names of the fields a
// pager writes and reads, the item type and the page sizes. Selectors are
// relative to the request or response value ("PageInfo.NextMarker").
type pagerPlan struct {
	Style     string // PageNumber, NextToken, Marker or Offset
	Operation string // method name, "ListByoipPools"
	Request   string // request type
	Response  string // response type
	Item      string // Go type of one item, "ByoipPool"

	Position     string // request field for the token, marker, page number or offset
	PositionType string // its Go type: string, int32 or int64 (a page number or offset may be a string), "*" first for a pointer
	Size         string // request field for the page size; "" when the operation has none
	SizeType     string // its Go type: int32, int64 or string, "*" first for a pointer

	NextPosition string // response selector of the next token or marker; "" for PageNumber and Offset
	Items        string // response selector of the items
	Total        string // response selector of the total count, or ""
	TotalType    string // its Go type: int32, int64 or string
	EchoedSize   string // response selector of the applied page size, or ""
	EchoedType   string // its Go type

	DefaultSize int // page size the server uses when none is sent; 0 if unknown
	MaxSize     int // largest accepted page size; 0 if unknown

	// ClientToken is the request field the client fills with an
	// idempotency token, or "". The pager clears it in its copy of the
	// request: each page is a logical call of its own.
	ClientToken string
}

// pagerPlan works out the plan of a paginated operation.
func (g *generator) pagerPlan(op *Operation) pagerPlan {
	p := op.Pagination
	pos := firstNonEmpty(p.InputToken, p.PageNumber, p.Offset)
	plan := pagerPlan{
		Style: p.Style, Operation: op.Name, Request: op.Name + "Request", Response: op.Name + "Response",
		Position: g.inputGoName(op, pos), PositionType: g.inputType(op, pos),
		Size: g.inputGoName(op, p.PageSize), SizeType: g.inputType(op, p.PageSize),
		NextPosition: g.goPath(op, p.OutputToken), Items: g.goPath(op, p.Items),
		Total: g.goPath(op, p.TotalCount), EchoedSize: g.goPath(op, p.EchoedPageSize),
		DefaultSize: p.DefaultPageSize, MaxSize: p.MaxPageSize,
	}
	if items, _ := g.resolvePath(g.outputFields(op), p.Items); items != nil {
		plan.Item = goType(*items.Items)
	}
	plan.TotalType, plan.EchoedType = g.outputType(op, p.TotalCount), g.outputType(op, p.EchoedPageSize)
	for i := range op.Input {
		if op.Input[i].Fill == fillClientToken {
			plan.ClientToken = fieldGoName(&op.Input[i])
		}
	}
	return plan
}

// goPath turns a dotted path of wire names into a Go selector:
// "page_info.next_marker" gives "PageInfo.NextMarker". "" stays "".
func (g *generator) goPath(op *Operation, path string) string {
	if path == "" {
		return ""
	}
	fields := g.outputFields(op)
	var sel []string
	for _, seg := range strings.Split(path, ".") {
		f := findField(fields, seg)
		if f == nil {
			return ""
		}
		sel = append(sel, fieldGoName(f))
		if s := g.shapes[f.Ref]; s != nil && f.Type == typeObject {
			fields = s.Fields
		}
	}
	return strings.Join(sel, ".")
}

func (g *generator) inputGoName(op *Operation, wire string) string {
	if f := findField(op.Input, wire); f != nil && wire != "" {
		return fieldGoName(f)
	}
	return ""
}

func (g *generator) inputType(op *Operation, wire string) string {
	if f := findField(op.Input, wire); f != nil && wire != "" {
		return fieldType(f)
	}
	return ""
}

// outputType is the Go type of the response member at path, or "".
func (g *generator) outputType(op *Operation, path string) string {
	if f, _ := g.resolvePath(g.outputFields(op), path); f != nil && path != "" {
		return fieldType(f)
	}
	return ""
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
