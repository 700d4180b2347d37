package codegen

import (
	"encoding/json"
	"strconv"
)

// goType is the Go type of t in a struct field.
func goType(t TypeRef) string {
	switch t.Type {
	case typeObject:
		return t.Ref
	case typeArray:
		return "[]" + goType(*t.Items)
	case typeMap:
		return "map[string]" + goType(*t.Values)
	case typeTime:
		return "time.Time"
	case typeBytes:
		return "[]byte"
	}
	if t.Ref != "" {
		return t.Ref // an enum
	}
	return t.Type // string, int32, int64, float64, bool, any
}

// fieldType is the Go type of a field: its type, or a pointer to it.
func fieldType(f *Field) string {
	if f.Pointer {
		return "*" + goType(f.TypeRef)
	}
	return goType(f.TypeRef)
}

// usesTime reports whether t mentions time.Time.
func usesTime(t *TypeRef) bool {
	switch {
	case t == nil:
		return false
	case t.Type == typeTime:
		return true
	}
	return usesTime(t.Items) || usesTime(t.Values)
}

// enumLiteral is the Go literal of an enum value decoded from the spec (a
// string, or a json.Number for integer enums), and whether it fits typ.
func enumLiteral(typ string, value any) (string, bool) {
	switch v := value.(type) {
	case string:
		return strconv.Quote(v), typ == typeString
	case json.Number:
		return string(v), isInteger(typ) && validNumber(typ, v)
	}
	return "", false
}

// enumConstName is the name of the constant for one enum value: the
// enum's name followed by the value's Go name.
func enumConstName(e *Enum, ev EnumValue) string {
	if ev.GoName != "" {
		return e.Name + ev.GoName
	}
	switch v := ev.Value.(type) {
	case string:
		return e.Name + goName(v)
	case json.Number:
		return e.Name + goName(string(v))
	}
	return e.Name
}
