package gentest

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Invalid makes a generated request invalid: the value at Field, a field
// path of Go names, becomes Value, or zero when Value is nil. The client
// must refuse the request with a ParamError naming Wire, the wire path it
// checks, with Problem ("" means "is required"), and send nothing.
type Invalid struct {
	Field   string
	Value   any
	Wire    string
	Problem string
}

// name is the sub-test's name: the wire path, and the value when set.
func (inv Invalid) name() string {
	if inv.Value == nil {
		return "zero " + inv.Wire
	}
	return "bad " + inv.Wire
}

// assertInvalidRefused sends req changed by inv through a fresh client
// and server, and checks the refusal. want holds the provider, service
// and operation.
func assertInvalidRefused(t *testing.T, newClient func(string) any, call Call, req any, inv Invalid, want Refusal) {
	t.Helper()
	bad, err := withValue(req, inv.Field, inv.Value)
	require.NoError(t, err, "a generated Invalid names a field the request does not have")
	srv := NewServer(t, Reply{Body: []byte(`{}`)})
	_, err = call(testContext(t), newClient(srv.URL), bad)
	want.Field, want.Problem = inv.Wire, inv.Problem
	if want.Problem == "" {
		want.Problem = "is required"
	}
	AssertRefused(t, srv, err, want)
}
