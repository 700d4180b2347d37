package jsonx

import (
	"reflect"
	"sync"
)

// traits records what a type can reach through its JSON-visible structure.
type traits struct {
	// wrap is set when some struct field reachable from the type carries a
	// wrap tag. Such a type can never decode strictly once the wrapper is
	// present, so Unmarshal skips the encoding/json attempt for it, and
	// Marshal must use its own writer to re-create the wrapper.
	wrap bool
	// iface is set when an interface value is reachable. Its dynamic value
	// may need wrapping on output, so Marshal cannot hand it to
	// encoding/json blindly.
	iface bool
}

// traitsCache maps reflect.Type to traits.
var traitsCache sync.Map

// traitsOf returns the cached traits of t.
func traitsOf(t reflect.Type) traits {
	if tr, ok := traitsCache.Load(t); ok {
		return tr.(traits)
	}
	var tr traits
	tr.scan(t, map[reflect.Type]bool{})
	traitsCache.Store(t, tr)
	return tr
}

// scan does a depth-first walk over every type reachable from t. The seen set
// makes recursive types terminate; only the root's result is cached, because
// a partial answer for a type inside a cycle could be wrong.
func (tr *traits) scan(t reflect.Type, seen map[reflect.Type]bool) {
	if seen[t] || tr.wrap && tr.iface {
		return
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Interface:
		tr.iface = true
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
		tr.scan(t.Elem(), seen)
	case reflect.Struct:
		for _, f := range structInfoOf(t).list {
			tr.wrap = tr.wrap || f.wrap != ""
			tr.scan(f.typ, seen)
		}
	}
}
