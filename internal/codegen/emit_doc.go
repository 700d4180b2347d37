package codegen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// predicate returns a spec doc (a predicate such as "is the ID of the
// listener.") or a fallback, ending with a period.
func predicate(doc, fallback string) string {
	doc = strings.TrimSpace(doc)
	if doc == "" {
		doc = fallback
	}
	if !strings.HasSuffix(doc, ".") && !strings.HasSuffix(doc, ")") {
		doc += "."
	}
	return doc
}

// fieldDoc is a struct field's comment: the spec's description after the
// Go name, then the facts encode enforces or the server applies. inRequest
// selects request wording (required, range, default, how zero is sent).
func (g *generator) fieldDoc(f *Field, inRequest bool) string {
	noun := "member"
	if inRequest {
		noun = "parameter"
	}
	parts := []string{fieldGoName(f) + " " + predicate(f.Doc, "is the "+f.Name+" "+noun)}
	if inRequest {
		parts = append(parts, g.requestFacts(f)...)
	} else if r := rangeText(f.Range); r != "" {
		parts = append(parts, "It is "+r+".")
	}
	return strings.Join(parts, " ")
}

// requestFacts are the sentences that follow a request field's description.
func (g *generator) requestFacts(f *Field) []string {
	var facts []string
	if f.Required {
		facts = append(facts, "It is required.")
	}
	if r := rangeText(f.Range); r != "" {
		facts = append(facts, "It must be "+r+".")
	}
	if len(f.Default) > 0 {
		facts = append(facts, fmt.Sprintf("When it is not sent, the server uses %s.", compactJSON(f.Default)))
	}
	if f.Pointer {
		facts = append(facts, "Nil is not sent.")
	}
	return append(facts, g.fillFacts(f)...)
}

// fillFacts say what the client sends when a filled parameter is empty.
func (g *generator) fillFacts(f *Field) []string {
	switch f.Fill {
	case fillRegionID:
		if r := g.spec.Service.RegionID; r != "" {
			return []string{fmt.Sprintf("When empty, the client sends %q whatever Config.Region says.", r)}
		}
		return []string{"When empty, the client sends Config.Region."}
	case fillClientToken:
		return []string{"When empty, the client sends a new UUID, the same on every retry of the call, so a retry cannot apply the request twice."}
	}
	return nil
}

// rangeText describes a range: "between 1 and 100", "at least 1".
func rangeText(r *Range) string {
	switch {
	case r == nil:
		return ""
	case r.Min != nil && r.Max != nil:
		return fmt.Sprintf("between %s and %s", *r.Min, *r.Max)
	case r.Min != nil:
		return "at least " + string(*r.Min)
	case r.Max != nil:
		return "at most " + string(*r.Max)
	}
	return ""
}

func compactJSON(raw json.RawMessage) string {
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		return string(raw)
	}
	return b.String()
}

// pagingDoc is the sentence a paginated method's comment ends with.
func (g *generator) pagingDoc(op *Operation) string {
	p := op.Pagination
	in := func(wire string) string { return fieldGoName(findField(op.Input, wire)) }
	out := func(path string) string { return g.goPath(op, path) }
	size := ""
	if p.PageSize != "" {
		size = " and " + in(p.PageSize)
		if p.MaxPageSize > 0 {
			size += fmt.Sprintf(" (at most %d)", p.MaxPageSize)
		}
	}
	switch p.Style {
	case nextTokenStyle, markerStyle:
		return fmt.Sprintf("Results come in pages%s: send the response's %s back as %s for the next page; an empty one means the last page.",
			strings.Replace(size, " and ", " of ", 1), out(p.OutputToken), in(p.InputToken))
	case pageNumberStyle:
		return fmt.Sprintf("Results come in pages selected by %s (from 1)%s.", in(p.PageNumber), size)
	}
	return fmt.Sprintf("Results come in pages selected by %s%s.", in(p.Offset), size)
}
