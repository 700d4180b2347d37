package gentest

import (
	"bytes"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
)

// REST is what a Huawei REST request must carry.
type REST struct {
	Method string
	Path   string // unescaped, with {project_id} filled in; "" skips the check
	// EscapedPath is the path as sent, percent-encoded; "" skips the check.
	EscapedPath string
	// Query is the whole query; nil means none.
	Query url.Values
	// Header holds the headers the operation sets. Any header beyond these
	// and the transport's own (transportHeaders) fails the assertion.
	Header map[string]string
	// Token is the X-Auth-Token expected.
	Token string
	// ContentType is the expected Content-Type, without parameters for a
	// multipart body; "" means no body at all.
	ContentType string
	// JSON is the expected body, compared as JSON (key order and spacing
	// do not matter).
	JSON string
	// Body is the expected body of a request that is neither JSON nor
	// multipart, compared byte for byte.
	Body string
	// Parts and Files are the text parts and the file parts (name to
	// content; a file's name is its part's name) of a multipart body.
	Parts, Files map[string]string
}

// transportHeaders are the headers every call may carry whatever the
// operation: set by the client (token, body type) or by net/http.
var transportHeaders = []string{"Accept-Encoding", "Content-Length", "Content-Type", "User-Agent", "X-Auth-Token"}

// AssertREST checks a recorded Huawei call: method, path, the whole query,
// the headers, the token and the body.
func AssertREST(t testing.TB, got Recorded, want REST) {
	t.Helper()
	assert.Equal(t, want.Method, got.Method)
	if want.Path != "" {
		assert.Equal(t, want.Path, got.Path)
	}
	if want.EscapedPath != "" {
		assert.Equal(t, want.EscapedPath, got.EscapedPath, "path as sent")
	}
	if want.Query == nil {
		want.Query = url.Values{}
	}
	assert.Equal(t, want.Query, got.Query, "query")
	assertHeaders(t, got.Header, want.Header)
	assert.Equal(t, want.Token, got.Header.Get("X-Auth-Token"), "X-Auth-Token")
	assertBody(t, got, want)
}

// assertHeaders checks the operation's headers and that no other header
// was sent.
func assertHeaders(t testing.TB, got http.Header, want map[string]string) {
	t.Helper()
	expected := map[string]bool{}
	for _, name := range transportHeaders {
		expected[name] = true
	}
	for name, value := range want {
		assert.Equal(t, value, got.Get(name), "header %s", name)
		expected[http.CanonicalHeaderKey(name)] = true
	}
	for name := range got {
		assert.True(t, expected[name], "unexpected header %s", name)
	}
}

func assertBody(t testing.TB, got Recorded, want REST) {
	t.Helper()
	contentType := got.Header.Get("Content-Type")
	switch {
	case want.ContentType == "":
		assert.Empty(t, contentType, "Content-Type")
		assert.Empty(t, got.Body, "body")
	case want.Parts != nil || want.Files != nil:
		assertMultipart(t, contentType, got.Body, want)
	case want.JSON != "":
		assert.Equal(t, want.ContentType, contentType, "Content-Type")
		assert.JSONEq(t, want.JSON, string(got.Body), "body")
	default:
		assert.Equal(t, want.ContentType, contentType, "Content-Type")
		assert.Equal(t, want.Body, string(got.Body), "body")
	}
}

// assertMultipart checks a multipart/form-data body part by part.
func assertMultipart(t testing.TB, contentType string, body []byte, want REST) {
	t.Helper()
	media, params, err := mime.ParseMediaType(contentType)
	if !assert.NoError(t, err, "Content-Type") {
		return
	}
	assert.Equal(t, want.ContentType, media, "Content-Type")
	parts, files := map[string]string{}, map[string]string{}
	r := multipart.NewReader(bytes.NewReader(body), params["boundary"])
	for {
		p, err := r.NextPart()
		if err != nil {
			assert.ErrorIs(t, err, io.EOF, "multipart body")
			break
		}
		content, _ := io.ReadAll(p)
		if p.FileName() != "" {
			assert.Equal(t, p.FormName(), p.FileName(), "file name of part %s", p.FormName())
			files[p.FormName()] = string(content)
		} else {
			parts[p.FormName()] = string(content)
		}
	}
	assert.Equal(t, nonNil(want.Parts), parts, "text parts")
	assert.Equal(t, nonNil(want.Files), files, "file parts")
}

func nonNil(m map[string]string) map[string]string {
	if m == nil {
		return map[string]string{}
	}
	return m
}
