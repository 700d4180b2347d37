package jsonx

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strconv"
)

// mapValue decodes a JSON object into the map v; anything else zeroes it.
// Entries whose key cannot be converted to the key type are dropped.
func (d *decoder) mapValue(v reflect.Value, k tokenKind) {
	if k != tokObject {
		d.skip()
		zero(v)
		return
	}
	kt := v.Type().Key()
	if !isMapKeyType(kt) {
		d.skip()
		return
	}
	if v.IsNil() {
		v.Set(reflect.MakeMap(v.Type()))
	}
	elem := reflect.New(v.Type().Elem()).Elem()
	hooked := reflect.PointerTo(kt).Implements(textUnmarshalerType) // once per map, not per key
	d.members(func(rawKey []byte) {
		elem.SetZero()
		d.value(elem)
		if key, ok := mapKey(kt, hooked, rawKey); ok {
			v.SetMapIndex(key, elem)
		}
	})
}

// isMapKeyType reports whether encoding/json can decode object keys into kt.
func isMapKeyType(kt reflect.Type) bool {
	switch kt.Kind() {
	case reflect.String,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return true
	}
	return reflect.PointerTo(kt).Implements(textUnmarshalerType)
}

// mapKey converts an object key to the map's key type, with encoding/json's
// precedence: a TextUnmarshaler key type (hooked) wins over its kind.
func mapKey(kt reflect.Type, hooked bool, rawKey []byte) (reflect.Value, bool) {
	if hooked {
		return hookedKey(kt, rawKey)
	}
	key := string(unquote(rawKey))
	kv := reflect.New(kt).Elem()
	switch kt.Kind() {
	case reflect.String:
		kv.SetString(key)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(key, 10, 64)
		if err != nil || kv.OverflowInt(n) {
			return kv, false
		}
		kv.SetInt(n)
	default:
		n, err := strconv.ParseUint(key, 10, 64)
		if err != nil || kv.OverflowUint(n) {
			return kv, false
		}
		kv.SetUint(n)
	}
	return kv, true
}

// hookedKey decodes a key through its type's own methods. Like encoding/json,
// UnmarshalJSON (given the quoted key) is preferred over UnmarshalText.
func hookedKey(kt reflect.Type, rawKey []byte) (reflect.Value, bool) {
	kp := reflect.New(kt)
	var err error
	if u, ok := kp.Interface().(json.Unmarshaler); ok {
		err = u.UnmarshalJSON(rawKey)
	} else {
		err = kp.Interface().(encoding.TextUnmarshaler).UnmarshalText(unquote(rawKey))
	}
	return kp.Elem(), err == nil
}
