package codegen

// fieldRole says where a field list sits; the rules differ.
type fieldRole int

const (
	roleShape fieldRole = iota
	roleInput
	roleOutput
)

// Field attribute values.
const (
	locQuery  = "query"
	locForm   = "form"
	locPath   = "path"
	locHeader = "header"
	locBody   = "body"

	styleFlat       = "flat"
	styleRepeatList = "repeatList"
	styleJSON       = "json"
	styleSimple     = "simple"

	fillRegionID    = "regionId"
	fillClientToken = "clientToken"
	fillSigner      = "signer"
)

// fieldList checks a struct's fields and that their wire and Go names
// are unique.
func (v *validator) fieldList(where string, fields []Field, role fieldRole) {
	wires, goNames := map[string]bool{}, map[string]bool{}
	for i := range fields {
		f := &fields[i]
		if f.Name == "" {
			v.addf(where, "field %d has no name", i+1)
			continue
		}
		fw := where + ": field " + f.Name
		if key := f.Location + " " + f.Name; wires[key] {
			v.addf(fw, "is listed twice")
		} else {
			wires[key] = true
		}
		if f.Fill != fillSigner {
			v.uniqueGoName(fw, fieldGoName(f), goNames)
		}
		v.field(fw, f, role)
	}
}

func (v *validator) uniqueGoName(where, name string, seen map[string]bool) {
	switch {
	case !isExportedIdent(name):
		v.addf(where, "Go name %q is not an exported identifier; set goName", name)
	case seen[name]:
		v.addf(where, "Go name %s is used by another field; set goName", name)
	}
	seen[name] = true
}

// field checks one field: its type, range, default and the attributes
// that only make sense in some places.
func (v *validator) field(where string, f *Field, role fieldRole) {
	v.typeRef(where, &f.TypeRef)
	v.rangeAndDefault(where, f)
	if f.Pointer && !isScalar(f.TypeRef) && (f.Type != typeObject || f.Style != styleJSON) {
		v.addf(where, "pointer is only for scalars and for objects sent with style json")
	}
	if f.Wrap != "" && (f.Type != typeArray || !v.idx.alibaba()) {
		v.addf(where, "wrap is only for arrays of alibaba services")
	}
	switch {
	case role == roleInput && v.idx.alibaba():
		v.alibabaInput(where, f)
	case role == roleInput:
		v.huaweiInput(where, f)
	case role == roleOutput:
		v.output(where, f)
	default:
		v.noOperationAttrs(where, f)
	}
}

func (v *validator) noOperationAttrs(where string, f *Field) {
	if f.Location != "" || f.Style != "" || f.Fill != "" || f.WholeBody {
		v.addf(where, "location, style, fill and wholeBody are only for operation inputs and outputs")
	}
	if f.Type == typeBytes {
		v.addf(where, "bytes is only for multipart parts and whole bodies")
	}
}

// zeroEnumRule rejects a plain request field of an enum that has its
// type's zero value (0 or ""): encode leaves zero out, so that value
// could never be sent.
func (v *validator) zeroEnumRule(where string, f *Field) {
	e := v.idx.enums[f.Ref]
	if e == nil || f.Pointer || !isScalar(f.TypeRef) {
		return
	}
	for _, ev := range e.Values {
		if lit, _ := enumLiteral(e.Type, ev.Value); lit == "0" || lit == `""` {
			v.addf(where, "enum %s has the value %s, which is not sent unless the field is a pointer; set pointer", e.Name, lit)
			return
		}
	}
}

// requiredRule rejects a required request value whose zero value is
// meaningful: encode could not tell "left empty" from "send zero".
func (v *validator) requiredRule(where string, f *Field) {
	if !f.Required || f.Pointer {
		return
	}
	if f.Type == typeBool || (isNumeric(f.Type) && rangeIncludesZero(f.Range)) {
		v.addf(where, "is required and zero is a valid value; set pointer")
	}
}

func (v *validator) output(where string, f *Field) {
	if f.Pointer {
		v.addf(where, "response fields are plain values; pointer is for requests")
	}
	if f.Style != "" || f.Fill != "" {
		v.addf(where, "style and fill are for inputs")
	}
	if v.idx.alibaba() {
		if f.Location != "" || f.WholeBody || f.Type == typeBytes {
			v.addf(where, "alibaba outputs take no location, wholeBody or bytes")
		}
		return
	}
	v.huaweiOutput(where, f)
}

func (v *validator) huaweiOutput(where string, f *Field) {
	switch f.Location {
	case "", locBody:
		if f.Type == typeBytes && !f.WholeBody {
			v.addf(where, "bytes is only for a whole body")
		}
	case locHeader:
		if f.Type != typeString || f.Ref != "" || f.WholeBody {
			v.addf(where, "a response header is a plain string")
		}
	default:
		v.addf(where, "output location %q is not body or header", f.Location)
	}
}
