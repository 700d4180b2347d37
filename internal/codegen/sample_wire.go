package codegen

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// wireText is a scalar as the client writes it into a parameter, a query,
// a header or a part, and as the tests expect decoded values to read.
func wireText(s *sample) string {
	switch v := s.scalar.(type) {
	case string:
		return v
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case time.Time:
		return v.UTC().Format(time.RFC3339)
	case []byte:
		return string(v)
	}
	panic(fmt.Sprintf("codegen: sample of unexpected type %T", s.scalar))
}

// jsonMode says which JSON a sample is rendered as.
type jsonMode int

const (
	// requestJSON is what encoding/json makes of a request value: members
	// in shape order, optional ones omitted when zero (omitzero), list
	// wrappers ignored.
	requestJSON jsonMode = iota
	// replyJSON is what a server sends: every member that has a value, and
	// Alibaba lists in their {"Items":{"Item":[…]}} wrappers.
	replyJSON
)

// jsonText renders s as compact JSON.
func jsonText(s *sample, mode jsonMode) string {
	var b strings.Builder
	writeJSON(&b, s, mode)
	return b.String()
}

func writeJSON(b *strings.Builder, s *sample, mode jsonMode) {
	switch s.t.Type {
	case typeObject:
		writeMembers(b, s.members, mode)
	case typeArray:
		b.WriteByte('[')
		for i, e := range s.elems {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSON(b, e, mode)
		}
		b.WriteByte(']')
	case typeMap:
		fmt.Fprintf(b, "{%s:", jsonString(s.key))
		writeJSON(b, s.value, mode)
		b.WriteByte('}')
	default:
		b.WriteString(jsonScalar(s))
	}
}

// writeMembers writes an object. A request omits an empty optional member
// (its tag says omitzero) and writes an empty required one as the zero
// value encoding/json gives it.
func writeMembers(b *strings.Builder, members []member, mode jsonMode) {
	b.WriteByte('{')
	first := true
	for _, m := range members {
		if m.v == nil && (mode == replyJSON || !m.f.Required) {
			continue
		}
		if !first {
			b.WriteByte(',')
		}
		first = false
		b.WriteString(jsonString(m.f.Name) + ":")
		switch {
		case m.v == nil:
			b.WriteString(zeroJSON(m.f))
		case mode == replyJSON && m.f.Wrap != "":
			fmt.Fprintf(b, "{%s:", jsonString(m.f.Wrap))
			writeJSON(b, m.v, mode)
			b.WriteByte('}')
		default:
			writeJSON(b, m.v, mode)
		}
	}
	b.WriteByte('}')
}

// zeroJSON is how encoding/json writes a required member left empty. Only
// lists, maps and pointers can be (a shape reaches itself only through
// them), and they are null.
func zeroJSON(f *Field) string {
	if f.Type == typeObject && !f.Pointer {
		return "{}"
	}
	return "null"
}

func jsonScalar(s *sample) string {
	switch v := s.scalar.(type) {
	case string:
		return jsonString(v)
	case time.Time:
		return jsonString(v.UTC().Format(time.RFC3339Nano))
	case []byte:
		return jsonString(base64.StdEncoding.EncodeToString(v))
	}
	return wireText(s) // numbers and bools: strconv agrees with encoding/json
}

// jsonString is a string as encoding/json writes it, escapes included.
func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
