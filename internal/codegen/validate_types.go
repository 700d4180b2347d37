package codegen

import (
	"bytes"
	"encoding/json"
	"strconv"
)

// typeRef checks that t names a known type and that its references,
// element and value types resolve.
func (v *validator) typeRef(where string, t *TypeRef) {
	switch t.Type {
	case typeObject:
		if v.idx.shapes[t.Ref] == nil {
			v.addf(where, "object refers to unknown shape %q", t.Ref)
		}
	case typeString, typeInt32, typeInt64:
		v.enumRef(where, t)
	case typeArray:
		v.elementType(where, "items", t.Items)
	case typeMap:
		v.elementType(where, "values", t.Values)
	case typeFloat64, typeBool, typeTime, typeBytes, typeAny:
	default:
		v.addf(where, "unknown type %q", t.Type)
	}
	if t.Ref != "" && t.Type != typeObject && t.Type != typeString && !isInteger(t.Type) {
		v.addf(where, "ref is only for objects (a shape) and strings or integers (an enum)")
	}
	if t.Items != nil && t.Type != typeArray {
		v.addf(where, "items is only for arrays")
	}
	if t.Values != nil && t.Type != typeMap {
		v.addf(where, "values is only for maps")
	}
}

func (v *validator) enumRef(where string, t *TypeRef) {
	if t.Ref == "" {
		return
	}
	e := v.idx.enums[t.Ref]
	switch {
	case e == nil:
		v.addf(where, "refers to unknown enum %q", t.Ref)
	case e.Type != t.Type:
		v.addf(where, "is %s but enum %s is %s", t.Type, e.Name, e.Type)
	}
}

func (v *validator) elementType(where, key string, t *TypeRef) {
	if t == nil {
		v.addf(where, "%s is required", key)
		return
	}
	v.typeRef(where+" "+key, t)
}

// rangeAndDefault checks that a range bounds a number with min <= max and
// that a default has the field's type and lies in the range.
func (v *validator) rangeAndDefault(where string, f *Field) {
	if f.Range != nil {
		v.checkRange(where, f)
	}
	if len(f.Default) > 0 {
		v.checkDefault(where, f)
	}
}

func (v *validator) checkRange(where string, f *Field) {
	if !isNumeric(f.Type) {
		v.addf(where, "range is only for int32, int64 and float64 fields")
		return
	}
	if f.Range.Min == nil && f.Range.Max == nil {
		v.addf(where, "range needs min, max or both")
	}
	for _, n := range []*json.Number{f.Range.Min, f.Range.Max} {
		if n != nil && !validNumber(f.Type, *n) {
			v.addf(where, "range bound %s is not a valid %s", *n, f.Type)
			return
		}
	}
	if f.Range.Min != nil && f.Range.Max != nil && compareNumbers(*f.Range.Min, *f.Range.Max) > 0 {
		v.addf(where, "range min %s is greater than max %s", *f.Range.Min, *f.Range.Max)
	}
}

func (v *validator) checkDefault(where string, f *Field) {
	dec := json.NewDecoder(bytes.NewReader(f.Default))
	dec.UseNumber()
	var val any
	if err := dec.Decode(&val); err != nil {
		v.addf(where, "default is not valid JSON: %v", err)
		return
	}
	if !defaultMatches(f.Type, val) {
		v.addf(where, "default %s does not fit type %s", f.Default, f.Type)
		return
	}
	if n, ok := val.(json.Number); ok && f.Range != nil && !inRange(n, f.Range) {
		v.addf(where, "default %s is outside the range", n)
	}
}

// defaultMatches reports whether a decoded JSON value suits a scalar type.
func defaultMatches(typ string, val any) bool {
	switch val := val.(type) {
	case string:
		return typ == typeString || typ == typeTime
	case bool:
		return typ == typeBool
	case json.Number:
		return isNumeric(typ) && validNumber(typ, val)
	}
	return false
}

// validNumber reports whether n is a literal of the numeric type typ.
func validNumber(typ string, n json.Number) bool {
	var err error
	switch typ {
	case typeInt32:
		_, err = strconv.ParseInt(string(n), 10, 32)
	case typeInt64:
		_, err = strconv.ParseInt(string(n), 10, 64)
	default:
		_, err = strconv.ParseFloat(string(n), 64)
	}
	return err == nil
}

// compareNumbers compares two valid numbers, exactly when both are integers.
func compareNumbers(a, b json.Number) int {
	ai, aerr := a.Int64()
	bi, berr := b.Int64()
	if aerr == nil && berr == nil {
		switch {
		case ai < bi:
			return -1
		case ai > bi:
			return 1
		}
		return 0
	}
	af, _ := a.Float64()
	bf, _ := b.Float64()
	switch {
	case af < bf:
		return -1
	case af > bf:
		return 1
	}
	return 0
}

func inRange(n json.Number, r *Range) bool {
	return (r.Min == nil || compareNumbers(n, *r.Min) >= 0) && (r.Max == nil || compareNumbers(n, *r.Max) <= 0)
}

// rangeIncludesZero reports whether r is documented and allows 0, which
// then needs a pointer to be sent.
func rangeIncludesZero(r *Range) bool {
	return r != nil && inRange("0", r)
}
