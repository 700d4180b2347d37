package paginate

import (
	"fmt"
	"io"
	"reflect"
	"sort"
)

// writeFingerprint writes a canonical text form of v: every exported field
// by name, pointers followed, map keys sorted. Unlike JSON it sees fields
// hidden from JSON (path and query parameters tagged json:"-"), and
// unlike %v it never prints an address, so it is stable across processes.
func writeFingerprint(w io.Writer, v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			io.WriteString(w, "nil")
			return
		}
		writeFingerprint(w, v.Elem())
	case reflect.Struct:
		writeStruct(w, v)
	case reflect.Slice, reflect.Array:
		io.WriteString(w, "[")
		for i := range v.Len() {
			writeFingerprint(w, v.Index(i))
			io.WriteString(w, ",")
		}
		io.WriteString(w, "]")
	case reflect.Map:
		writeMap(w, v)
	default:
		fmt.Fprintf(w, "%q", fmt.Sprint(v.Interface()))
	}
}

func writeStruct(w io.Writer, v reflect.Value) {
	io.WriteString(w, "{")
	for i := range v.NumField() {
		if f := v.Type().Field(i); f.IsExported() {
			io.WriteString(w, f.Name+":")
			writeFingerprint(w, v.Field(i))
			io.WriteString(w, ";")
		}
	}
	io.WriteString(w, "}")
}

func writeMap(w io.Writer, v reflect.Value) {
	keys := v.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
	io.WriteString(w, "map[")
	for _, k := range keys {
		fmt.Fprintf(w, "%q:", fmt.Sprint(k.Interface()))
		writeFingerprint(w, v.MapIndex(k))
		io.WriteString(w, ",")
	}
	io.WriteString(w, "]")
}
