package codegen

import (
	"net/url"
	"strings"
)

// restRequest is what a sampled Huawei request must arrive as.
type restRequest struct {
	path        string // escaped; {project_id} and {domain_id} stay
	query       []wireParam
	header      []wireParam
	contentType string
	json        string // a JSON body
	body        string // a binary body
	parts       []wireParam
	files       []wireParam
}

// restExpectation emits what the server must receive from the sampled
// request.
func (g *generator) restExpectation(f *goFile, op *Operation, req []member) {
	r := huaweiRequest(op, req)
	f.printf("Want: gentest.REST{")
	f.printf("Method: %q,", op.Method)
	f.printf("EscapedPath: %q,", r.path)
	if len(r.query) > 0 {
		f.use("net/url")
		f.printf("Query: url.Values{%s},", valuesLiteral(r.query))
	}
	if len(r.header) > 0 {
		f.printf("Header: map[string]string{%s},", mapLiteral(r.header))
	}
	r.emitBody(f)
	f.printf("},")
}

// emitBody emits the expected body: its type and its JSON, bytes or
// parts.
func (r *restRequest) emitBody(f *goFile) {
	if r.contentType != "" {
		f.printf("ContentType: %q,", r.contentType)
	}
	switch {
	case r.json != "":
		f.printf("JSON: %s,", jsonLiteral(r.json))
	case r.body != "":
		f.printf("Body: %q,", r.body)
	}
	if len(r.parts) > 0 {
		f.printf("Parts: map[string]string{%s},", mapLiteral(r.parts))
	}
	if len(r.files) > 0 {
		f.printf("Files: map[string]string{%s},", mapLiteral(r.files))
	}
}

// huaweiRequest places each sampled field where its location says, with
// the text or JSON the client sends.
func huaweiRequest(op *Operation, req []member) restRequest {
	r := restRequest{path: op.Path}
	var body []member
	for _, m := range req {
		switch {
		case m.v == nil:
		case !m.f.WholeBody && (m.f.Location == "" || m.f.Location == locBody):
			body = append(body, m)
		default:
			r.place(m)
		}
	}
	if len(body) > 0 {
		r.contentType = "application/json;charset=UTF-8"
		r.json = jsonText(&sample{t: TypeRef{Type: typeObject}, members: body}, requestJSON)
	}
	return r
}

// place puts a field that is not a JSON body member where it goes.
func (r *restRequest) place(m member) {
	switch fl := m.f; {
	case fl.WholeBody:
		r.wholeBody(m)
	case fl.Location == locPath:
		r.path = strings.ReplaceAll(r.path, "{"+fl.Name+"}", url.PathEscape(wireText(m.v)))
	case fl.Location == locQuery && fl.Type == typeArray:
		for _, e := range m.v.elems {
			r.query = append(r.query, wireParam{name: fl.Name, value: wireText(e)})
		}
	case fl.Location == locQuery:
		r.query = append(r.query, wireParam{name: fl.Name, value: wireText(m.v)})
	case fl.Location == locHeader:
		r.header = append(r.header, wireParam{name: fl.Name, value: wireText(m.v)})
	case fl.Location == locForm:
		r.part(m)
	}
}

func (r *restRequest) wholeBody(m member) {
	if m.f.Type == typeBytes {
		r.contentType, r.body = "application/octet-stream", wireText(m.v)
		return
	}
	r.contentType, r.json = "application/json;charset=UTF-8", jsonText(m.v, requestJSON)
}

func (r *restRequest) part(m member) {
	r.contentType = "multipart/form-data"
	p := wireParam{name: m.f.Name, value: wireText(m.v)}
	if m.f.Type == typeBytes {
		r.files = append(r.files, p)
	} else {
		r.parts = append(r.parts, p)
	}
}
