package importer

import "fmt"

// Providers, as facts files and specs name them.
const (
	providerAlibaba = "alibaba"
	providerHuawei  = "huawei"
)

// Spec type names (codegen.TypeRef.Type).
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

// scalarType maps a facts scalar (type and format) to a spec type:
// integer is int32 unless its format says int64, long is int64, number is
// float64, a date-time string is time and a binary string is bytes.
func scalarType(f *FactField) (string, error) {
	switch f.Type {
	case "string":
		switch f.Format {
		case "date-time":
			return typeTime, nil
		case "binary":
			return typeBytes, nil
		}
		return typeString, nil
	case "integer":
		if f.Format == "int64" {
			return typeInt64, nil
		}
		return typeInt32, nil
	case "long":
		return typeInt64, nil
	case "number":
		return typeFloat64, nil
	case "boolean":
		return typeBool, nil
	case "any":
		return typeAny, nil
	}
	return "", fmt.Errorf("unknown facts type %q", f.Type)
}
