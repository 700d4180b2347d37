package codegen

import (
	"fmt"
	"strconv"
	"strings"
)

// rpcExpectation emits what the server must receive from the sampled
// request: every parameter with its value, the form-body ones named, and
// the fields the client fills when they are empty.
func (g *generator) rpcExpectation(f *goFile, req []member) {
	var params []wireParam
	for _, m := range req {
		if m.v != nil {
			params = append(params, alibabaParams(m.f, m.v)...)
		}
	}
	var form []string
	f.printf("Params: map[string]string{")
	for _, p := range params {
		f.printf("%q: %s,", p.name, rawString(p.value))
		if p.form {
			form = append(form, strconv.Quote(p.name))
		}
	}
	f.printf("},")
	if len(form) > 0 {
		f.printf("Form: []string{%s},", listLiteral(form))
	}
	if fills := fillRows(req); len(fills) > 0 {
		f.printf("Fills: []gentest.Fill{%s},", strings.Join(fills, ", "))
	}
}

// fillRows are the gentest.Fill rows of the fields the client fills.
func fillRows(req []member) []string {
	var fills []string
	for _, m := range req {
		if m.f.Fill == fillRegionID || m.f.Fill == fillClientToken {
			fills = append(fills, fmt.Sprintf("{Field: %q, Wire: %q}", fieldGoName(m.f), m.f.Name))
		}
	}
	return fills
}

// alibabaParams are the parameters a sampled field is sent as, by its
// style: one JSON string, one comma-joined list, or flattened names.
func alibabaParams(fl *Field, s *sample) []wireParam {
	var params []wireParam
	switch fl.Style {
	case styleJSON:
		params = []wireParam{{name: fl.Name, value: jsonText(s, requestJSON)}}
	case styleSimple:
		texts := make([]string, len(s.elems))
		for i, e := range s.elems {
			texts[i] = wireText(e)
		}
		params = []wireParam{{name: fl.Name, value: strings.Join(texts, ",")}}
	default:
		params = flatParams(fl.Name, s)
	}
	for i := range params {
		params[i].form = fl.Location == locForm
	}
	return params
}

// flatParams flattens a value: an object's members as name.Key, list
// elements as name.1, name.2 (1-based), a map's entries as name.key.
func flatParams(name string, s *sample) []wireParam {
	switch s.t.Type {
	case typeObject:
		var params []wireParam
		for _, m := range s.members {
			if m.v != nil {
				params = append(params, flatParams(name+"."+m.f.Name, m.v)...)
			}
		}
		return params
	case typeArray:
		var params []wireParam
		for i, e := range s.elems {
			params = append(params, flatParams(name+"."+strconv.Itoa(i+1), e)...)
		}
		return params
	case typeMap:
		return flatParams(name+"."+s.key, s.value)
	}
	return []wireParam{{name: name, value: wireText(s)}}
}
