package codegen

import (
	"fmt"
	"strconv"
)

// paginatePath is the package behind every generated pager. Users never
// import it: the provider packages re-export Pager and its options.
const paginatePath = "github.com/polycloud-go/polycloud/internal/paginate"

// pagerStyle is what differs between paginate's four constructors: their
// names, the names and Go types of the style closures that write the
// request, and which response facts the style reads. Facts a style does
// not read are left out on purpose, e.g. a TotalCount on a NextToken
// operation, which counts the current page only.
type pagerStyle struct {
	constructor string // NewToken
	style       string // TokenStyle
	setPosition string // SetToken
	positionArg string // the closure's parameter: token
	positionGo  string // its Go type: string, int or int64
	setSize     string // SetSize or SetLimit
	sizeArg     string // its closure's parameter: size or limit
	next        string // NextToken or NextMarker; "" for positional styles
	total       bool   // the style reads Total
	echoed      bool   // the style reads EchoedSize
}

var pagerStyles = map[string]pagerStyle{
	nextTokenStyle:  {"NewToken", "TokenStyle", "SetToken", "token", "string", "SetSize", "size", "NextToken", false, false},
	markerStyle:     {"NewMarker", "MarkerStyle", "SetMarker", "marker", "string", "SetLimit", "limit", "NextMarker", false, false},
	pageNumberStyle: {"NewPageNumber", "PageNumberStyle", "SetPage", "page", "int", "SetSize", "size", "", true, true},
	offsetStyle:     {"NewOffset", "OffsetStyle", "SetOffset", "offset", "int64", "SetLimit", "limit", "", true, false},
}

// emitPagerConstructor writes NewXxxPager: the operation's paginate
// constructor over a fetch closure that calls api, with a style value
// whose closures read and write the fields plan names.
func (g *generator) emitPagerConstructor(f *goFile, plan pagerPlan) {
	st := pagerStyles[plan.Style]
	rt, req := g.rt.pkg, "req"
	f.use(paginatePath)
	f.comment(0, g.pagerDoc(plan, st))
	f.printf("func New%sPager(api %sAPI, req *%s, opts ...%s.PagerOption) *%s.Pager[*%s, %s] {",
		plan.Operation, plan.Operation, plan.Request, rt, rt, plan.Response, plan.Item)
	if plan.ClientToken != "" {
		req = g.withoutClientToken(f, plan)
	}
	f.printf("return paginate.%s(func(ctx context.Context, r *%s) (*%s, error) {\nreturn api.%s(ctx, r)\n}, %s, paginate.%s[%s, *%s, %s]{",
		st.constructor, plan.Request, plan.Response, plan.Operation, req, st.style, plan.Request, plan.Response, plan.Item)
	for _, kv := range g.styleFields(plan, st) {
		f.printf("%s: %s,", kv[0], kv[1])
	}
	f.printf("}, opts...)\n}\n")
}

// withoutClientToken emits the pager's own copy of req with ClientToken
// cleared, and returns the expression that points at it. Every page is a
// logical call of its own: left empty, the token is filled by the client
// afresh for each page (and kept across that page's retries), and the
// cursor's request hash does not depend on it. The caller's request is
// not modified.
func (g *generator) withoutClientToken(f *goFile, plan pagerPlan) string {
	f.comment(1, "Each page is a call of its own, with a ClientToken of its own.")
	f.printf("var base %s\nif req != nil {\nbase = *req\n}", plan.Request)
	f.printf("base.%s = \"\"", plan.ClientToken)
	return "&base"
}

// styleFields are the keys and values of the style literal, in the order
// of the style struct's fields. Optional facts the spec does not declare
// stay nil, and unknown page sizes stay 0.
func (g *generator) styleFields(plan pagerPlan, st pagerStyle) [][2]string {
	fields := [][2]string{{st.setPosition, g.setter(plan, plan.Position, plan.PositionType, st.positionArg, st.positionGo)}}
	if plan.Size != "" {
		fields = append(fields, [2]string{st.setSize, g.setter(plan, plan.Size, plan.SizeType, st.sizeArg, "int")})
	}
	if st.next != "" {
		fields = append(fields, [2]string{st.next, g.getter(plan, plan.NextPosition, typeString, typeString)})
	}
	fields = append(fields, [2]string{"Items", g.getter(plan, plan.Items, "[]"+plan.Item, "[]"+plan.Item)})
	if st.total && plan.Total != "" {
		fields = append(fields, [2]string{"Total", g.getter(plan, plan.Total, plan.TotalType, "int64")})
	}
	if st.echoed && plan.EchoedSize != "" {
		fields = append(fields, [2]string{"EchoedSize", g.getter(plan, plan.EchoedSize, plan.EchoedType, "int")})
	}
	for _, size := range [][2]string{{"DefaultSize", strconv.Itoa(plan.DefaultSize)}, {"MaxSize", strconv.Itoa(plan.MaxSize)}} {
		if size[1] != "0" {
			fields = append(fields, size)
		}
	}
	return fields
}

// setter is a closure storing the pager's value arg (of Go type argType)
// into the request field of type fieldType.
func (g *generator) setter(plan pagerPlan, field, fieldType, arg, argType string) string {
	return fmt.Sprintf("func(r *%s, %s %s) { r.%s = %s }", plan.Request, arg, argType, field, g.toRequest(fieldType, argType, arg))
}

// getter is a closure reading the response member at sel (of Go type
// memberType) as the pager's type want.
func (g *generator) getter(plan pagerPlan, sel, memberType, want string) string {
	return fmt.Sprintf("func(p *%s) %s { return %s }", plan.Response, want, g.fromResponse(memberType, want, "p."+sel))
}
