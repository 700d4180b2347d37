package gentest

import (
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
)

// REST is what a Huawei REST request must carry.
type REST struct {
	Method string
	Path   string // unescaped, with {project_id} filled in
	// Query is the whole query; nil means none.
	Query url.Values
	// Token is the X-Auth-Token expected.
	Token string
	// ContentType is the expected Content-Type; "" means no body at all.
	ContentType string
	// JSON is the expected body, compared as JSON (key order and spacing
	// do not matter).
	JSON string
}

// AssertREST checks a recorded Huawei call: method, path, the whole query,
// the token header and the body.
func AssertREST(t testing.TB, got Recorded, want REST) {
	t.Helper()
	assert.Equal(t, want.Method, got.Method)
	assert.Equal(t, want.Path, got.Path)
	if want.Query == nil {
		want.Query = url.Values{}
	}
	assert.Equal(t, want.Query, got.Query, "query")
	assert.Equal(t, want.Token, got.Header.Get("X-Auth-Token"), "X-Auth-Token")
	assert.Equal(t, want.ContentType, got.Header.Get("Content-Type"), "Content-Type")
	if want.ContentType == "" {
		assert.Empty(t, got.Body, "body")
		return
	}
	assert.JSONEq(t, want.JSON, string(got.Body), "body")
}
