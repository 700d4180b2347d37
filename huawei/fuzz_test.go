package huawei

import (
	"net/http"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDecodeError feeds arbitrary statuses, content types and bodies to
// the error dialect: it must never panic, and what it keeps must be
// bounded, single-line, valid UTF-8 and free of token-like runs.
func FuzzDecodeError(f *testing.F) {
	f.Add(401, "application/json", []byte(`{"error":{"code":401,"message":"Unauthorized.","title":"Unauthorized"}}`))
	f.Add(404, "application/json", []byte(`{"error_code":"APIG.3030","error_msg":"The instance does not exist","request_id":"r"}`))
	f.Add(502, "text/html", []byte(`<html><title>502 Bad Gateway</title></html>`))
	f.Fuzz(func(t *testing.T, status int, contentType string, body []byte) {
		e := dialect{}.DecodeError(status, http.Header{"Content-Type": {contentType}}, body)
		if e == nil {
			t.Fatal("nil error")
		}
		checkField(t, "Code", e.Code, maxCodeLen)
		checkField(t, "RequestID", e.RequestID, maxCodeLen)
		checkField(t, "Message", e.Message, maxMessageLen)
		if e.Code == "" && e.Message == "" {
			t.Fatal("neither code nor message")
		}
	})
}

func checkField(t *testing.T, name, v string, limit int) {
	t.Helper()
	if len(v) > limit+len("…") || !utf8.ValidString(v) || strings.ContainsAny(v, "\r\n") {
		t.Fatalf("%s not bounded, valid, one line: %q", name, v)
	}
	if redactSecrets(v) != v {
		t.Fatalf("%s keeps a token-like run: %q", name, v)
	}
}
