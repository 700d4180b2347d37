package gentest

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// A field path names a value inside a request or response by Go names:
// "Listeners[0].PortRanges[1].FromPort" or "Labels[env].Value". A bracket
// after a name indexes a slice or, for a map, holds a key.

// step is one move along a field path: into a struct field, or into a
// slice element or map entry.
type step struct {
	field string // a struct field's Go name, or ""
	index string // a slice index or map key, when field is ""
}

// parsePath splits a field path into steps.
func parsePath(path string) []step {
	var steps []step
	for seg := range strings.SplitSeq(path, ".") {
		name, rest, _ := strings.Cut(seg, "[")
		steps = append(steps, step{field: name})
		for rest != "" {
			var index string
			index, rest, _ = strings.Cut(rest, "]")
			steps = append(steps, step{index: index})
			rest = strings.TrimPrefix(rest, "[")
		}
	}
	return steps
}

// lookup follows path from v (a struct or a pointer to one) and returns
// the value there.
func lookup(v reflect.Value, path string) (reflect.Value, error) {
	for _, s := range parsePath(path) {
		v = reflect.Indirect(v)
		next, err := move(v, s)
		if err != nil {
			return reflect.Value{}, fmt.Errorf("%s: %w", path, err)
		}
		v = next
	}
	return v, nil
}

// move takes one step from v.
func move(v reflect.Value, s step) (reflect.Value, error) {
	switch {
	case s.field != "" && v.Kind() == reflect.Struct:
		if f := v.FieldByName(s.field); f.IsValid() {
			return f, nil
		}
		return reflect.Value{}, fmt.Errorf("%s has no field %s", v.Type(), s.field)
	case s.field == "" && v.Kind() == reflect.Slice:
		i, err := strconv.Atoi(s.index)
		if err != nil || i < 0 || i >= v.Len() {
			return reflect.Value{}, fmt.Errorf("index [%s] out of range of %s", s.index, v.Type())
		}
		return v.Index(i), nil
	case s.field == "" && v.Kind() == reflect.Map:
		if e := v.MapIndex(reflect.ValueOf(s.index).Convert(v.Type().Key())); e.IsValid() {
			return e, nil
		}
		return reflect.Value{}, fmt.Errorf("no key %q in %s", s.index, v.Type())
	}
	return reflect.Value{}, fmt.Errorf("cannot step %+v into %s", s, v.Type())
}

// withValue returns a deep copy of req, a pointer to a request struct,
// in which the value at path is set to value, or to its zero value when
// value is nil. A value of another numeric type is converted, and a
// pointer field gets a pointer to it. req itself is not modified.
func withValue(req any, path string, value any) (any, error) {
	cp := deepCopy(reflect.ValueOf(req))
	if err := set(cp, parsePath(path), value); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return cp.Interface(), nil
}

// set stores value at the end of steps, starting from v. Map entries are
// not addressable, so a step into a map works on a copy of the entry and
// stores it back.
func set(v reflect.Value, steps []step, value any) error {
	v = reflect.Indirect(v)
	target, err := move(v, steps[0])
	if err != nil {
		return err
	}
	if v.Kind() == reflect.Map {
		entry := reflect.New(target.Type()).Elem()
		entry.Set(target)
		defer v.SetMapIndex(reflect.ValueOf(steps[0].index).Convert(v.Type().Key()), entry)
		target = entry
	}
	if len(steps) > 1 {
		return set(target, steps[1:], value)
	}
	return assign(target, value)
}

// assign stores value (nil for zero) into the settable v. Numbers convert
// to other numeric types and strings to named string types, nothing else
// (reflect would turn an int into a one-rune string).
func assign(v reflect.Value, value any) error {
	if value == nil {
		v.SetZero()
		return nil
	}
	t := v.Type()
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	x := reflect.ValueOf(value)
	if !x.Type().AssignableTo(t) && (family(x.Kind()) == "" || family(x.Kind()) != family(t.Kind())) {
		return fmt.Errorf("cannot store %T in %s", value, v.Type())
	}
	x = x.Convert(t)
	if v.Kind() == reflect.Pointer {
		p := reflect.New(t)
		p.Elem().Set(x)
		x = p
	}
	v.Set(x)
	return nil
}

// deepCopy copies v with every pointer, slice and map it reaches
// duplicated, so changing the copy cannot change v. Struct fields are
// copied whole first, which keeps unexported state such as a time.Time's.
func deepCopy(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		p := reflect.New(v.Type().Elem())
		p.Elem().Set(deepCopy(v.Elem()))
		return p
	case reflect.Struct:
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		for i := range v.NumField() {
			if c.Field(i).CanSet() {
				c.Field(i).Set(deepCopy(v.Field(i)))
			}
		}
		return c
	case reflect.Slice:
		return copySlice(v)
	case reflect.Map:
		return copyMap(v)
	}
	return v
}

func copySlice(v reflect.Value) reflect.Value {
	if v.IsNil() {
		return v
	}
	c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
	for i := range v.Len() {
		c.Index(i).Set(deepCopy(v.Index(i)))
	}
	return c
}

func copyMap(v reflect.Value) reflect.Value {
	if v.IsNil() {
		return v
	}
	c := reflect.MakeMapWithSize(v.Type(), v.Len())
	for it := v.MapRange(); it.Next(); {
		c.SetMapIndex(it.Key(), deepCopy(it.Value()))
	}
	return c
}

// family groups kinds that convert into each other without surprise.
func family(k reflect.Kind) string {
	switch k {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Float32, reflect.Float64:
		return "number"
	case reflect.String:
		return "string"
	}
	return ""
}
