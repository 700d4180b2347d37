package pipeline

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"
)

type noopSigner struct{}

func (noopSigner) Sign(context.Context, *http.Request, *Call) error { return nil }

const benchBody = `{"RequestId":"r","TotalCount":2,"Items":[{"Id":"a","Port":80},{"Id":"b","Port":443}]}`

type benchOut struct {
	RequestID  string `json:"RequestId"`
	TotalCount int
	Items      []struct {
		ID   string `json:"Id"`
		Port int
	}
}

func benchServer(b *testing.B) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		_, _ = io.WriteString(w, benchBody)
	}))
	b.Cleanup(srv.Close)
	return srv
}

// BenchmarkPipelineRoundTrip and BenchmarkFloorRoundTrip make the same
// request and decode; their ratio is the pipeline's overhead.
func BenchmarkPipelineRoundTrip(b *testing.B) {
	srv := benchServer(b)
	c := New(testDialect{}, noopSigner{}, Settings{})
	u, _ := url.Parse(srv.URL + "/")
	call := &Call{Service: "svc", Operation: "Op", Method: "POST", URL: u, SafeToRetry: true}
	b.ReportAllocs()
	for b.Loop() {
		var out benchOut
		if _, err := c.Do(context.Background(), call, &out); err != nil {
			b.Fatal(err)
		}
	}
}

// The floor gets the pipeline's timeouts: the same transport, and the
// attempt timeout as http.Client.Timeout, which is how a plain client
// bounds a request.
func BenchmarkFloorRoundTrip(b *testing.B) {
	srv := benchServer(b)
	hc := &http.Client{Transport: newDefaultTransport(), Timeout: DefaultAttemptTimeout}
	b.ReportAllocs()
	for b.Loop() {
		req, _ := http.NewRequestWithContext(context.Background(), "POST", srv.URL+"/", nil)
		resp, err := hc.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var out benchOut
		if err := json.Unmarshal(body, &out); err != nil {
			b.Fatal(err)
		}
	}
}
