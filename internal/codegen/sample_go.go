package codegen

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// goLiterals renders samples as Go expressions in a test package, where
// the service package's names are qualified ("ga.Listener").
type goLiterals struct {
	f   *goFile
	pkg string // the service package's name
}

// field is the expression of a field's value: its value, or for a
// pointer field a pointer to it.
func (l goLiterals) field(fl *Field, s *sample) string {
	if !fl.Pointer {
		return l.value(s, false)
	}
	if fl.Type == typeObject {
		return "&" + l.value(s, false)
	}
	l.f.use(gentestPath)
	return "gentest.Ptr(" + l.typedScalar(s) + ")"
}

// value is the expression of s. elide leaves out the type of an object,
// as a slice or map literal allows.
func (l goLiterals) value(s *sample, elide bool) string {
	switch s.t.Type {
	case typeObject:
		return l.object(s, elide)
	case typeArray:
		elems := make([]string, len(s.elems))
		for i, e := range s.elems {
			elems[i] = l.value(e, true)
		}
		return l.typeName(s.t) + "{" + l.list(elems) + "}"
	case typeMap:
		entry := fmt.Sprintf("%q: %s", s.key, l.value(s.value, true))
		if s.value.t.Type == typeObject {
			entry = "\n" + entry + ",\n"
		}
		return l.typeName(s.t) + "{" + entry + "}"
	}
	return l.scalar(s)
}

// list joins elements, one per line when they are objects.
func (l goLiterals) list(elems []string) string {
	if len(elems) > 0 && strings.HasPrefix(elems[0], "{") {
		return "\n" + strings.Join(elems, ",\n") + ",\n"
	}
	return strings.Join(elems, ", ")
}

func (l goLiterals) object(s *sample, elide bool) string {
	var b strings.Builder
	if !elide {
		b.WriteString(l.typeName(s.t))
	}
	b.WriteString("{\n")
	for _, m := range s.members {
		if m.v != nil {
			fmt.Fprintf(&b, "%s: %s,\n", fieldGoName(m.f), l.field(m.f, m.v))
		}
	}
	b.WriteString("}")
	return b.String()
}

// scalar is the expression of a scalar, untyped where Go allows it.
func (l goLiterals) scalar(s *sample) string {
	if s.enumConst != "" {
		return l.pkg + "." + s.enumConst
	}
	switch v := s.scalar.(type) {
	case string:
		return strconv.Quote(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case time.Time:
		l.f.use("time")
		return fmt.Sprintf("time.Date(%d, %d, %d, %d, %d, %d, 0, time.UTC)", v.Year(), v.Month(), v.Day(), v.Hour(), v.Minute(), v.Second())
	case []byte:
		return "[]byte(" + strconv.Quote(string(v)) + ")"
	}
	panic(fmt.Sprintf("codegen: sample of unexpected type %T", s.scalar))
}

// typedScalar is a scalar expression whose type is the field's, for
// gentest.Ptr to infer.
func (l goLiterals) typedScalar(s *sample) string {
	v := l.scalar(s)
	if s.enumConst == "" && isNumeric(s.t.Type) {
		return s.t.Type + "(" + v + ")"
	}
	return v
}

// typeName is the Go type of t with the package's names qualified.
func (l goLiterals) typeName(t TypeRef) string {
	switch t.Type {
	case typeObject:
		return l.pkg + "." + t.Ref
	case typeArray:
		return "[]" + l.typeName(*t.Items)
	case typeMap:
		return "map[string]" + l.typeName(*t.Values)
	}
	if t.Ref != "" {
		return l.pkg + "." + t.Ref
	}
	if t.Type == typeTime {
		l.f.use("time")
	}
	return goType(t)
}
