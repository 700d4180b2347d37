package gentest

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/internal/jsonx"
)

// testContext bounds one generated call.
func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// AssertReplyKept checks a decoded response against the reply it was
// decoded from: re-encoded with jsonx.Marshal, it keeps every key and
// every value of the reply's JSON body, and the decoded values listed in
// want (response headers among them) are as sent. A response whose body
// is a whole-body field (tagged body:"…") is compared through that field;
// a binary body is left to want.
func AssertReplyKept(t *testing.T, reply Reply, out any, want []Decoded) {
	t.Helper()
	AssertDecoded(t, out, want)
	body, ok := jsonBody(out)
	if !ok || !json.Valid(reply.Body) {
		return
	}
	again, err := jsonx.Marshal(body)
	require.NoError(t, err, "re-encoding the response")
	AssertKeysKept(t, reply.Body, again)
	AssertValuesKept(t, reply.Body, again)
}

// jsonBody is what a response's JSON body decoded into: the response,
// or its whole-body field. It is false for a binary whole body.
func jsonBody(out any) (any, bool) {
	v := reflect.Indirect(reflect.ValueOf(out))
	if v.Kind() != reflect.Struct {
		return out, true
	}
	for i := range v.NumField() {
		if _, ok := v.Type().Field(i).Tag.Lookup("body"); ok {
			f := v.Field(i)
			return f.Interface(), f.Kind() != reflect.Slice || f.Type().Elem().Kind() != reflect.Uint8
		}
	}
	return out, true
}
