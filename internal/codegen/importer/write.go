package importer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/polycloud-go/polycloud/internal/codegen"
)

// Marshal writes a spec the way the hand-written specs are laid out: one
// key per line, except that each field, enum value and type reference is
// one line, so a diff shows which member changed. Keys follow the spec
// types' order; nothing depends on map order.
func Marshal(s *codegen.Spec) ([]byte, error) {
	w := &specWriter{}
	w.line(0, "{")
	w.member(1, "service", s.Service, false)
	if len(s.Shapes) > 0 {
		w.list(1, "shapes", len(s.Shapes), func(i int) any { return s.Shapes[i] }, false)
	}
	if len(s.Enums) > 0 {
		w.list(1, "enums", len(s.Enums), func(i int) any { return s.Enums[i] }, false)
	}
	w.list(1, "operations", len(s.Operations), func(i int) any { return s.Operations[i] }, true)
	w.line(0, "}")
	return w.buf.Bytes(), w.err
}

// oneLineLists are the keys whose elements are written one per line.
var oneLineLists = map[string]bool{"fields": true, "values": true, "input": true, "output": true}

// lineKeyOrder orders the keys of a one-line element: what the member is
// and where it goes first, then what a person adds, the doc last.
var lineKeyOrder = []string{
	"name", "value", "goName", "type", "ref", "items", "values", "location", "style", "fill", "wrap", "wholeBody",
	"required", "pointer", "range", "default", "doc",
}

type specWriter struct {
	buf bytes.Buffer
	err error
}

func (w *specWriter) line(depth int, s string) {
	w.buf.WriteString(indent(depth) + s + "\n")
}

// member writes `"key": value` with the value's members on their own
// lines. last leaves out the trailing comma.
func (w *specWriter) member(depth int, key string, v any, last bool) {
	w.buf.WriteString(indent(depth) + quote(key) + ": ")
	w.object(depth, v)
	w.buf.WriteString(comma(last) + "\n")
}

// object writes a JSON object one member per line, starting where the
// cursor is.
func (w *specWriter) object(depth int, v any) {
	members, err := orderedMembers(v)
	if err != nil {
		w.err = err
		return
	}
	w.buf.WriteString("{\n")
	for i, m := range members {
		last := i == len(members)-1
		var elems []json.RawMessage
		if oneLineLists[m.key] && json.Unmarshal(m.raw, &elems) == nil {
			w.rawList(depth+1, m.key, elems, last)
			continue
		}
		if m.key == "pagination" {
			w.member(depth+1, m.key, m.raw, last)
			continue
		}
		w.line(depth+1, quote(m.key)+": "+spaced(m.raw)+comma(last))
	}
	w.buf.WriteString(indent(depth) + "}")
}

// list writes `"key": [` and each element as an object over several lines.
func (w *specWriter) list(depth int, key string, n int, elem func(int) any, last bool) {
	w.line(depth, quote(key)+": [")
	for i := range n {
		w.buf.WriteString(indent(depth + 1))
		w.object(depth+1, elem(i))
		w.buf.WriteString(comma(i == n-1) + "\n")
	}
	w.line(depth, "]"+comma(last))
}

// rawList writes `"key": [` and each element on one line.
func (w *specWriter) rawList(depth int, key string, elems []json.RawMessage, last bool) {
	w.line(depth, quote(key)+": [")
	for i, e := range elems {
		w.line(depth+1, w.oneLine(e)+comma(i == len(elems)-1))
	}
	w.line(depth, "]"+comma(last))
}

// oneLine writes an element on one line, its keys in lineKeyOrder.
func (w *specWriter) oneLine(raw json.RawMessage) string {
	members, err := orderedMembers(raw)
	if err != nil {
		w.err = err
		return ""
	}
	slices.SortStableFunc(members, func(a, b rawMember) int {
		return keyRank(a.key) - keyRank(b.key)
	})
	parts := make([]string, len(members))
	for i, m := range members {
		parts[i] = quote(m.key) + ": " + spaced(m.raw)
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// keyRank is a key's place in lineKeyOrder; unknown keys go last.
func keyRank(key string) int {
	if i := slices.Index(lineKeyOrder, key); i >= 0 {
		return i
	}
	return len(lineKeyOrder)
}

type rawMember struct {
	key string
	raw json.RawMessage
}

// orderedMembers marshals v and returns its members in order.
func orderedMembers(v any) ([]rawMember, error) {
	data, err := marshalCompact(v)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	var out []rawMember
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil, err
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, err
		}
		out = append(out, rawMember{key: fmt.Sprint(key), raw: raw})
	}
	return out, nil
}

// marshalCompact is json.Marshal without HTML escaping, so docs keep
// their <, > and &.
func marshalCompact(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// spaced puts a space after each colon and comma outside strings, as the
// hand-written specs do: {"name": "Port", "type": "int32"}.
func spaced(raw []byte) string {
	var b bytes.Buffer
	inString, escaped := false, false
	for _, c := range raw {
		b.WriteByte(c)
		switch {
		case escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case c == '"':
			inString = !inString
		case !inString && (c == ':' || c == ','):
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func quote(s string) string {
	b, _ := marshalCompact(s)
	return string(b)
}

func indent(depth int) string { return strings.Repeat("  ", depth) }

func comma(last bool) string {
	if last {
		return ""
	}
	return ","
}
