package jsonx

import (
	"bytes"
	"encoding/json"
	"reflect"
)

// object decodes a JSON object into the struct v; anything else zeroes it.
func (d *decoder) object(v reflect.Value, k tokenKind) {
	if k != tokObject {
		d.skip()
		zero(v)
		return
	}
	info := structInfoOf(v.Type())
	d.members(func(rawKey []byte) {
		f := info.lookup(unquote(rawKey))
		if f == nil {
			d.skip() // unknown fields are ignored
			return
		}
		d.field(fieldForWrite(v, f.index), f)
	})
}

// fieldForWrite walks index from the struct v, allocating nil embedded
// pointers like encoding/json. It returns an invalid Value (meaning "skip")
// when the path crosses a nil pointer to an unexported embedded struct, which
// cannot be allocated from outside its package.
func fieldForWrite(v reflect.Value, index []int) reflect.Value {
	for _, i := range index {
		if v.Kind() == reflect.Pointer {
			if !allocate(v) {
				return reflect.Value{}
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v
}

// field decodes one struct member, honouring its wrap tag and ",string".
func (d *decoder) field(v reflect.Value, f *field) {
	switch {
	case !v.IsValid():
		d.skip()
	case f.wrap != "":
		d.wrapped(v, f.wrap)
	case f.quoted:
		d.quoted(v)
	default:
		d.value(v)
	}
}

// quoted implements ",string". If the string holds a JSON scalar, that scalar
// is decoded (as encoding/json does, so `"\"x\""` gives x for a string field);
// anything else falls back to decoding the string itself tolerantly.
func (d *decoder) quoted(v reflect.Value) {
	if d.peek() != '"' {
		d.value(v) // unquoted values are accepted as they are
		return
	}
	start := d.pos
	inner := dropApostropheEscapes(unquote(d.next()))
	if isScalarLiteral(inner) {
		sub := decoder{scanner: scanner{data: inner}}
		sub.value(v)
		return
	}
	d.pos = start
	d.value(v)
}

// isScalarLiteral reports whether b is exactly one JSON string, number,
// boolean or null, with no surrounding space.
func isScalarLiteral(b []byte) bool {
	if len(b) == 0 || b[0] == '{' || b[0] == '[' || isSpace(b[0]) || isSpace(b[len(b)-1]) {
		return false
	}
	return json.Valid(b)
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// dropApostropheEscapes rewrites \' as '. The text inside a ",string" value is
// never checked by encoding/json's scanner, only unquoted, and its unquote
// accepts that non-standard escape; without this, `"\"\\'x\""` would give 'x
// strictly but a different string here.
func dropApostropheEscapes(b []byte) []byte {
	if !bytes.Contains(b, []byte(`\'`)) {
		return b
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] == '\\' && i+1 < len(b) {
			i++
			if b[i] != '\'' {
				out = append(out, '\\') // keep every other escape intact
			}
		}
		out = append(out, b[i])
	}
	return out
}
