package codegen

import "slices"

// Pagination styles.
const (
	pageNumberStyle = "PageNumber"
	nextTokenStyle  = "NextToken"
	markerStyle     = "Marker"
	offsetStyle     = "Offset"
)

// pagingKeys lists, per style, the keys it needs and the keys it allows.
var pagingKeys = map[string]struct{ required, allowed []string }{
	pageNumberStyle: {[]string{"pageNumber", "pageSize", "items"}, []string{"totalCount", "echoedPageSize"}},
	nextTokenStyle:  {[]string{"inputToken", "outputToken", "items"}, []string{"pageSize", "totalCount", "echoedPageSize"}},
	markerStyle:     {[]string{"inputToken", "pageSize", "outputToken", "items"}, []string{"totalCount", "echoedPageSize"}},
	offsetStyle:     {[]string{"offset", "pageSize", "items"}, []string{"totalCount", "echoedPageSize"}},
}

// pagination checks that the style is known, that the style's keys are
// set (and no others), and that every named field exists with a fitting
// type.
func (v *validator) pagination(where string, op *Operation) {
	p := op.Pagination
	keys, ok := pagingKeys[p.Style]
	if !ok {
		v.addf(where, "unknown style %q", p.Style)
		return
	}
	for key, val := range p.keyValues() {
		switch {
		case val == "" && slices.Contains(keys.required, key):
			v.addf(where, "style %s needs %s", p.Style, key)
		case val != "" && !slices.Contains(keys.required, key) && !slices.Contains(keys.allowed, key):
			v.addf(where, "style %s takes no %s", p.Style, key)
		}
	}
	v.pagingInputs(where, op)
	v.pagingOutputs(where, op)
	v.pageSizes(where, op)
}

// keyValues lists the field-naming keys in a fixed order.
func (p *Pagination) keyValues() func(yield func(string, string) bool) {
	return func(yield func(string, string) bool) {
		for _, kv := range [][2]string{
			{"inputToken", p.InputToken}, {"pageNumber", p.PageNumber}, {"offset", p.Offset},
			{"pageSize", p.PageSize}, {"outputToken", p.OutputToken}, {"totalCount", p.TotalCount},
			{"items", p.Items}, {"echoedPageSize", p.EchoedPageSize},
		} {
			if !yield(kv[0], kv[1]) {
				return
			}
		}
	}
}

func (v *validator) pagingInputs(where string, op *Operation) {
	p := op.Pagination
	v.pagingInput(where, op, "inputToken", p.InputToken, typeString)
	// Some operations declare numbers as strings; the pager converts.
	v.pagingInput(where, op, "pageNumber", p.PageNumber, typeInt32, typeInt64, typeString)
	v.pagingInput(where, op, "offset", p.Offset, typeInt32, typeInt64, typeString)
	v.pagingInput(where, op, "pageSize", p.PageSize, typeInt32, typeInt64, typeString)
}

// pagingInput checks that the request has a field wire of one of the
// types, which a pager can set. It may be a pointer (the pager leaves it
// nil for zero), but not an enum.
func (v *validator) pagingInput(where string, op *Operation, key, wire string, types ...string) {
	if wire == "" {
		return
	}
	f := findField(op.Input, wire)
	switch {
	case f == nil:
		v.addf(where, "%s %q is not an input field", key, wire)
	case !slices.Contains(types, f.Type) || f.Ref != "":
		v.addf(where, "%s %q must be a plain %v field", key, wire, types)
	case f.Fill == fillSigner:
		v.addf(where, "%s %q is filled by the signer", key, wire)
	}
}

func (v *validator) pagingOutputs(where string, op *Operation) {
	p := op.Pagination
	v.pagingOutput(where, op, "outputToken", p.OutputToken, typeString)
	v.pagingOutput(where, op, "totalCount", p.TotalCount, typeInt32, typeInt64, typeString)
	v.pagingOutput(where, op, "echoedPageSize", p.EchoedPageSize, typeInt32, typeInt64, typeString)
	v.pagingOutput(where, op, "items", p.Items, typeArray)
}

func (v *validator) pagingOutput(where string, op *Operation, key, path string, types ...string) {
	if path == "" {
		return
	}
	f, bad := v.idx.resolvePath(v.idx.outputFields(op), path)
	switch {
	case f == nil:
		v.addf(where, "%s %q: no output member %q on that path", key, path, bad)
	case !slices.Contains(types, f.Type) || (f.Type != typeArray && f.Ref != ""):
		v.addf(where, "%s %q must be a plain %v member", key, path, types)
	case f.Location == locHeader || f.WholeBody:
		v.addf(where, "%s %q must be a member of the JSON body", key, path)
	}
}

// pageSizes checks the default and maximum page sizes against each other
// and against the page-size field's documented range.
func (v *validator) pageSizes(where string, op *Operation) {
	p := op.Pagination
	if p.DefaultPageSize < 0 || p.MaxPageSize < 0 {
		v.addf(where, "page sizes cannot be negative")
	}
	if p.MaxPageSize > 0 && p.DefaultPageSize > p.MaxPageSize {
		v.addf(where, "defaultPageSize %d is above maxPageSize %d", p.DefaultPageSize, p.MaxPageSize)
	}
	f := findField(op.Input, p.PageSize)
	if f == nil || f.Range == nil {
		return
	}
	for _, n := range []int{p.DefaultPageSize, p.MaxPageSize} {
		if n > 0 && !inRange(itoaNumber(n), f.Range) {
			v.addf(where, "page size %d is outside the range of %s", n, f.Name)
		}
	}
}
