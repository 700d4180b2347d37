package gentest

import (
	"reflect"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// Decoded is a value a decoded response must hold: at Field, a field
// path of Go names, the value the server sent as Want, in its wire text
// ("7", "true", "2024-01-02T03:04:05Z").
type Decoded struct {
	Field string
	Want  string
}

// AssertDecoded checks each of want against out, a decoded response.
// Response headers are checked this way, since they are not part of the
// re-encoded body.
func AssertDecoded(t testing.TB, out any, want []Decoded) {
	t.Helper()
	for _, d := range want {
		v, err := lookup(reflect.ValueOf(out), d.Field)
		if !assert.NoError(t, err, "decoded field") {
			continue
		}
		assert.Equal(t, d.Want, wireText(v), "decoded %s", d.Field)
	}
}

// wireText formats a decoded scalar the way the wire writes it.
func wireText(v reflect.Value) string {
	if t, ok := v.Interface().(time.Time); ok {
		return t.Format(time.RFC3339Nano)
	}
	switch v.Kind() {
	case reflect.String:
		return v.String()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'f', -1, 64)
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return string(v.Bytes())
		}
	case reflect.Interface:
		if !v.IsNil() {
			return wireText(v.Elem())
		}
	}
	return "unexpected " + v.Type().String()
}
