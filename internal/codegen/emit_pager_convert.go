package codegen

import "strings"

// Pagers count in int (page numbers, sizes) and int64 (offsets, totals);
// specs declare the fields as int32, int64 or string, and a request field
// may be a pointer. The functions below convert between the two in the
// emitted closures. A pager writes zero only where it means "not sent"
// (no size, the first offset; the request hash also clears the fields
// with zeros), so zero becomes "" in a string field and nil in a pointer
// field, as a zero field would be treated anyway.

// toRequest is the expression that stores x, of the pager's Go type from
// (string, int or int64), in a request field of Go type to.
func (g *generator) toRequest(to, from, x string) string {
	base, pointer := strings.CutPrefix(to, "*")
	v := x
	switch {
	case base == from:
	case base == typeString:
		g.helpers["pagingParam"] = true
		v = "pagingParam(" + asInt64(from, x) + ")"
	default:
		v = base + "(" + x + ")"
	}
	if pointer {
		g.helpers["pagingRef"] = true
		v = "pagingRef(" + v + ")"
	}
	return v
}

// fromResponse is the expression that reads x, a response member of Go
// type from, as the pager's Go type to (string, int or int64, or the
// items' slice type).
func (g *generator) fromResponse(from, to, x string) string {
	switch {
	case from == to:
		return x
	case from == typeString:
		g.helpers["pagingValue"] = true
		return asType(to, "pagingValue("+x+")")
	}
	return to + "(" + x + ")"
}

// asInt64 converts x, an int or int64, to int64.
func asInt64(from, x string) string {
	if from == typeInt64 {
		return x
	}
	return "int64(" + x + ")"
}

// asType converts x, an int64, to to (int or int64).
func asType(to, x string) string {
	if to == typeInt64 {
		return x
	}
	return to + "(" + x + ")"
}

// pagingHelpers emits into client_gen.go the conversion helpers the
// pagers of the package turned out to need.
func (g *generator) pagingHelpers(f *goFile) {
	if g.helpers["pagingParam"] {
		f.use("strconv")
		f.printf("%s", pagingParamSource)
	}
	if g.helpers["pagingValue"] {
		f.use("strconv")
		f.printf("%s", pagingValueSource)
	}
	if g.helpers["pagingRef"] {
		f.printf("%s", pagingRefSource)
	}
}

const pagingParamSource = `// pagingParam formats a page number, offset or page size for a parameter
// declared as a string. Zero gives "", which is not sent.
func pagingParam(n int64) string {
	if n == 0 {
		return ""
	}
	return strconv.FormatInt(n, 10)
}
`

const pagingValueSource = `// pagingValue reads a total or page size that the response declares as a
// string. Anything that is not an integer reads as 0, which pagers take as
// "the server did not say".
func pagingValue(s string) int64 {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0
	}
	return n
}
`

const pagingRefSource = `// pagingRef points at a copy of v for a pointer parameter, or is nil when
// v is zero: pagers write zero only to mean "not sent".
func pagingRef[T comparable](v T) *T {
	var zero T
	if v == zero {
		return nil
	}
	return &v
}
`
