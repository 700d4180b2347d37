package pipeline

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/internal/apierr"
)

// testDialect decodes {"code": "...", "message": "..."} and treats the
// code "Throttled" as throttling whatever the status, like Alibaba's 400.
type testDialect struct{}

func (testDialect) Provider() string { return "test" }

func (testDialect) DecodeError(status int, _ http.Header, body []byte) *apierr.Error {
	var b struct{ Code, Message string }
	if json.Unmarshal(body, &b) != nil {
		return &apierr.Error{Kind: apierr.KindOfStatus(status), Message: "non-JSON body"}
	}
	kind := apierr.KindOfStatus(status)
	if b.Code == "Throttled" {
		kind = apierr.KindThrottled
	}
	return &apierr.Error{Code: b.Code, Message: b.Message, Kind: kind}
}

func (testDialect) RequestID(h http.Header) string { return h.Get("X-Request-Id") }

// countingSigner stamps each attempt with its number and a secret header.
type countingSigner struct {
	n     atomic.Int32
	hosts chan string
}

func (s *countingSigner) Sign(_ context.Context, req *http.Request, _ *Call) error {
	n := s.n.Add(1)
	req.Header.Set("X-Attempt", string(rune('0'+n)))
	req.Header.Set("X-Secret-Token", "TOKEN-SECRET")
	q := req.URL.Query()
	q.Set("Signature", "SIG-SECRET")
	req.URL.RawQuery = q.Encode()
	return nil
}

// fastRetry keeps tests quick: tiny backoff, 4 attempts.
var fastRetry = RetryPolicy{MaxAttempts: 4, MinBackoff: time.Millisecond, MaxBackoff: 4 * time.Millisecond}

func newTestClient(s Signer, opts ...Option) *Client {
	return New(testDialect{}, s, Settings{Retry: fastRetry}.Apply(opts...))
}

func testCall(t *testing.T, rawURL string, safe bool) *Call {
	t.Helper()
	u, err := url.Parse(rawURL + "/v1/things?filter=a")
	require.NoError(t, err)
	return &Call{Service: "svc", Operation: "Op", Method: "POST", URL: u, Body: []byte(`{"a":1}`), SafeToRetry: safe}
}

// script answers successive requests with the given statuses and bodies.
func script(t *testing.T, steps ...func(w http.ResponseWriter, r *http.Request)) (http.HandlerFunc, *atomic.Int32) {
	var n atomic.Int32
	return func(w http.ResponseWriter, r *http.Request) {
		i := int(n.Add(1)) - 1
		if i >= len(steps) {
			t.Errorf("unexpected request %d", i+1)
			w.WriteHeader(599)
			return
		}
		steps[i](w, r)
	}, &n
}

func reply(status int, body string) func(http.ResponseWriter, *http.Request) {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("X-Request-Id", "req-1")
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	}
}

func containsAny(s string, secrets ...string) bool {
	for _, x := range secrets {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}
