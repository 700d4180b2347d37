package jsonx

import (
	"cmp"
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strconv"
)

// Marshal encodes v like json.Marshal, except that a slice or array field
// tagged `wrap:"Item"` is written as {"Item":[...]} under its JSON name, so a
// value decoded from an Alibaba-style wrapped list marshals back to the same
// shape with no key lost. A nil wrapped slice is written as null, an empty
// one as {"Item":[]}. The omitempty, omitzero, string and "-" options behave
// as in encoding/json.
//
// Types without wrap tags (and without interfaces that might hold one) are
// handed to json.Marshal unchanged; for the others a reflective writer walks
// the value and delegates every part that needs no wrapping to json.Marshal.
func Marshal(v any) ([]byte, error) {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() || !needsWriter(rv.Type()) {
		return json.Marshal(v)
	}
	var e encoder
	if err := e.value(rv, 0); err != nil {
		return nil, err
	}
	return e.buf, nil
}

// needsWriter reports whether values of type t may contain a wrapped field.
func needsWriter(t reflect.Type) bool {
	tr := traitsOf(t)
	return tr.wrap || tr.iface
}

// maxEncodeDepth bounds recursion so that a pointer cycle is an error rather
// than a stack overflow (encoding/json reports cycles too).
const maxEncodeDepth = 10000

var (
	marshalerType     = reflect.TypeFor[json.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
)

// encoder is the reflective writer used for types that need wrapping.
type encoder struct {
	buf []byte
}

func (e *encoder) value(v reflect.Value, depth int) error {
	if depth > maxEncodeDepth {
		return &json.UnsupportedValueError{Value: v, Str: "nesting too deep (pointer cycle?)"}
	}
	switch {
	case !v.IsValid():
		e.buf = append(e.buf, "null"...)
	case !needsWriter(v.Type()) || hasMarshaler(v):
		return e.delegate(v)
	case v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface:
		return e.indirect(v, depth)
	case v.Kind() == reflect.Struct:
		return e.object(v, depth)
	case v.Kind() == reflect.Map:
		return e.mapValue(v, depth)
	case v.Kind() == reflect.Slice && v.IsNil():
		e.buf = append(e.buf, "null"...)
	default:
		return e.list(v, depth)
	}
	return nil
}

// hasMarshaler reports whether encoding/json would call a MarshalJSON or
// MarshalText method for v; such values are always delegated.
func hasMarshaler(v reflect.Value) bool {
	t := v.Type()
	if t.Implements(marshalerType) || t.Implements(textMarshalerType) {
		return true
	}
	pt := reflect.PointerTo(t)
	return v.CanAddr() && (pt.Implements(marshalerType) || pt.Implements(textMarshalerType))
}

// delegate encodes v with json.Marshal. An addressable v is passed by
// pointer so that pointer-receiver methods run, as they would inside
// encoding/json.
func (e *encoder) delegate(v reflect.Value) error {
	if v.CanAddr() {
		v = v.Addr()
	}
	if !v.CanInterface() {
		return fmt.Errorf("jsonx: cannot marshal unexported value of type %v", v.Type())
	}
	b, err := json.Marshal(v.Interface())
	e.buf = append(e.buf, b...)
	return err
}

func (e *encoder) indirect(v reflect.Value, depth int) error {
	if v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	return e.value(v.Elem(), depth+1)
}

func (e *encoder) list(v reflect.Value, depth int) error {
	e.buf = append(e.buf, '[')
	for i := range v.Len() {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		if err := e.value(v.Index(i), depth+1); err != nil {
			return err
		}
	}
	e.buf = append(e.buf, ']')
	return nil
}

func (e *encoder) object(v reflect.Value, depth int) error {
	e.buf = append(e.buf, '{')
	first := true
	for i, info := 0, structInfoOf(v.Type()); i < len(info.list); i++ {
		f := &info.list[i]
		fv, ok := fieldForRead(v, f.index)
		if !ok || f.omits(fv) {
			continue
		}
		if !first {
			e.buf = append(e.buf, ',')
		}
		first = false
		e.buf = append(e.buf, f.key...)
		if err := e.field(fv, f, depth+1); err != nil {
			return err
		}
	}
	e.buf = append(e.buf, '}')
	return nil
}

// fieldForRead walks index from the struct v; a nil embedded pointer on the
// way means the field is absent, as in encoding/json.
func fieldForRead(v reflect.Value, index []int) (reflect.Value, bool) {
	for _, i := range index {
		if v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return v, false
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v, true
}

func (e *encoder) field(v reflect.Value, f *field, depth int) error {
	switch {
	case f.wrap != "" && !(v.Kind() == reflect.Slice && v.IsNil()):
		e.buf = append(e.buf, f.wrapOpen...)
		err := e.value(v, depth)
		e.buf = append(e.buf, '}')
		return err
	case f.quoted && !hasMarshaler(v):
		return e.quoted(v)
	}
	return e.value(v, depth)
}

// quoted writes a ",string" field: the JSON encoding of the value, itself
// encoded as a JSON string.
func (e *encoder) quoted(v reflect.Value) error {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		v = v.Elem()
	}
	b, err := json.Marshal(v.Interface())
	if err != nil {
		return err
	}
	if v.Kind() == reflect.String {
		e.buf = append(e.buf, encodeString(string(b))...)
		return nil
	}
	e.buf = append(append(append(e.buf, '"'), b...), '"')
	return nil
}

// mapEntry is a map key resolved to its JSON name, for sorting.
type mapEntry struct {
	name string
	key  reflect.Value
}

// mapValue writes a map with keys sorted by their JSON names, as
// encoding/json does.
func (e *encoder) mapValue(v reflect.Value, depth int) error {
	if v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	entries, err := sortedEntries(v)
	if err != nil {
		return err
	}
	e.buf = append(e.buf, '{')
	for i, en := range entries {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.buf = append(append(e.buf, encodeString(en.name)...), ':')
		if err := e.value(v.MapIndex(en.key), depth+1); err != nil {
			return err
		}
	}
	e.buf = append(e.buf, '}')
	return nil
}

func sortedEntries(v reflect.Value) ([]mapEntry, error) {
	entries := make([]mapEntry, 0, v.Len())
	for it := v.MapRange(); it.Next(); {
		name, err := keyName(it.Key())
		if err != nil {
			return nil, err
		}
		entries = append(entries, mapEntry{name: name, key: it.Key()})
	}
	slices.SortFunc(entries, func(a, b mapEntry) int { return cmp.Compare(a.name, b.name) })
	return entries, nil
}

// keyName is encoding/json's resolveKeyName.
func keyName(k reflect.Value) (string, error) {
	if k.Kind() == reflect.String {
		return k.String(), nil
	}
	if tm, ok := k.Interface().(encoding.TextMarshaler); ok {
		if k.Kind() == reflect.Pointer && k.IsNil() {
			return "", nil
		}
		b, err := tm.MarshalText()
		return string(b), err
	}
	switch k.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(k.Int(), 10), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(k.Uint(), 10), nil
	}
	return "", &json.UnsupportedTypeError{Type: k.Type()}
}

// omits reports whether omitempty or omitzero drops the field value v.
func (f *field) omits(v reflect.Value) bool {
	if f.omitEmpty && isEmptyValue(v) {
		return true
	}
	if !f.omitZero {
		return false
	}
	if f.isZero != nil {
		return f.isZero(v)
	}
	return v.IsZero()
}

// isEmptyValue is encoding/json's definition of empty for omitempty.
func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return isNumericKind(v.Kind()) && v.IsZero()
}

type isZeroer interface{ IsZero() bool }

var isZeroerType = reflect.TypeFor[isZeroer]()

// zeroChecker returns the IsZero-method based test omitzero uses for fields
// of type t, or nil when reflect.Value.IsZero applies (as in encoding/json).
func zeroChecker(t reflect.Type) func(reflect.Value) bool {
	switch {
	case t.Kind() == reflect.Interface && t.Implements(isZeroerType):
		return func(v reflect.Value) bool {
			return v.IsNil() || v.Elem().Kind() == reflect.Pointer && v.Elem().IsNil() ||
				v.Interface().(isZeroer).IsZero()
		}
	case t.Kind() == reflect.Pointer && t.Implements(isZeroerType):
		return func(v reflect.Value) bool { return v.IsNil() || v.Interface().(isZeroer).IsZero() }
	case t.Implements(isZeroerType):
		return func(v reflect.Value) bool { return v.Interface().(isZeroer).IsZero() }
	case reflect.PointerTo(t).Implements(isZeroerType):
		return addrIsZero
	}
	return nil
}

// addrIsZero calls a pointer-receiver IsZero, boxing v if it is not
// addressable.
func addrIsZero(v reflect.Value) bool {
	if !v.CanAddr() {
		v2 := reflect.New(v.Type()).Elem()
		v2.Set(v)
		v = v2
	}
	return v.Addr().Interface().(isZeroer).IsZero()
}
