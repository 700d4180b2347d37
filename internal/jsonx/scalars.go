package jsonx

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

var numberType = reflect.TypeFor[json.Number]()

// scalar decodes the next value into a bool, number or string kind. Every
// combination of JSON token and Go kind has a defined result, so a mismatch
// costs at most this one value. Other kinds (complex, chan, func) are left
// alone, as encoding/json cannot decode them either.
func (d *decoder) scalar(v reflect.Value, k tokenKind) {
	text := d.next()
	if k == tokString && v.Kind() == reflect.String && v.Type() != numberType {
		v.SetString(unquoteString(text)) // the common case, in one allocation
		return
	}
	if k == tokString {
		text = unquote(text)
	}
	switch kind := v.Kind(); {
	case kind == reflect.String:
		v.SetString(toString(v.Type(), k, text))
	case kind == reflect.Bool:
		v.SetBool(toBool(k, text))
	case reflect.Int <= kind && kind <= reflect.Int64:
		setInt(v, k, text)
	case reflect.Uint <= kind && kind <= reflect.Uintptr:
		setUint(v, k, text)
	case kind == reflect.Float32 || kind == reflect.Float64:
		v.SetFloat(toFloat(k, text, v.Type().Bits()))
	}
}

// toString keeps every token's text: numbers verbatim (so 64-bit IDs stay
// exact), booleans as "true"/"false", objects and arrays as compact JSON so
// no data is lost. A json.Number only takes something that is a number.
func toString(t reflect.Type, k tokenKind, text []byte) string {
	switch {
	case t == numberType:
		return numberText(k, text)
	case k == tokObject || k == tokArray:
		var b bytes.Buffer
		if json.Compact(&b, text) == nil {
			text = b.Bytes()
		}
		return validUTF8(text)
	}
	return string(text)
}

// validUTF8 replaces each invalid byte with U+FFFD. Raw JSON text can carry
// invalid UTF-8 inside its strings; encoding/json repairs it the same way
// whenever it decodes a string, so no Go string this package produces differs
// from one it would produce.
func validUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			sb.WriteRune(utf8.RuneError)
		} else {
			sb.Write(b[:n])
		}
		b = b[n:]
	}
	return sb.String()
}

func numberText(k tokenKind, text []byte) string {
	if k == tokString {
		text = bytes.TrimSpace(text)
		if len(text) == 0 || text[0] != '-' && (text[0] < '0' || text[0] > '9') || !json.Valid(text) {
			return ""
		}
		return string(text)
	}
	if k == tokNumber {
		return string(text)
	}
	return ""
}

// toBool accepts true/false, "true"/"false" in any case, "1"/"0" and
// numbers (non-zero is true). Any other string is false.
func toBool(k tokenKind, text []byte) bool {
	switch k {
	case tokBool:
		return len(text) > 0 && text[0] == 't'
	case tokNumber:
		f, err := strconv.ParseFloat(string(text), 64)
		return err == nil && f != 0
	case tokString:
		s := strings.TrimSpace(string(text))
		return strings.EqualFold(s, "true") || s == "1"
	}
	return false
}

// setInt stores an integer; anything not representable in v's type
// (fractions, out of range, non-numeric text) stores 0.
func setInt(v reflect.Value, k tokenKind, text []byte) {
	n, ok := toInt(k, text)
	if !ok || v.OverflowInt(n) {
		n = 0
	}
	v.SetInt(n)
}

func toInt(k tokenKind, text []byte) (int64, bool) {
	switch k {
	case tokBool:
		return int64(boolNum(text)), true
	case tokNumber, tokString:
		s := string(bytes.TrimSpace(text))
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return n, true
		}
		f, ok := wholeFloat(s)
		return int64(f), ok && f >= math.MinInt64 && f < -math.MinInt64
	}
	return 0, false
}

// setUint is setInt for unsigned kinds; negative values store 0.
func setUint(v reflect.Value, k tokenKind, text []byte) {
	n, ok := toUint(k, text)
	if !ok || v.OverflowUint(n) {
		n = 0
	}
	v.SetUint(n)
}

func toUint(k tokenKind, text []byte) (uint64, bool) {
	switch k {
	case tokBool:
		return uint64(boolNum(text)), true
	case tokNumber, tokString:
		s := string(bytes.TrimSpace(text))
		if n, err := strconv.ParseUint(s, 10, 64); err == nil {
			return n, true
		}
		f, ok := wholeFloat(s)
		if !ok || f < 0 || f >= 1<<64 {
			return 0, false
		}
		return uint64(f), true
	}
	return 0, false
}

// wholeFloat parses s as a float with no fractional part, so that 7.0 and
// 1e3 are accepted as integers while 7.5 is not.
func wholeFloat(s string) (float64, bool) {
	f, err := strconv.ParseFloat(s, 64)
	return f, err == nil && f == math.Trunc(f) && !math.IsInf(f, 0)
}

// toFloat parses numbers and numeric strings with the target's precision;
// booleans are 1/0 and everything else, including NaN and ±Inf, is 0.
func toFloat(k tokenKind, text []byte, bits int) float64 {
	switch k {
	case tokBool:
		return float64(boolNum(text))
	case tokNumber, tokString:
		f, err := strconv.ParseFloat(string(bytes.TrimSpace(text)), bits)
		if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			return 0
		}
		return f
	}
	return 0
}

func boolNum(text []byte) int {
	if len(text) > 0 && text[0] == 't' {
		return 1
	}
	return 0
}
