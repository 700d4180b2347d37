package codegen

// alibabaInput checks an Alibaba request parameter: location, style (and
// that the type can be sent that way) and fill.
func (v *validator) alibabaInput(where string, f *Field) {
	if f.Location != "" && f.Location != locQuery && f.Location != locForm {
		v.addf(where, "alibaba location %q is not query or form", f.Location)
	}
	if f.WholeBody || f.Type == typeBytes {
		v.addf(where, "wholeBody and bytes are for huawei services")
	}
	v.requiredRule(where, f)
	v.zeroEnumRule(where, f)
	switch f.Style {
	case "", styleFlat:
		v.flatValue(where, f.TypeRef)
	case styleRepeatList:
		v.repeatList(where, f)
	case styleJSON:
		v.jsonStyle(where, f)
	case styleSimple:
		if f.Type != typeArray || f.Items == nil || f.Items.Type != typeString {
			v.addf(where, "style simple is for arrays of strings")
		}
	default:
		v.addf(where, "unknown style %q", f.Style)
	}
	v.fill(where, f)
}

func (v *validator) fill(where string, f *Field) {
	want := map[string]string{fillRegionID: "RegionId", fillClientToken: "ClientToken"}
	switch f.Fill {
	case "", fillSigner:
	case fillRegionID, fillClientToken:
		if f.Name != want[f.Fill] || f.Type != typeString {
			v.addf(where, "fill %s is for the string parameter %s, which the client fills by that name", f.Fill, want[f.Fill])
		}
		if f.Required {
			v.addf(where, "fill %s: the client fills it, so it cannot be required", f.Fill)
		}
	default:
		v.addf(where, "unknown fill %q", f.Fill)
	}
}

func (v *validator) repeatList(where string, f *Field) {
	if f.Type != typeArray || f.Items == nil {
		v.addf(where, "style repeatList is for arrays")
		return
	}
	v.flatElement(where, *f.Items)
}

func (v *validator) jsonStyle(where string, f *Field) {
	switch {
	case isScalar(f.TypeRef):
		v.addf(where, "style json is for arrays, objects, maps and any")
	case f.Type == typeObject && !f.Pointer:
		v.addf(where, "an object sent with style json must set pointer, so nil means not sent")
	}
}

// flatValue checks a value sent with style flat: a scalar, an object whose
// members are flat too, or a map of scalars.
func (v *validator) flatValue(where string, t TypeRef) {
	switch {
	case isScalar(t):
	case t.Type == typeObject:
		v.flatShape(where, t.Ref, map[string]bool{})
	case t.Type == typeMap:
		if t.Values != nil && !isScalar(*t.Values) {
			v.addf(where, "a map sent flat must have scalar values; use style json")
		}
	case t.Type == typeArray:
		v.addf(where, "an array needs style repeatList, json or simple")
	default:
		v.addf(where, "type %s needs style json", t.Type)
	}
}

// flatElement checks a list element sent as Name.N or Name.N.Key.
func (v *validator) flatElement(where string, t TypeRef) {
	switch {
	case isScalar(t):
	case t.Type == typeObject:
		v.flatShape(where, t.Ref, map[string]bool{})
	default:
		v.addf(where, "list elements sent flat must be scalars or objects; use style json")
	}
}

// flatShape checks that every member of a shape can be flattened into
// Name.Key parameters: scalars, nested objects, lists of those, maps of
// scalars. seen stops at recursion, which cycles reports.
func (v *validator) flatShape(where, name string, seen map[string]bool) {
	s := v.idx.shapes[name]
	if s == nil || seen[name] {
		return
	}
	seen[name] = true
	for i := range s.Fields {
		f := &s.Fields[i]
		fw := where + " (shape " + name + " field " + f.Name + ")"
		switch {
		case isScalar(f.TypeRef):
		case f.Type == typeObject:
			v.flatShape(where, f.Ref, seen)
		case f.Type == typeArray && f.Items != nil:
			if f.Items.Type == typeObject {
				v.flatShape(where, f.Items.Ref, seen)
			} else if !isScalar(*f.Items) {
				v.addf(fw, "cannot be sent flat: nested lists need style json")
			}
		case f.Type == typeMap && f.Values != nil && isScalar(*f.Values):
		default:
			v.addf(fw, "cannot be sent flat; use style json")
		}
	}
}

// huaweiInput checks a Huawei request member and its location.
func (v *validator) huaweiInput(where string, f *Field) {
	if f.Style != "" || f.Fill != "" {
		v.addf(where, "style and fill are for alibaba services")
	}
	v.requiredRule(where, f)
	v.zeroEnumRule(where, f)
	v.huaweiLocation(where, f)
	if f.WholeBody && f.Location != "" && f.Location != locBody {
		v.addf(where, "wholeBody is only for the body")
	}
}

// huaweiLocation checks that the type can travel where the field goes.
func (v *validator) huaweiLocation(where string, f *Field) {
	switch f.Location {
	case locPath:
		if !isScalar(f.TypeRef) || !f.Required {
			v.addf(where, "a path parameter is a required scalar")
		}
	case locQuery:
		if !isScalar(f.TypeRef) && (f.Type != typeArray || f.Items == nil || !isScalar(*f.Items)) {
			v.addf(where, "a query parameter is a scalar or an array of scalars")
		}
	case locHeader:
		if !isScalar(f.TypeRef) {
			v.addf(where, "a header is a scalar")
		}
	case "", locBody:
		v.bodyMember(where, f)
	case locForm:
		if !isScalar(f.TypeRef) && f.Type != typeBytes {
			v.addf(where, "a multipart part is a scalar or bytes")
		}
	default:
		v.addf(where, "huawei location %q is not path, query, header, body or form", f.Location)
	}
}

func (v *validator) bodyMember(where string, f *Field) {
	switch {
	case f.WholeBody && isScalar(f.TypeRef):
		v.addf(where, "a whole body is an object, array, map, any or bytes")
	case !f.WholeBody && f.Type == typeBytes:
		v.addf(where, "bytes in the body must be the whole body")
	}
}
