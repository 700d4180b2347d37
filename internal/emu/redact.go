package emu

import (
	"encoding/json"
	"net/http"
	"net/url"
)

// Redacted replaces secret values in request logs.
const Redacted = "REDACTED"

// RedactValues returns a copy of v with the values of names replaced by
// Redacted.
func RedactValues(v url.Values, names ...string) url.Values {
	c := cloneValues(v)
	for _, n := range names {
		for i := range c[n] {
			c[n][i] = Redacted
		}
	}
	return c
}

// RedactHeader returns a copy of h with the values of names replaced by
// Redacted.
func RedactHeader(h http.Header, names ...string) http.Header {
	c := h.Clone()
	for _, n := range names {
		k := http.CanonicalHeaderKey(n)
		for i := range c[k] {
			c[k][i] = Redacted
		}
	}
	return c
}

// RedactJSON returns body with the value of every member named in keys,
// at any depth, replaced by Redacted, unless the value is an object or an
// array, which is searched instead (Keystone's identity.password is an
// object that holds user.password). A body that is not JSON is replaced
// whole: it cannot be inspected, so it may hold a secret.
func RedactJSON(body []byte, keys ...string) []byte {
	if len(body) == 0 {
		return nil
	}
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		return []byte(Redacted)
	}
	out, err := json.Marshal(redactAny(v, keys))
	if err != nil {
		return []byte(Redacted)
	}
	return out
}

func redactAny(v any, keys []string) any {
	switch t := v.(type) {
	case map[string]any:
		for k, child := range t {
			if contains(keys, k) && !isContainer(child) {
				t[k] = Redacted
			} else {
				t[k] = redactAny(child, keys)
			}
		}
	case []any:
		for i := range t {
			t[i] = redactAny(t[i], keys)
		}
	}
	return v
}

func isContainer(v any) bool {
	switch v.(type) {
	case map[string]any, []any:
		return true
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
