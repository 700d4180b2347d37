package codegen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/textproto"
	"strconv"
	"strings"
)

// The helpers below write the data of the generated test rows as Go
// literals that stay readable: JSON indented, long lists one element
// per line.

// shortJSON is the length up to which a JSON document stays on one line.
const shortJSON = 80

// jsonLiteral is a JSON document as a Go string literal: compact when
// short, else indented one member per line, so that a change to a spec
// shows in the generated tests as a diff of the members it touches.
func jsonLiteral(doc string) string {
	var b bytes.Buffer
	if len(doc) <= shortJSON || json.Indent(&b, []byte(doc), "", "  ") != nil {
		return rawString(doc)
	}
	return rawString(b.String())
}

// rawString is s as a Go string literal, raw (backquoted) when quoting
// would escape quotes or line breaks, which keeps JSON readable.
func rawString(s string) string {
	if !strings.ContainsAny(s, "\"\\\n") || !strconv.CanBackquote(strings.ReplaceAll(s, "\n", "")) {
		return strconv.Quote(s)
	}
	return "`" + s + "`"
}

// listLiteral is the body of a slice literal: inline when short, else one
// element per line.
func listLiteral(elems []string) string {
	inline := strings.Join(elems, ", ")
	if len(inline) <= shortJSON {
		return inline
	}
	return "\n" + strings.Join(elems, ",\n") + ",\n"
}

// headerLiteral is the body of an http.Header literal, canonical keys as
// a server sends them.
func headerLiteral(headers []wireParam) string {
	entries := make([]string, len(headers))
	for i, h := range headers {
		entries[i] = fmt.Sprintf("%q: {%q}", textproto.CanonicalMIMEHeaderKey(h.name), h.value)
	}
	return strings.Join(entries, ", ")
}

// valuesLiteral is the body of a url.Values literal: repeated names
// collect their values in order.
func valuesLiteral(params []wireParam) string {
	var names []string
	values := map[string][]string{}
	for _, p := range params {
		if _, ok := values[p.name]; !ok {
			names = append(names, p.name)
		}
		values[p.name] = append(values[p.name], strconv.Quote(p.value))
	}
	entries := make([]string, len(names))
	for i, name := range names {
		entries[i] = fmt.Sprintf("%q: {%s}", name, strings.Join(values[name], ", "))
	}
	return strings.Join(entries, ", ")
}

func mapLiteral(params []wireParam) string {
	entries := make([]string, len(params))
	for i, p := range params {
		entries[i] = fmt.Sprintf("%q: %q", p.name, p.value)
	}
	return strings.Join(entries, ", ")
}
