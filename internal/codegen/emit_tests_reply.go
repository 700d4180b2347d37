package codegen

import (
	"net/textproto"
	"strconv"
	"strings"
)

// replyRow emits the server's reply: the documented success status, the
// response headers and the body, every member set.
func (g *generator) replyRow(f *goFile, op *Operation, reply []member) {
	var fields []string
	if op.SuccessStatus != 0 && op.SuccessStatus != 200 {
		fields = append(fields, "Status: "+strconv.Itoa(op.SuccessStatus))
	}
	headers, body, whole := splitReply(reply)
	binary := whole != nil && whole.f.Type == typeBytes
	if binary && !hasHeader(headers, "Content-Type") {
		headers = append(headers, wireParam{name: "Content-Type", value: "application/octet-stream"})
	}
	if len(headers) > 0 {
		f.use("net/http")
		fields = append(fields, "Header: http.Header{"+headerLiteral(headers)+"}")
	}
	text := replyBody(body, whole)
	if binary {
		fields = append(fields, "Body: []byte("+rawString(text)+")")
	} else {
		fields = append(fields, "Body: []byte("+jsonLiteral(text)+")")
	}
	f.printf("Reply: gentest.Reply{%s},", strings.Join(fields, ", "))
}

// splitReply sorts the sampled response members into headers, JSON body
// members and a whole body.
func splitReply(reply []member) (headers []wireParam, body []member, whole *member) {
	for i, m := range reply {
		switch {
		case m.v == nil:
		case m.f.Location == locHeader:
			headers = append(headers, wireParam{name: m.f.Name, value: wireText(m.v)})
		case m.f.WholeBody:
			whole = &reply[i]
		default:
			body = append(body, m)
		}
	}
	return headers, body, whole
}

func hasHeader(headers []wireParam, name string) bool {
	for _, h := range headers {
		if textproto.CanonicalMIMEHeaderKey(h.name) == name {
			return true
		}
	}
	return false
}

// replyBody is the reply's body: its members as a JSON object, or a whole
// body, JSON or binary.
func replyBody(body []member, whole *member) string {
	switch {
	case whole == nil:
		return jsonText(&sample{t: TypeRef{Type: typeObject}, members: body}, replyJSON)
	case whole.f.Type == typeBytes:
		return wireText(whole.v)
	}
	return jsonText(whole.v, replyJSON)
}
