package codegen

import (
	"encoding/json"
	"fmt"
	"time"
)

// sample is a synthetic value of one field, built once per operation for
// the generated tests and then rendered wherever it shows up: as a Go
// literal in the request, as the parameters, query, headers, parts or JSON
// the server must receive, and as the server's reply. Building it once
// keeps all of them in agreement.
type sample struct {
	t TypeRef
	// scalar is the value of a scalar: string, int64, float64, bool,
	// time.Time or []byte (any is sent as a string). For an enum it is
	// the wire value of one of the enum's values.
	scalar any
	// enumConst is the Go constant of an enum value, unqualified.
	enumConst string
	members   []member  // object: every member of the shape, in order
	elems     []*sample // array
	key       string    // map: its one key
	value     *sample   // map: the value under key
}

// member is one member of an object sample; v is nil when it was left
// empty to stop a shape that contains itself.
type member struct {
	f *Field
	v *sample
}

// sampler hands out synthetic values. Every scalar gets the next number
// of a counter, so no two values of an operation are equal and a value
// sent in the wrong place cannot pass for the right one.
type sampler struct {
	g *generator
	n int
	// request says the values are request fields: lists get two elements
	// (replies one), and pointer numbers, bools and enums are zero where
	// allowed, which only a pointer can send.
	request bool
	open    map[string]bool // shapes being built, to stop recursion
}

func newSampler(g *generator, request bool) *sampler {
	return &sampler{g: g, request: request, open: map[string]bool{}}
}

// baseTime is the first synthetic time; each one is n seconds later.
var baseTime = time.Date(2024, time.January, 2, 3, 4, 0, 0, time.UTC)

// field samples a field's value, or returns nil when nothing can be built
// (a shape already being built).
func (sm *sampler) field(f *Field) *sample {
	if isScalar(f.TypeRef) || f.Type == typeBytes || f.Type == typeAny {
		return sm.scalar(f.TypeRef, f, true)
	}
	return sm.value(f.TypeRef, f)
}

// value samples a value of type t. f is the field it belongs to, for its
// wire name and location; list elements and map values share their
// field's.
func (sm *sampler) value(t TypeRef, f *Field) *sample {
	switch t.Type {
	case typeObject:
		return sm.object(t)
	case typeArray:
		return sm.array(t, f)
	case typeMap:
		sm.n++
		key := fmt.Sprintf("key-%d", sm.n)
		if v := sm.value(*t.Values, f); v != nil {
			return &sample{t: t, key: key, value: v}
		}
		return nil
	}
	return sm.scalar(t, f, false)
}

func (sm *sampler) object(t TypeRef) *sample {
	if sm.open[t.Ref] {
		return nil
	}
	sm.open[t.Ref] = true
	defer delete(sm.open, t.Ref)
	s := &sample{t: t}
	for i := range sm.g.shapes[t.Ref].Fields {
		f := &sm.g.shapes[t.Ref].Fields[i]
		s.members = append(s.members, member{f: f, v: sm.field(f)})
	}
	return s
}

func (sm *sampler) array(t TypeRef, f *Field) *sample {
	s := &sample{t: t}
	for range sm.listLen() {
		e := sm.value(*t.Items, f)
		if e == nil {
			return nil
		}
		s.elems = append(s.elems, e)
	}
	return s
}

func (sm *sampler) listLen() int {
	if sm.request {
		return 2
	}
	return 1
}

// scalar samples a scalar. own says the value is the field's own rather
// than a list element or map value, so its range and pointer flag apply.
func (sm *sampler) scalar(t TypeRef, f *Field, own bool) *sample {
	sm.n++
	s := &sample{t: t}
	pointer := own && sm.request && f.Pointer
	if e := sm.g.enums[t.Ref]; e != nil {
		ev := sm.enumValue(e, pointer)
		s.scalar, s.enumConst = enumScalar(ev.Value), enumConstName(e, ev)
		return s
	}
	pointerZero := pointer && (f.Range == nil || rangeIncludesZero(f.Range))
	switch t.Type {
	case typeInt32, typeInt64:
		s.scalar = int64(sm.number(f, own, pointerZero, 0))
	case typeFloat64:
		s.scalar = sm.number(f, own, pointerZero, 0.5)
	case typeBool:
		s.scalar = !pointerZero
	case typeTime:
		s.scalar = baseTime.Add(time.Duration(sm.n) * time.Second)
	case typeBytes:
		s.scalar = []byte(fmt.Sprintf("%s-%d", f.Name, sm.n))
	default: // string, any
		s.scalar = sm.text(f)
	}
	return s
}

// enumValue picks one of an enum's values by the counter, or for a
// pointer field its zero value when it has one: sending that is what the
// pointer is for.
func (sm *sampler) enumValue(e *Enum, pointer bool) EnumValue {
	if pointer {
		for _, ev := range e.Values {
			if lit, _ := enumLiteral(e.Type, ev.Value); lit == "0" || lit == `""` {
				return ev
			}
		}
	}
	return e.Values[sm.n%len(e.Values)]
}

// text is a synthetic string: the wire name and the counter. A Huawei
// path parameter also gets a space and a slash, which must arrive
// escaped as part of one path segment.
func (sm *sampler) text(f *Field) string {
	if f.Location == locPath && !sm.g.alibaba() {
		return fmt.Sprintf("%s %d/x", f.Name, sm.n)
	}
	return fmt.Sprintf("%s-%d", f.Name, sm.n)
}

// number is the counter plus frac, or zero for a pointer that can send
// it, moved into the field's documented range.
func (sm *sampler) number(f *Field, own, zero bool, frac float64) float64 {
	if zero {
		return 0
	}
	v := float64(sm.n) + frac
	if own && f.Range != nil {
		v = clamp(f.Range, v)
	}
	return v
}

// enumScalar is an enum value from the spec as a sample scalar: the
// string, or the integer.
func enumScalar(v any) any {
	if n, ok := v.(json.Number); ok {
		i, _ := n.Int64()
		return i
	}
	return v
}

// clamp moves v into r.
func clamp(r *Range, v float64) float64 {
	if r.Min != nil {
		if lo, _ := r.Min.Float64(); v < lo {
			v = lo
		}
	}
	if r.Max != nil {
		if hi, _ := r.Max.Float64(); v > hi {
			v = hi
		}
	}
	return v
}
