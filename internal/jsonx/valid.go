package jsonx

// valid reports whether data is one JSON value, exactly as json.Valid
// does: RFC 8259 syntax, surrounding whitespace allowed, strings may hold
// any byte from 0x20 up (invalid UTF-8 included), and nesting is limited
// to encoding/json's 10,000 levels.
//
// It exists because json.Valid walks a state machine with a function call
// per byte: on a typical response it costs about half of decoding it.
// This recursive-descent check does the same job several times faster, so
// validating and then decoding tolerantly beats encoding/json alone.
// FuzzValid checks that it agrees with json.Valid on every input.
func valid(data []byte) bool {
	v := validator{data: data}
	return v.value(0) && v.skipSpace() == len(data)
}

// maxDepth is encoding/json's maxNestingDepth.
const maxDepth = 10000

type validator struct {
	data []byte
	pos  int
}

// skipSpace moves past whitespace and returns the new position.
func (v *validator) skipSpace() int {
	for v.pos < len(v.data) {
		switch v.data[v.pos] {
		case ' ', '\t', '\n', '\r':
			v.pos++
		default:
			return v.pos
		}
	}
	return v.pos
}

// next skips whitespace and returns the next byte, or 0 at the end.
func (v *validator) next() byte {
	if v.pos < len(v.data) && v.data[v.pos] > ' ' { // the usual case: no space
		return v.data[v.pos]
	}
	if v.skipSpace() < len(v.data) {
		return v.data[v.pos]
	}
	return 0
}

// value checks one value at nesting depth (the number of enclosing
// objects and arrays).
func (v *validator) value(depth int) bool {
	switch c := v.next(); c {
	case '{':
		return depth < maxDepth && v.object(depth+1)
	case '[':
		return depth < maxDepth && v.array(depth+1)
	case '"':
		return v.string()
	case 't':
		return v.literal("true")
	case 'f':
		return v.literal("false")
	case 'n':
		return v.literal("null")
	default:
		return v.number()
	}
}

func (v *validator) object(depth int) bool {
	v.pos++ // {
	if v.next() == '}' {
		v.pos++
		return true
	}
	for {
		if v.next() != '"' || !v.string() || v.next() != ':' {
			return false
		}
		v.pos++
		if !v.value(depth) {
			return false
		}
		switch v.next() {
		case ',':
			v.pos++
		case '}':
			v.pos++
			return true
		default:
			return false
		}
	}
}

func (v *validator) array(depth int) bool {
	v.pos++ // [
	if v.next() == ']' {
		v.pos++
		return true
	}
	for {
		if !v.value(depth) {
			return false
		}
		switch v.next() {
		case ',':
			v.pos++
		case ']':
			v.pos++
			return true
		default:
			return false
		}
	}
}

// stringStop marks the bytes a string scan must look at: the closing
// quote, a backslash and the control characters, which are not allowed.
var stringStop = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

// string checks the string literal at v.pos.
func (v *validator) string() bool {
	d := v.data
	i := v.pos + 1 // past the opening quote
	for {
		for i < len(d) && !stringStop[d[i]] {
			i++
		}
		if i >= len(d) || d[i] < 0x20 {
			return false
		}
		if d[i] == '"' {
			v.pos = i + 1
			return true
		}
		n := escapeLen(d[i:])
		if n == 0 {
			return false
		}
		i += n
	}
}

// escapeLen returns the length of the escape sequence at the start of b
// (which starts with a backslash), or 0 if it is not a valid one.
func escapeLen(b []byte) int {
	if len(b) < 2 {
		return 0
	}
	switch b[1] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		return 2
	case 'u':
		if len(b) < 6 {
			return 0
		}
		for _, c := range b[2:6] {
			if !isHex(c) {
				return 0
			}
		}
		return 6
	}
	return 0
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func (v *validator) literal(word string) bool {
	if len(v.data)-v.pos < len(word) || string(v.data[v.pos:v.pos+len(word)]) != word {
		return false
	}
	v.pos += len(word)
	return true
}

// number checks -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? at v.pos.
// What follows it is checked by the caller, so "01" and "1x" fail there.
func (v *validator) number() bool {
	d, i := v.data, v.pos
	if i < len(d) && d[i] == '-' {
		i++
	}
	switch {
	case i < len(d) && d[i] == '0':
		i++
	case i < len(d) && '1' <= d[i] && d[i] <= '9':
		i = digits(d, i)
	default:
		return false
	}
	if i < len(d) && d[i] == '.' {
		if i++; i >= len(d) || !isDigit(d[i]) {
			return false
		}
		i = digits(d, i)
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		if i++; i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if i >= len(d) || !isDigit(d[i]) {
			return false
		}
		i = digits(d, i)
	}
	v.pos = i
	return true
}

// digits returns the position after the run of digits starting at i.
func digits(d []byte, i int) int {
	for i < len(d) && isDigit(d[i]) {
		i++
	}
	return i
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
