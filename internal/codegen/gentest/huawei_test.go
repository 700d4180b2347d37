package gentest

import (
	"bytes"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// spyT records the failures of assertions instead of failing the test.
type spyT struct {
	testing.TB
	failures []string
}

func (s *spyT) Helper() {}

func (s *spyT) Name() string { return "spy" }

func (s *spyT) Errorf(format string, args ...any) {
	s.failures = append(s.failures, fmt.Sprintf(format, args...))
}

func multipartRecord(t *testing.T, parts, files map[string]string) Recorded {
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	for name, v := range parts {
		require.NoError(t, w.WriteField(name, v))
	}
	for name, v := range files {
		part, err := w.CreateFormFile(name, name)
		require.NoError(t, err)
		_, _ = part.Write([]byte(v))
	}
	require.NoError(t, w.Close())
	return Recorded{
		Method: "POST", Path: "/v2/p/import x", EscapedPath: "/v2/p/import%20x", Query: url.Values{},
		Header: http.Header{"Content-Type": {w.FormDataContentType()}, "X-Auth-Token": {"tok"}, "X-Language": {"en"}},
		Body:   body.Bytes(),
	}
}

func TestAssertRESTMultipart(t *testing.T) {
	got := multipartRecord(t, map[string]string{"mode": "m"}, map[string]string{"file": "content"})
	want := REST{
		Method: "POST", EscapedPath: "/v2/p/import%20x", Token: "tok", Header: map[string]string{"X-Language": "en"},
		ContentType: "multipart/form-data", Parts: map[string]string{"mode": "m"}, Files: map[string]string{"file": "content"},
	}
	spy := &spyT{}
	AssertREST(spy, got, want)
	assert.Empty(t, spy.failures)

	want.Files["file"] = "other"
	want.Header = nil
	want.EscapedPath = "/v2/p/import x"
	AssertREST(spy, got, want)
	assert.Len(t, spy.failures, 3, "escaped path, unexpected header and file content: %v", spy.failures)
}

func TestAssertRESTRawBody(t *testing.T) {
	got := Recorded{
		Method: "PUT", Path: "/x", Query: url.Values{"a": {"1", "2"}},
		Header: http.Header{"Content-Type": {"application/octet-stream"}, "X-Auth-Token": {"tok"}},
		Body:   []byte("bytes"),
	}
	want := REST{Method: "PUT", Path: "/x", Query: url.Values{"a": {"1", "2"}}, Token: "tok", ContentType: "application/octet-stream", Body: "bytes"}
	spy := &spyT{}
	AssertREST(spy, got, want)
	assert.Empty(t, spy.failures)

	want.Body, want.Query = "other", url.Values{"a": {"1"}}
	AssertREST(spy, got, want)
	assert.Len(t, spy.failures, 2, "query and body: %v", spy.failures)
}
