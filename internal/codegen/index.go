package codegen

import (
	"slices"
	"strings"
)

// Providers.
const (
	providerAlibaba = "alibaba"
	providerHuawei  = "huawei"
)

// Type names of TypeRef.Type.
const (
	typeString  = "string"
	typeInt32   = "int32"
	typeInt64   = "int64"
	typeFloat64 = "float64"
	typeBool    = "bool"
	typeTime    = "time"
	typeBytes   = "bytes"
	typeObject  = "object"
	typeArray   = "array"
	typeMap     = "map"
	typeAny     = "any"
)

// index gives the generator and the validator fast access to a spec's
// named shapes and enums.
type index struct {
	spec   *Spec
	shapes map[string]*Shape
	enums  map[string]*Enum
}

func newIndex(s *Spec) *index {
	x := &index{spec: s, shapes: map[string]*Shape{}, enums: map[string]*Enum{}}
	for i := range s.Shapes {
		x.shapes[s.Shapes[i].Name] = &s.Shapes[i]
	}
	for i := range s.Enums {
		x.enums[s.Enums[i].Name] = &s.Enums[i]
	}
	return x
}

func (x *index) alibaba() bool { return x.spec.Service.Provider == providerAlibaba }

// isScalar reports whether t is sent as one string value: a scalar type,
// possibly an enum.
func isScalar(t TypeRef) bool {
	switch t.Type {
	case typeString, typeInt32, typeInt64, typeFloat64, typeBool, typeTime:
		return true
	}
	return false
}

func isInteger(t string) bool { return t == typeInt32 || t == typeInt64 }

func isNumeric(t string) bool { return isInteger(t) || t == typeFloat64 }

// outputFields returns the response members of op: its output fields, or
// the fields of its output shape.
func (x *index) outputFields(op *Operation) []Field {
	if op.OutputShape != "" {
		if s := x.shapes[op.OutputShape]; s != nil {
			return s.Fields
		}
	}
	return op.Output
}

// resolvePath follows a dotted path of wire names through fields and
// object shapes and returns the field at its end, or nil with the
// segment that failed.
func (x *index) resolvePath(fields []Field, path string) (*Field, string) {
	segs := strings.Split(path, ".")
	for i, seg := range segs {
		j := slices.IndexFunc(fields, func(f Field) bool { return f.Name == seg })
		if j < 0 {
			return nil, seg
		}
		f := &fields[j]
		if i == len(segs)-1 {
			return f, ""
		}
		s := x.shapes[f.Ref]
		if f.Type != typeObject || s == nil {
			return nil, seg
		}
		fields = s.Fields
	}
	return nil, path
}

// findField returns the field named wire, or nil.
func findField(fields []Field, wire string) *Field {
	for i := range fields {
		if fields[i].Name == wire {
			return &fields[i]
		}
	}
	return nil
}

// fieldGoName is the Go name of a field: its override or the derived name.
func fieldGoName(f *Field) string {
	if f.GoName != "" {
		return f.GoName
	}
	return goName(f.Name)
}
