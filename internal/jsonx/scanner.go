package jsonx

import (
	"bytes"
	"unicode/utf8"
)

// scanner walks JSON text that has already been validated. Because the input
// is known to be well formed it only has to find value boundaries, which keeps
// it small; it still checks bounds everywhere so that a bug can never turn
// into an index panic or an endless loop.
type scanner struct {
	data []byte
	pos  int
}

// peek skips whitespace and returns the first byte of the next value,
// or 0 at the end of the input.
func (s *scanner) peek() byte {
	for s.pos < len(s.data) {
		switch c := s.data[s.pos]; c {
		case ' ', '\t', '\n', '\r':
			s.pos++
		default:
			return c
		}
	}
	return 0
}

// next consumes the next value and returns its raw bytes.
func (s *scanner) next() []byte {
	s.peek()
	start := s.pos
	s.skip()
	return s.data[start:s.pos]
}

// skip consumes the next value.
func (s *scanner) skip() {
	switch s.peek() {
	case '"':
		s.skipString()
	case '{', '[':
		s.skipComposite()
	default:
		s.skipLiteral()
	}
}

// skipString moves past the string at s.pos. It jumps from quote to quote
// with bytes.IndexByte, which is vectorised; a quote preceded by an odd
// number of backslashes is escaped and does not end the string.
func (s *scanner) skipString() {
	s.pos++ // opening quote
	for s.pos < len(s.data) {
		i := bytes.IndexByte(s.data[s.pos:], '"')
		if i < 0 {
			s.pos = len(s.data)
			return
		}
		s.pos += i + 1
		if !escapedQuote(s.data[:s.pos-1]) {
			return
		}
	}
}

// escapedQuote reports whether a quote following b is escaped: whether b
// ends with an odd number of backslashes.
func escapedQuote(b []byte) bool {
	n := 0
	for n < len(b) && b[len(b)-1-n] == '\\' {
		n++
	}
	return n%2 == 1
}

func (s *scanner) skipComposite() {
	depth := 0
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case '"':
			s.skipString()
			continue
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				s.pos++
				return
			}
		}
		s.pos++
	}
}

func (s *scanner) skipLiteral() {
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case ' ', '\t', '\n', '\r', ',', ':', '{', '}', '[', ']', '"':
			return
		}
		s.pos++
	}
}

// members iterates over the object at the current position. For each member
// it calls fn with the raw (still quoted) key while the scanner sits on the
// member's value; fn must consume that value.
func (s *scanner) members(fn func(rawKey []byte)) {
	if s.peek() != '{' {
		s.skip()
		return
	}
	s.pos++
	for s.peek() == '"' {
		key := s.next()
		if s.peek() == ':' {
			s.pos++
		}
		fn(key)
		if s.peek() != ',' {
			break
		}
		s.pos++
	}
	if s.peek() == '}' {
		s.pos++
	}
}

// elements iterates over the array at the current position, calling fn with
// the scanner on each element; fn must consume the element.
func (s *scanner) elements(fn func()) {
	if s.peek() != '[' {
		s.skip()
		return
	}
	s.pos++
	if s.peek() == ']' {
		s.pos++
		return
	}
	for {
		fn()
		if s.peek() != ',' {
			break
		}
		s.pos++
	}
	if s.peek() == ']' {
		s.pos++
	}
}

// shape scans the object at the current position and reports how many
// members it has and where the first member's value starts (-1 if none).
// The scanner is left after the object.
func (s *scanner) shape() (first, count int) {
	first = -1
	s.members(func([]byte) {
		if count == 0 {
			s.peek()
			first = s.pos
		}
		count++
		s.skip()
	})
	return first, count
}

// lookup scans the object at the current position for the member called
// name and returns the offset of its value, or -1, plus the member count.
// An exact key beats a case-insensitive one (the precedence encoding/json
// uses for field names); among equal matches the last wins, as duplicates do
// in encoding/json. The scanner is left after the object.
func (s *scanner) lookup(name string) (at, count int) {
	exact, folded := -1, -1
	s.members(func(rawKey []byte) {
		count++
		key := unquote(rawKey)
		s.peek()
		switch {
		case string(key) == name:
			exact = s.pos
		case bytes.EqualFold(key, []byte(name)):
			folded = s.pos
		}
		s.skip()
	})
	if exact >= 0 {
		return exact, count
	}
	return folded, count
}

// unquote returns the content of the JSON string literal raw. Strings without
// escapes are returned as a sub-slice of raw (no allocation); anything else
// is unescaped into a new slice exactly as encoding/json does (see
// appendUnescaped).
func unquote(raw []byte) []byte {
	if len(raw) < 2 {
		return nil
	}
	inner := raw[1 : len(raw)-1]
	if isPlain(inner) {
		return inner
	}
	if out, ok := appendUnescaped(make([]byte, 0, len(inner)), inner); ok {
		return out
	}
	return inner
}

// unquoteString is string(unquote(raw)) with one allocation instead of two.
func unquoteString(raw []byte) string {
	if len(raw) < 2 {
		return ""
	}
	inner := raw[1 : len(raw)-1]
	if isPlain(inner) {
		return string(inner)
	}
	var buf [256]byte
	if out, ok := appendUnescaped(buf[:0], inner); ok {
		return string(out)
	}
	return string(inner)
}

// isPlain reports whether a string body needs no unescaping: no escape and
// valid UTF-8 (both checks are vectorised or word-at-a-time).
func isPlain(b []byte) bool {
	return bytes.IndexByte(b, '\\') < 0 && utf8.Valid(b)
}
