package jsonx

import (
	"encoding/json"
	"fmt"
	"reflect"
)

// Unmarshal decodes the JSON document data into v, which must be a non-nil
// pointer (otherwise a *json.InvalidUnmarshalError is returned, as from
// encoding/json).
//
// It first tries encoding/json, the fast path. If that fails on a type
// mismatch (a *json.UnmarshalTypeError, an error from an UnmarshalJSON method,
// a misused ",string" value), it decodes again with the tolerant rules listed
// in the package documentation, which never fail on well-formed JSON. Types
// that contain wrap tags skip the strict attempt, since it could never succeed
// on a wrapped list. Input that is not JSON at all (an HTML error page, a
// truncated or empty body) is reported as a *SyntaxError.
//
// Unmarshal does not panic: a panic raised while decoding, for instance by a
// type's UnmarshalJSON method, is returned as an error for this call only.
func Unmarshal(data []byte, v any) (err error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &json.InvalidUnmarshalError{Type: reflect.TypeOf(v)}
	}
	defer recoverPanic(rv.Type(), &err)
	if traitsOf(rv.Type()).wrap {
		if err := checkSyntax(data); err != nil {
			return err
		}
		decodeTolerant(data, rv)
		return nil
	}
	if err := json.Unmarshal(data, v); err == nil {
		return nil
	} else if !json.Valid(data) {
		// Checked on the data rather than the error type: a *json.SyntaxError
		// may also come from a nested UnmarshalJSON parsing its own input.
		return toSyntaxError(err)
	}
	decodeTolerant(data, rv)
	return nil
}

// recoverPanic turns a panic during decoding into an error. A response body
// must never be able to crash the program, whatever a decoding method does.
func recoverPanic(t reflect.Type, err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("jsonx: panic while decoding into %v: %v", t, r)
	}
}

// decodeTolerant decodes the already validated data into the pointer rv.
//
// When the strict attempt failed, rv already holds what encoding/json managed
// to assign. Decoding again over it yields the same result as decoding into
// the original value, because the tolerant decoder follows encoding/json's
// "decode into what is there" semantics: every member present in data is
// reassigned and null leaves a scalar alone, exactly as the strict pass did.
func decodeTolerant(data []byte, rv reflect.Value) {
	d := decoder{scanner: scanner{data: data}}
	d.value(rv)
}
