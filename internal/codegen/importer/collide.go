package importer

import (
	"encoding/json"
	"strconv"

	"github.com/polycloud-go/polycloud/internal/codegen"
)

// dedupeGoNames gives a Go name to a field whose derived name another
// field of the same struct already has ("ip" and "IP", or a Huawei query
// and body member of one name): the later field gets its location
// appended ("NameQuery"), or a number. Enum constants get the same
// treatment. Names already set are left alone.
func dedupeGoNames(s *codegen.Spec) {
	for i := range s.Operations {
		op := &s.Operations[i]
		dedupeFields(op.Input)
		dedupeFields(op.Output)
	}
	for i := range s.Shapes {
		dedupeFields(s.Shapes[i].Fields)
	}
	for i := range s.Enums {
		dedupeEnumValues(&s.Enums[i])
	}
}

func dedupeFields(fs []codegen.Field) {
	seen := map[string]bool{}
	for i := range fs {
		f := &fs[i]
		if f.Fill == fillSigner {
			continue
		}
		name := fieldGoName(f)
		if seen[name] && f.GoName == "" {
			f.GoName = unusedName(name, goName(f.Location), seen)
			name = f.GoName
		}
		seen[name] = true
	}
}

func dedupeEnumValues(e *codegen.Enum) {
	seen := map[string]bool{}
	for i := range e.Values {
		ev := &e.Values[i]
		name := ev.GoName
		if name == "" {
			name = enumValueGoName(ev.Value)
		}
		if seen[name] {
			ev.GoName = unusedName(name, "", seen)
			name = ev.GoName
		}
		seen[name] = true
	}
}

// unusedName is name with suffix, or with a number, that seen lacks.
func unusedName(name, suffix string, seen map[string]bool) string {
	if suffix != "" && !seen[name+suffix] {
		return name + suffix
	}
	for n := 2; ; n++ {
		if c := name + strconv.Itoa(n); !seen[c] {
			return c
		}
	}
}

func fieldGoName(f *codegen.Field) string {
	if f.GoName != "" {
		return f.GoName
	}
	return goName(f.Name)
}

// enumValueGoName is the constant suffix the generator derives from a
// value.
func enumValueGoName(v any) string {
	switch v := v.(type) {
	case string:
		return goName(v)
	case json.Number:
		return goName(string(v))
	}
	return ""
}
