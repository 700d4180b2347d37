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
// It checks the syntax first, accepting exactly what json.Valid accepts,
// and then decodes with the tolerant rules listed in the package
// documentation, which never fail on well-formed JSON. For input that
// encoding/json decodes without error the result is the very same value.
// Input that is not JSON at all (an HTML error page, a truncated or empty
// body) is reported as a *SyntaxError.
//
// Unmarshal does not panic: a panic raised while decoding, for instance by a
// type's UnmarshalJSON method, is returned as an error for this call only.
func Unmarshal(data []byte, v any) (err error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &json.InvalidUnmarshalError{Type: reflect.TypeOf(v)}
	}
	defer recoverPanic(rv.Type(), &err)
	if err := checkSyntax(data); err != nil {
		return err
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

// decodeTolerant decodes the already validated data into the pointer rv. It
// follows encoding/json's "decode into what is there" semantics: every
// member present in data is reassigned and null leaves a scalar alone, so a
// pre-filled value ends up as encoding/json would leave it.
func decodeTolerant(data []byte, rv reflect.Value) {
	d := decoder{scanner: scanner{data: data}}
	d.value(rv)
}
