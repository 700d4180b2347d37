package jsonx

import (
	"encoding/base64"
	"reflect"
)

// list decodes into a slice or array. Besides JSON arrays it accepts the
// shapes cloud APIs send for lists: null/"" (no list), a bare object or
// scalar (a list of one), and objects wrapping the real array.
func (d *decoder) list(v reflect.Value, k tokenKind) {
	switch {
	case k == tokArray:
		d.array(v)
	case k == tokObject:
		d.listFromObject(v)
	case k == tokString && v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8:
		d.base64(v) // []byte is a base64 string, as in encoding/json
	case k == tokString && d.atEmptyString():
		d.skip()
		zero(v)
	default:
		d.single(v, k)
	}
}

// wrapped decodes a field tagged `wrap:"Name"`: Alibaba's
// {"Items":{"Item":[...]}} puts the real list one object deeper. Without the
// wrapper key the value is decoded as an ordinary list, except that an empty
// object means an empty list.
func (d *decoder) wrapped(v reflect.Value, name string) {
	if d.peek() != '{' {
		d.value(v)
		return
	}
	start := d.pos
	at, count := d.lookup(name)
	end := d.pos
	switch {
	case at >= 0:
		d.pos = at
		d.value(v)
		d.pos = end
	case count == 0:
		resetList(v, 0)
	default:
		d.pos = start
		d.value(v)
	}
}

// listFromObject handles an object where a list is expected: {} is an empty
// list, an object whose only member is an array is an undeclared wrapper
// around that array, and any other object is a list of one element.
func (d *decoder) listFromObject(v reflect.Value) {
	start := d.pos
	first, count := d.shape()
	end := d.pos
	switch {
	case count == 0:
		resetList(v, 0)
	case count == 1 && first >= 0 && first < len(d.data) && d.data[first] == '[':
		d.pos = first
		d.array(v)
		d.pos = end
	default:
		d.pos = start
		d.single(v, tokObject)
	}
}

// single turns one non-array value into a one-element list when the element
// type can hold it; otherwise the list is zeroed.
func (d *decoder) single(v reflect.Value, k tokenKind) {
	if v.Len() == 0 && v.Kind() == reflect.Array || !accepts(v.Type().Elem(), k) {
		d.skip()
		zero(v)
		return
	}
	resetList(v, 1)
	d.value(v.Index(0))
}

// accepts reports whether a value of kind k can sensibly decode into t, so
// that a scalar never becomes a list of one empty struct and vice versa.
func accepts(t reflect.Type, k tokenKind) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	pt := reflect.PointerTo(t)
	if t.Kind() == reflect.Interface || pt.Implements(unmarshalerType) {
		return true
	}
	if k == tokObject {
		return t.Kind() == reflect.Struct || t.Kind() == reflect.Map
	}
	return isScalarKind(t.Kind()) || pt.Implements(textUnmarshalerType)
}

func isScalarKind(k reflect.Kind) bool {
	return k == reflect.Bool || k == reflect.String || isNumericKind(k)
}

func isNumericKind(k reflect.Kind) bool {
	return reflect.Int <= k && k <= reflect.Float64
}

// resetList makes v a list of n zero elements: a fresh slice, or an array
// that is zeroed (its first n elements are then filled by the caller).
func resetList(v reflect.Value, n int) {
	if v.Kind() == reflect.Slice {
		v.Set(reflect.MakeSlice(v.Type(), n, n))
	} else {
		zero(v)
	}
}

// array decodes a JSON array exactly as encoding/json does: elements are
// decoded into the existing backing array, a slice is truncated or grown to
// fit, surplus array elements are zeroed and [] gives an empty, non-nil slice.
func (d *decoder) array(v reflect.Value) {
	i := 0
	d.elements(func() {
		d.value(element(v, i))
		i++
	})
	if v.Kind() == reflect.Array {
		for ; i < v.Len(); i++ {
			v.Index(i).SetZero()
		}
		return
	}
	if i < v.Len() {
		v.SetLen(i)
	}
	if i == 0 {
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	}
}

// element returns element i of v, growing a slice as needed. For an array
// that is already full it returns an invalid Value, so the element is skipped.
func element(v reflect.Value, i int) reflect.Value {
	if v.Kind() == reflect.Slice {
		if i >= v.Cap() {
			v.Grow(1)
		}
		if i >= v.Len() {
			v.SetLen(i + 1)
		}
	}
	if i < v.Len() {
		return v.Index(i)
	}
	return reflect.Value{}
}

// base64 decodes a base64 string into a byte slice; invalid input gives nil.
func (d *decoder) base64(v reflect.Value) {
	s := unquote(d.next())
	b := make([]byte, base64.StdEncoding.DecodedLen(len(s)))
	n, err := base64.StdEncoding.Decode(b, s)
	if err != nil {
		zero(v)
		return
	}
	v.SetBytes(b[:n])
}

// atEmptyString reports whether the next value is "".
func (d *decoder) atEmptyString() bool {
	d.peek()
	return d.pos+1 < len(d.data) && d.data[d.pos] == '"' && d.data[d.pos+1] == '"'
}
