package codegen

// valueString is the Go expression that formats x, a scalar of type t, as
// the string sent on the wire. It records the imports it needs.
func valueString(f *goFile, t TypeRef, x string) string {
	switch t.Type {
	case typeString:
		if t.Ref != "" {
			return "string(" + x + ")"
		}
		return x
	case typeInt32:
		f.use("strconv")
		return "strconv.FormatInt(int64(" + x + "), 10)"
	case typeInt64:
		f.use("strconv")
		if t.Ref != "" {
			return "strconv.FormatInt(int64(" + x + "), 10)"
		}
		return "strconv.FormatInt(" + x + ", 10)"
	case typeFloat64:
		f.use("strconv")
		return "strconv.FormatFloat(" + x + ", 'f', -1, 64)"
	case typeBool:
		f.use("strconv")
		return "strconv.FormatBool(" + x + ")"
	}
	f.use("time")
	return x + ".UTC().Format(time.RFC3339)" // typeTime
}

// fieldValue is the expression of a field's value: x, dereferenced when
// the field is a pointer.
func fieldValue(fl *Field, x string) string {
	if fl.Pointer {
		return "*" + x
	}
	return x
}

// sendIf wraps code in "if <field is set> { … }". Required fields are
// wrapped too: the check has already refused them empty, and the guard
// keeps one shape of code for every field.
func sendIf(f *goFile, fl *Field, x, code string) {
	f.printf("if %s {\n%s\n}", nonZero(fl, x), code)
}
