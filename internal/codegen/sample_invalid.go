package codegen

import (
	"encoding/json"
	"strconv"
)

// invalidCase is a change to a sampled request that the client must
// refuse: the value at goPath left zero (value "") or set to value, a Go
// expression, and the ParamError's field and problem ("" for "is
// required").
type invalidCase struct {
	goPath, wire   string
	value, problem string
}

// holder is an object on the way from the request down to a member:
// whether it is its field's value itself (rather than a list element or
// map value, which are checked whatever they hold), and how many of its
// members have a value.
type holder struct {
	f      *Field
	wire   string
	direct bool
	count  int
}

// invalidCases lists, for a sampled request, one case per required
// member left zero and per ranged member set out of range, at every depth
// along the first element of lists and maps.
func (g *generator) invalidCases(inputs []member) []invalidCase {
	var out []invalidCase
	for _, m := range inputs {
		if m.v != nil && m.f.Fill == "" {
			out = g.invalidMember(out, m, fieldGoName(m.f), m.f.Name, nil)
		}
	}
	return out
}

func (g *generator) invalidMember(out []invalidCase, m member, goPath, wire string, holders []holder) []invalidCase {
	if m.f.Required {
		if at, ok := refusedAt(holders, wire); ok {
			out = append(out, invalidCase{goPath: goPath, wire: at})
		}
	}
	if bad, ok := outOfRange(m.f); ok {
		out = append(out, invalidCase{goPath: goPath, wire: wire, value: bad, problem: "must be " + rangeText(m.f.Range)})
	}
	if !g.checked[elementShape(m.f.TypeRef)] {
		return out
	}
	switch s := m.v; m.f.Type {
	case typeObject:
		return g.invalidMembers(out, s, goPath+".", wire+".", append(holders, holder{m.f, wire, true, populated(s)}))
	case typeArray:
		elem := g.elementWire(wire)
		return g.invalidMembers(out, s.elems[0], goPath+"[0].", elem+".", append(holders, holder{f: m.f, wire: elem}))
	case typeMap:
		return g.invalidMembers(out, s.value, goPath+"["+s.key+"].", wire+"."+s.key+".", append(holders, holder{f: m.f, wire: wire}))
	}
	return out
}

func (g *generator) invalidMembers(out []invalidCase, s *sample, goPrefix, wirePrefix string, holders []holder) []invalidCase {
	for _, m := range s.members {
		if m.v != nil {
			out = g.invalidMember(out, m, goPrefix+fieldGoName(m.f), wirePrefix+m.f.Name, holders)
		}
	}
	return out
}

// elementWire is the wire path of a list's first element, as the
// generated checks name it.
func (g *generator) elementWire(wire string) string {
	if g.alibaba() {
		return wire + ".1"
	}
	return wire + "[0]"
}

// refusedAt works out which member the client reports when the member at
// wire, below holders, is left zero, following the generated checks: an
// object left with no member set is itself zero, so a required one is
// reported as missing, an optional one is not sent and nothing is
// refused (ok false), and a pointer is still checked inside.
func refusedAt(holders []holder, wire string) (string, bool) {
	zero := make([]bool, len(holders))
	below := true
	for i := len(holders) - 1; i >= 0; i-- {
		below = below && holders[i].direct && holders[i].count == 1
		zero[i] = below
	}
	for i, h := range holders {
		switch {
		case !zero[i] || h.f.Pointer:
		case h.f.Required:
			return h.wire, true
		default:
			return "", false
		}
	}
	return wire, true
}

// populated counts the members of an object sample that have a value.
func populated(s *sample) int {
	n := 0
	for _, m := range s.members {
		if m.v != nil {
			n++
		}
	}
	return n
}

// outOfRange is a Go expression of the field's type just outside its
// range: above the maximum, or below the minimum. A value that would be
// zero is not sent at all (unless the field is a pointer), so it is no
// test of the range.
func outOfRange(f *Field) (string, bool) {
	if f.Range == nil || !isNumeric(f.Type) || f.Ref != "" {
		return "", false
	}
	bound, delta := f.Range.Max, 1.0
	if bound == nil {
		bound, delta = f.Range.Min, -1
	}
	v, ok := offset(*bound, delta, f.Type)
	if !ok || (v == "0" && !f.Pointer) {
		return "", false
	}
	return f.Type + "(" + v + ")", true
}

// offset adds delta to a bound, exactly for integers.
func offset(n json.Number, delta float64, typ string) (string, bool) {
	if isInteger(typ) {
		i, err := n.Int64()
		return strconv.FormatInt(i+int64(delta), 10), err == nil
	}
	x, err := n.Float64()
	return strconv.FormatFloat(x+delta, 'f', -1, 64), err == nil
}
