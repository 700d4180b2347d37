package codegen

import (
	"fmt"
	"slices"
	"strings"
)

// operationFile emits <op_snake>_gen.go: request and response types, the
// XxxAPI interface of a paginated operation, the method, and the
// request's check and encode methods.
func (g *generator) operationFile(op *Operation) *goFile {
	f := newGoFile(operationFileName(op))
	f.use("context")
	f.use(g.rt.path)
	g.requestType(f, op)
	g.responseType(f, op)
	if op.Pagination != nil {
		g.apiInterface(f, op)
		g.emitPagerConstructor(f, g.pagerPlan(op))
	}
	g.method(f, op)
	checked := g.requestCheck(f, op)
	if g.alibaba() {
		g.alibabaEncode(f, op, checked)
	} else {
		g.huaweiEncode(f, op, checked)
	}
	return f
}

func (g *generator) requestType(f *goFile, op *Operation) {
	f.comment(0, fmt.Sprintf("%sRequest holds the parameters of %s. Zero values are not sent; a nil request is an empty one.", op.Name, op.Name))
	f.printf("type %sRequest struct {", op.Name)
	for i := range op.Input {
		if fl := &op.Input[i]; fl.Fill != fillSigner {
			g.structField(f, fl, true, g.requestTag(fl))
		}
	}
	f.printf("}\n")
}

func (g *generator) responseType(f *goFile, op *Operation) {
	if op.OutputShape != "" {
		f.comment(0, fmt.Sprintf("%sResponse is the result of %s: the %s the server returns.", op.Name, op.Name, op.OutputShape))
		f.printf("type %sResponse = %s\n", op.Name, op.OutputShape)
		return
	}
	f.comment(0, fmt.Sprintf("%sResponse is the result of %s.", op.Name, op.Name))
	f.printf("type %sResponse struct {", op.Name)
	for i := range op.Output {
		fl := &op.Output[i]
		g.structField(f, fl, false, g.responseTag(fl))
	}
	f.printf("}\n")
}

// apiInterface emits XxxAPI, the one method a pager needs, so code that
// pages can be tested with a fake instead of a Client.
func (g *generator) apiInterface(f *goFile, op *Operation) {
	f.comment(0, fmt.Sprintf("%sAPI is the part of Client that paging through %s needs. *Client implements it; a test can pass a fake.", op.Name, op.Name))
	f.printf("type %sAPI interface {\n%s\n}\n", op.Name, g.signature(op))
	f.printf("var _ %sAPI = (*Client)(nil)\n", op.Name)
}

func (g *generator) signature(op *Operation) string {
	return fmt.Sprintf("%s(ctx context.Context, req *%sRequest, opts ...%s.Option) (*%sResponse, error)", op.Name, op.Name, g.rt.pkg, op.Name)
}

// method emits the Client method that performs the operation.
func (g *generator) method(f *goFile, op *Operation) {
	g.methodDoc(f, op)
	f.printf("func (c *Client) %s {", g.signature(op))
	f.printf("if req == nil {\nreq = &%sRequest{}\n}", op.Name)
	f.printf("in, err := req.encode()\nif err != nil {\nreturn nil, err\n}")
	f.printf("op := %s", g.operationLiteral(op))
	f.printf("out := &%sResponse{}", op.Name)
	g.call(f, op)
	f.printf("return out, nil\n}\n")
}

func (g *generator) methodDoc(f *goFile, op *Operation) {
	doc := op.Name + " " + predicate(op.Doc, "calls the "+op.Name+" operation")
	if op.Pagination != nil {
		doc += " " + g.pagingDoc(op)
	}
	doc += fmt.Sprintf("\n\nA request that fails its checks returns a [*%s.ParamError] and sends nothing; an error reported by the server is a [*%s.APIError].", g.rt.pkg, g.rt.pkg)
	if op.DocURL != "" {
		doc += "\n\nAPI reference: " + op.DocURL
	}
	f.comment(0, doc)
}

// operationLiteral describes the call for the runtime client.
func (g *generator) operationLiteral(op *Operation) string {
	var parts []string
	if g.alibaba() {
		parts = append(parts, fmt.Sprintf("Action: %q", op.Action))
	} else {
		parts = append(parts, fmt.Sprintf("Name: %q, Method: %q, Path: %q", op.Name, op.Method, op.Path))
	}
	if op.Idempotent {
		parts = append(parts, "Idempotent: true")
	}
	if hasFill(op, fillRegionID) {
		parts = append(parts, "RegionID: true")
	}
	if hasFill(op, fillClientToken) {
		parts = append(parts, "ClientToken: true")
	}
	return fmt.Sprintf("&%s.Operation{%s}", g.rt.pkg, strings.Join(parts, ", "))
}

// call emits the runtime call and, for Huawei, copies response headers and
// decodes a whole-body response into its field.
func (g *generator) call(f *goFile, op *Operation) {
	if g.alibaba() {
		f.printf("if err := c.raw.Call(ctx, op, in, out, opts...); err != nil {\nreturn nil, err\n}")
		return
	}
	target, headers := "out", []*Field(nil)
	for i := range op.Output {
		switch fl := &op.Output[i]; {
		case fl.WholeBody:
			target = "&out." + fieldGoName(fl)
		case fl.Location == locHeader:
			headers = append(headers, fl)
		}
	}
	if len(headers) == 0 {
		f.printf("if _, err := c.raw.Call(ctx, op, in, %s, opts...); err != nil {\nreturn nil, err\n}", target)
		return
	}
	f.printf("header, err := c.raw.Call(ctx, op, in, %s, opts...)\nif err != nil {\nreturn nil, err\n}", target)
	for _, fl := range headers {
		f.printf("out.%s = header.Get(%q)", fieldGoName(fl), fl.Name)
	}
}

func hasFill(op *Operation, fill string) bool {
	return slices.ContainsFunc(op.Input, func(f Field) bool { return f.Fill == fill })
}
