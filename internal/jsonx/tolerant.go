package jsonx

import (
	"encoding"
	"encoding/json"
	"reflect"
)

// decoder assigns validated JSON into Go values without ever failing: every
// mismatch degrades to a zero value for that one target and decoding goes on.
// Its structure deliberately mirrors encoding/json's decodeState (indirect,
// object, array, literal handling), so that for any input the strict path
// accepts, the tolerant path produces the very same value.
type decoder struct {
	scanner
}

// tokenKind classifies the next JSON value by its first byte.
type tokenKind uint8

const (
	tokNumber tokenKind = iota
	tokString
	tokBool
	tokNull
	tokObject
	tokArray
)

func kindOf(c byte) tokenKind {
	switch c {
	case '{':
		return tokObject
	case '[':
		return tokArray
	case '"':
		return tokString
	case 'n':
		return tokNull
	case 't', 'f':
		return tokBool
	}
	return tokNumber
}

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// value decodes the next JSON value into v. An invalid v means "skip".
func (d *decoder) value(v reflect.Value) {
	if !v.IsValid() {
		d.skip()
		return
	}
	k := kindOf(d.peek())
	hook, dst := indirect(v, k == tokNull)
	switch {
	case hook.IsValid():
		d.callHook(hook, k)
	case !dst.IsValid():
		d.skip()
	case k == tokNull:
		d.skip()
		setNull(dst)
	default:
		d.assign(dst, k)
	}
}

// assign decodes a non-null value into the non-pointer v.
func (d *decoder) assign(v reflect.Value, k tokenKind) {
	switch v.Kind() {
	case reflect.Struct:
		d.object(v, k)
	case reflect.Map:
		d.mapValue(v, k)
	case reflect.Slice, reflect.Array:
		d.list(v, k)
	case reflect.Interface:
		d.iface(v)
	default:
		d.scalar(v, k)
	}
}

// setNull applies null the way encoding/json does: nilable kinds become nil,
// everything else keeps its value (which is the zero value when decoding into
// a fresh variable). Setting scalars to zero instead would make a pre-filled
// value come out differently from encoding/json.
func setNull(v reflect.Value) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer, reflect.Map, reflect.Slice:
		zero(v)
	}
}

// zero resets v if it can be set.
func zero(v reflect.Value) {
	if v.CanSet() {
		v.SetZero()
	}
}

// indirect is encoding/json's indirect: it walks down pointers (allocating nil
// ones) until it reaches a pointer whose method set has an unmarshaler, which
// it returns as hook, or a non-pointer, which it returns as dst. When decoding
// null it stops at the first settable pointer so that it can be set to nil. If
// a nil pointer cannot be set, both results are invalid.
func indirect(v reflect.Value, decodingNull bool) (hook, dst reflect.Value) {
	v0, haveAddr := v, false
	if v.Kind() != reflect.Pointer && v.Type().Name() != "" && v.CanAddr() {
		haveAddr, v = true, v.Addr() // so pointer-receiver methods are found
	}
	for {
		if e, ok := usableInterfaceElem(v, decodingNull); ok {
			haveAddr, v = false, e
			continue
		}
		if v.Kind() != reflect.Pointer || decodingNull && v.CanSet() {
			return reflect.Value{}, v
		}
		if v.Elem().Kind() == reflect.Interface && v.Elem().Elem().Equal(v) {
			return reflect.Value{}, v.Elem() // v = &v: an interface holding its own address
		}
		if !allocate(v) {
			return reflect.Value{}, reflect.Value{}
		}
		if hasHook(v, decodingNull) {
			return v, reflect.Value{}
		}
		if haveAddr {
			v, haveAddr = v0, false // keep v0's flags rather than Addr().Elem()'s
		} else {
			v = v.Elem()
		}
	}
}

// allocate points the pointer v at a new zero value if it is nil. It reports
// false when v is nil but cannot be set, such as an embedded pointer to an
// unexported struct type.
func allocate(v reflect.Value) bool {
	if !v.IsNil() {
		return true
	}
	if !v.CanSet() {
		return false
	}
	v.Set(reflect.New(v.Type().Elem()))
	return true
}

// usableInterfaceElem returns the pointer held by a non-nil interface when
// decoding into it is useful, as encoding/json does.
func usableInterfaceElem(v reflect.Value, decodingNull bool) (reflect.Value, bool) {
	if v.Kind() != reflect.Interface || v.IsNil() {
		return reflect.Value{}, false
	}
	e := v.Elem()
	ok := e.Kind() == reflect.Pointer && !e.IsNil() && (!decodingNull || e.Elem().Kind() == reflect.Pointer)
	return e, ok
}

// hasHook reports whether the pointer v implements json.Unmarshaler or, unless
// decoding null, encoding.TextUnmarshaler. It asks with type assertions, as
// encoding/json does: the runtime caches their answers, while
// reflect.Type.Implements compares method names on every call.
func hasHook(v reflect.Value, decodingNull bool) bool {
	if v.Type().NumMethod() == 0 || !v.CanInterface() {
		return false
	}
	switch v.Interface().(type) {
	case json.Unmarshaler:
		return true
	case encoding.TextUnmarshaler:
		return !decodingNull
	}
	return false
}

// callHook lets the value decode itself. A failing method leaves the zero
// value rather than failing the call; time.Time gets a second chance with the
// layouts cloud APIs actually send.
func (d *decoder) callHook(hook reflect.Value, k tokenKind) {
	raw := d.next()
	if u, ok := hook.Interface().(json.Unmarshaler); ok {
		if u.UnmarshalJSON(raw) != nil {
			zero(hook.Elem())
			recoverTime(hook.Elem(), raw)
		}
		return
	}
	u := hook.Interface().(encoding.TextUnmarshaler)
	if text, ok := textOf(k, raw); !ok || u.UnmarshalText(text) != nil {
		zero(hook.Elem())
	}
}

// textOf returns what a TextUnmarshaler should see for a scalar token. Numbers
// and booleans are passed as their literal text, a tolerance encoding/json
// does not have; objects and arrays have no text form.
func textOf(k tokenKind, raw []byte) ([]byte, bool) {
	switch k {
	case tokString:
		return unquote(raw), true
	case tokNumber, tokBool:
		return raw, true
	}
	return nil, false
}

// iface decodes into an interface. An empty interface gets exactly what
// encoding/json would produce (float64, string, map[string]any, ...); a
// non-empty one cannot be built from JSON and is zeroed.
func (d *decoder) iface(v reflect.Value) {
	raw := d.next()
	if v.NumMethod() != 0 {
		zero(v)
		return
	}
	var x any
	// raw is valid JSON, so the only possible error is a number out of
	// float64 range, which encoding/json also leaves as nil in x.
	_ = json.Unmarshal(raw, &x)
	if x == nil {
		zero(v)
		return
	}
	v.Set(reflect.ValueOf(x))
}
