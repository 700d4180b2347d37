package huawei

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

// FuzzCanonicalRequest holds the signer's canonicalisation to the
// reference for arbitrary paths, queries and bodies, in two ways:
//
//   - directly: any decoded path and any raw query, as a server would
//     decode them (bad escapes, ";" and "+" included);
//   - end to end: a path parameter and a query pair go through Request and
//     the client's URL building, the request is signed, and the reference
//     recomputes the signature from the request line a server would parse.
//
// It must never panic.
func FuzzCanonicalRequest(f *testing.F) {
	f.Add("GET", "/v1/byoip-pools", "limit=10&marker=3f1c", "inst-1", "tag", "a", []byte(nil))
	f.Add("POST", "/v2/p/a b/ü/", "q=a+b%20c&q=&x=%ZZ&y;z=1&=v", "a/b%2F?#", "中", "Zürich", []byte(`{"k":"v"}`))
	f.Add("DELETE", "", "&&a&b=", "", "", "", []byte{0xff, 0})
	c := NewClient(Config{Region: "r", ProjectID: "p-1", Endpoint: "http://h.example:8443", Credentials: testKey}, apigService)
	c.account.auth.now = func() time.Time { return testDate }
	f.Fuzz(func(t *testing.T, method, path, rawQuery, segment, name, value string, body []byte) {
		checkDirect(t, method, path, rawQuery, body)
		checkEndToEnd(t, c, segment, name, value, body)
	})
}

// checkDirect compares the canonical requests of one decoded path and raw
// query.
func checkDirect(t *testing.T, method, path, rawQuery string, body []byte) {
	req := &http.Request{Method: method, URL: &url.URL{Path: path, RawQuery: rawQuery}, Host: "h.example:8443",
		Header: http.Header{"X-Sdk-Date": {"20260301T120000Z"}, "X-Project-Id": {" p-1 "}}}
	signed := []string{"host", "x-project-id", "x-sdk-date"}
	got, _ := sdkCanonical(req, body, signed)
	want := referenceSign(req, body, signed, "20260301T120000Z", testKey).canonicalRequest
	if got != want {
		t.Fatalf("path %q query %q:\nsigner:\n%s\nreference:\n%s", path, rawQuery, got, want)
	}
}

// checkEndToEnd signs a request built the way Client.Call builds it and
// verifies the signature as a server receiving it would.
func checkEndToEnd(t *testing.T, c *Client, segment, name, value string, body []byte) {
	in := &Request{}
	in.SetPath("thing", segment)
	in.AddQuery(name, value)
	in.SetBody("application/octet-stream", body)
	op := &Operation{Name: "Fuzz", Method: http.MethodPost, Path: "/v2/{project_id}/things/{thing}"}
	call, err := c.newCall(context.Background(), op, in, "")
	if err != nil {
		t.Fatal(err)
	}
	req, err := http.NewRequest(call.Method, call.URL.String(), strings.NewReader(string(body)))
	if err != nil {
		t.Fatal(err)
	}
	if err := (&keySigner{auth: c.account.auth, ids: c.account}).Sign(context.Background(), req, call); err != nil {
		t.Fatal(err)
	}
	received := asReceived(t, req)
	want := referenceSign(received, body, signedHeaderNames(t, req.Header.Get("Authorization")), "20260301T120000Z", testKey)
	if got := req.Header.Get("Authorization"); got != want.authorization {
		t.Fatalf("segment %q query %q=%q: the server would compute\n%s\nfrom\n%s", segment, name, value, want.authorization, want.canonicalRequest)
	}
}

// asReceived is req as a server parses it: the request line's URI and the
// Host header.
func asReceived(t *testing.T, req *http.Request) *http.Request {
	u, err := url.ParseRequestURI(req.URL.RequestURI())
	if err != nil {
		t.Fatalf("the request line %q does not parse: %v", req.URL.RequestURI(), err)
	}
	return &http.Request{Method: req.Method, URL: u, Host: req.Host, Header: req.Header}
}
