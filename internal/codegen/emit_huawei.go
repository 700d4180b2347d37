package codegen

import (
	"fmt"
	"strconv"
)

// huaweiEncode emits the request's encode method: the checks first, then
// path parameters, query, headers and the body. The JSON body is the
// request struct itself marshalled: fields outside the body are tagged
// json:"-" and optional members omitzero, so no separate body type is
// needed.
func (g *generator) huaweiEncode(f *goFile, op *Operation, checked bool) {
	f.comment(0, "encode checks the request and turns it into path parameters, query, headers and body. Zero values are not sent.")
	f.printf("func (r *%sRequest) encode() (*huawei.Request, error) {", op.Name)
	if checked {
		f.printf("if err := r.check(); err != nil {\nreturn nil, err\n}")
	}
	f.printf("q := &huawei.Request{}")
	members, parts := g.huaweiFields(f, op)
	if members {
		f.printf("if err := q.SetJSON(r); err != nil {\nreturn nil, err\n}")
	}
	if parts {
		g.multipartBody(f, op)
	}
	f.printf("return q, nil\n}\n")
}

// huaweiFields emits the path parameters, query, headers and a whole
// body, and reports whether there are JSON body members or multipart parts
// to send after them.
func (g *generator) huaweiFields(f *goFile, op *Operation) (members, parts bool) {
	for i := range op.Input {
		fl := &op.Input[i]
		switch {
		case fl.WholeBody:
			g.wholeBody(f, fl)
		case fl.Location == locForm:
			parts = true
		case fl.Location == "" || fl.Location == locBody:
			members = true
		default:
			g.huaweiParam(f, fl)
		}
	}
	return members, parts
}

// huaweiParam emits a path parameter, query parameter or header.
func (g *generator) huaweiParam(f *goFile, fl *Field) {
	x, name := "r."+fieldGoName(fl), strconv.Quote(fl.Name)
	v := fieldValue(fl, x)
	switch {
	case fl.Location == locPath:
		f.printf("q.SetPath(%s, %s)", name, valueString(f, fl.TypeRef, v))
	case fl.Location == locHeader:
		sendIf(f, fl, x, fmt.Sprintf("q.SetHeader(%s, %s)", name, valueString(f, fl.TypeRef, v)))
	case fl.Type == typeArray:
		f.printf("for _, v := range %s {\nq.AddQuery(%s, %s)\n}", x, name, valueString(f, *fl.Items, "v"))
	default:
		sendIf(f, fl, x, queryStatement(f, fl.TypeRef, name, v))
	}
}

// queryStatement sends one scalar query parameter with the typed setter.
func queryStatement(f *goFile, t TypeRef, name, v string) string {
	switch {
	case t.Type == typeInt64 && t.Ref == "":
		return fmt.Sprintf("q.SetQueryInt(%s, %s)", name, v)
	case isInteger(t.Type):
		return fmt.Sprintf("q.SetQueryInt(%s, int64(%s))", name, v)
	case t.Type == typeBool:
		return fmt.Sprintf("q.SetQueryBool(%s, %s)", name, v)
	}
	return fmt.Sprintf("q.SetQuery(%s, %s)", name, valueString(f, t, v))
}

// wholeBody emits a field that is the entire body: raw bytes, or JSON.
func (g *generator) wholeBody(f *goFile, fl *Field) {
	x := "r." + fieldGoName(fl)
	if fl.Type == typeBytes {
		sendIf(f, fl, x, fmt.Sprintf("q.SetBody(%q, %s)", "application/octet-stream", x))
		return
	}
	sendIf(f, fl, x, fmt.Sprintf("if err := q.SetJSON(%s); err != nil {\nreturn nil, err\n}", x))
}

// multipartBody emits the multipart/form-data body of the form fields.
func (g *generator) multipartBody(f *goFile, op *Operation) {
	g.helpers["multipart"] = true
	f.printf("mp := newMultipart()")
	for i := range op.Input {
		fl := &op.Input[i]
		if fl.Location != locForm {
			continue
		}
		x, name := "r."+fieldGoName(fl), strconv.Quote(fl.Name)
		if fl.Type == typeBytes {
			sendIf(f, fl, x, fmt.Sprintf("mp.file(%s, %s)", name, x))
		} else {
			sendIf(f, fl, x, fmt.Sprintf("mp.field(%s, %s)", name, valueString(f, fl.TypeRef, fieldValue(fl, x))))
		}
	}
	f.printf("if err := mp.finish(q); err != nil {\nreturn nil, err\n}")
}
