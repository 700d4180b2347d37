package emu

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRedactValuesAndHeaderCopy(t *testing.T) {
	t.Parallel()
	v := url.Values{"Signature": {"s"}, "Action": {"A"}}
	r := RedactValues(v, "Signature", "SecurityToken")
	assert.Equal(t, url.Values{"Signature": {Redacted}, "Action": {"A"}}, r)
	assert.Equal(t, "s", v.Get("Signature"), "the original is untouched")

	h := http.Header{"X-Auth-Token": {"tok"}, "Accept": {"json"}}
	assert.Equal(t, Redacted, RedactHeader(h, "x-auth-token").Get("X-Auth-Token"))
	assert.Equal(t, "tok", h.Get("X-Auth-Token"))
}

func TestRedactJSONAtAnyDepth(t *testing.T) {
	t.Parallel()
	body := []byte(`{"auth":{"identity":{"password":{"user":{"name":"u","password":"secret"}}}}}`)
	got := string(RedactJSON(body, "password"))
	assert.NotContains(t, got, "secret")
	assert.Equal(t, `{"auth":{"identity":{"password":{"user":{"name":"u","password":"REDACTED"}}}}}`, got)
	assert.Equal(t, Redacted, string(RedactJSON([]byte(`{"password":"x"`), "password")), "unparsable bodies are dropped whole")
	assert.Nil(t, RedactJSON(nil, "password"))
}
