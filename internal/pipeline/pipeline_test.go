package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/internal/apierr"
)

func TestDoDecodesSuccessAndSendsCallParts(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		assert.Equal(t, "POST", r.Method)
		assert.Equal(t, "/v1/things", r.URL.Path)
		assert.Equal(t, "a", r.URL.Query().Get("filter"))
		assert.Equal(t, "SIG-SECRET", r.URL.Query().Get("Signature"))
		assert.Equal(t, "extra", r.Header.Get("X-Extra"))
		assert.JSONEq(t, `{"a":1}`, string(body))
		_, _ = w.Write([]byte(`{"Name":"x","Count":3}`))
	}))
	defer srv.Close()
	c := newTestClient(&countingSigner{}, func(s *Settings) { s.Header = http.Header{"X-Extra": {"extra"}} })
	var out struct {
		Name  string
		Count int
	}
	resp, err := c.Do(context.Background(), testCall(t, srv.URL, false), &out)
	require.NoError(t, err)
	assert.Equal(t, "x", out.Name)
	assert.Equal(t, 3, out.Count)
	assert.Equal(t, 1, resp.Attempts)
}

func TestRetryClassification(t *testing.T) {
	throttled := reply(400, `{"Code":"Throttled","Message":"slow down"}`)
	ok := reply(200, `{}`)
	tests := []struct {
		name     string
		safe     bool
		writes   bool
		steps    []func(http.ResponseWriter, *http.Request)
		wantErr  error
		attempts int32
	}{
		{"throttled by code on a 400 is retried", false, false, steps(throttled, throttled, ok), nil, 3},
		{"429 is retried", false, false, steps(reply(429, `{}`), ok), nil, 2},
		{"503 is retried even for writes", false, false, steps(reply(503, `{}`), ok), nil, 2},
		{"500 is retried when safe", true, false, steps(reply(500, `{}`), ok), nil, 2},
		{"500 is not retried for an unsafe write", false, false, steps(reply(500, `{}`)), apierr.ErrUnavailable, 1},
		{"500 is retried for a write the caller opted in", false, true, steps(reply(500, `{}`), ok), nil, 2},
		{"404 is never retried", true, false, steps(reply(404, `{"Code":"Gone"}`)), apierr.ErrNotFound, 1},
		{"attempts are bounded", true, false, steps(throttled, throttled, throttled, throttled), apierr.ErrThrottled, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, n := script(t, tt.steps...)
			srv := httptest.NewServer(h)
			defer srv.Close()
			signer := &countingSigner{}
			c := newTestClient(signer, func(s *Settings) { s.RetryWrites = tt.writes })
			_, err := c.Do(context.Background(), testCall(t, srv.URL, tt.safe), nil)
			if tt.wantErr == nil {
				require.NoError(t, err)
			} else {
				require.ErrorIs(t, err, tt.wantErr)
				var apiErr *apierr.Error
				require.ErrorAs(t, err, &apiErr)
				assert.Equal(t, "req-1", apiErr.RequestID)
				assert.Equal(t, int(tt.attempts), apiErr.Attempts)
			}
			assert.Equal(t, tt.attempts, n.Load(), "requests the server saw")
			assert.Equal(t, tt.attempts, signer.n.Load(), "every attempt is signed")
		})
	}
}

func steps(s ...func(http.ResponseWriter, *http.Request)) []func(http.ResponseWriter, *http.Request) {
	return s
}

func TestEveryAttemptIsSignedAfresh(t *testing.T) {
	var seen []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen = append(seen, r.Header.Get("X-Attempt"))
		if len(seen) < 3 {
			w.WriteHeader(503)
			return
		}
		_, _ = w.Write([]byte(`{}`))
	}))
	defer srv.Close()
	_, err := newTestClient(&countingSigner{}).Do(context.Background(), testCall(t, srv.URL, false), nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"1", "2", "3"}, seen)
}

// resetAfterRead reads the whole request, then drops the connection: the
// write may or may not have happened, so only safe calls are retried.
func resetAfterRead(t *testing.T) (*httptest.Server, *int) {
	n := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n++
		_, _ = io.ReadAll(r.Body)
		conn, _, err := w.(http.Hijacker).Hijack()
		require.NoError(t, err)
		_ = conn.(*net.TCPConn).SetLinger(0)
		_ = conn.Close()
	}))
	return srv, &n
}

func TestResetAfterSendIsRetriedOnlyWhenSafe(t *testing.T) {
	for _, safe := range []bool{false, true} {
		srv, n := resetAfterRead(t)
		_, err := newTestClient(&countingSigner{}).Do(context.Background(), testCall(t, srv.URL, safe), nil)
		srv.Close()
		require.Error(t, err)
		if safe {
			assert.Equal(t, 4, *n, "safe call retried to the limit")
		} else {
			assert.Equal(t, 1, *n, "unsafe write sent once")
		}
	}
}

func TestRequestThatNeverLeftIsRetried(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	require.NoError(t, ln.Close()) // nothing listens: connection refused
	signer := &countingSigner{}
	_, err = newTestClient(signer).Do(context.Background(), testCall(t, "http://"+addr, false), nil)
	require.Error(t, err)
	assert.Equal(t, int32(4), signer.n.Load(), "refused connections are retried even for writes")
	assert.Contains(t, err.Error(), "after 4 attempts")
	assert.False(t, containsAny(err.Error(), "SIG-SECRET", "filter=", "TOKEN-SECRET"), err.Error())
	var netErr net.Error
	assert.ErrorAs(t, err, &netErr, "the network error stays reachable")
}

func TestRedirectIsNeverFollowed(t *testing.T) {
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("request reached the redirect target with token %q", r.Header.Get("X-Secret-Token"))
	}))
	defer other.Close()
	srv := httptest.NewServer(http.RedirectHandler(other.URL+"/steal", http.StatusFound))
	defer srv.Close()
	_, err := newTestClient(&countingSigner{}).Do(context.Background(), testCall(t, srv.URL, true), nil)
	var apiErr *apierr.Error
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, http.StatusFound, apiErr.StatusCode)
}

func TestNonJSONSuccessIsADecodeError(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("X-Request-Id", "req-html")
		_, _ = w.Write([]byte("<html><body>Bad Gateway</body></html>"))
	}))
	defer srv.Close()
	var out struct{ A int }
	_, err := newTestClient(&countingSigner{}).Do(context.Background(), testCall(t, srv.URL, true), &out)
	var de *apierr.DecodeError
	require.ErrorAs(t, err, &de)
	assert.Equal(t, 200, de.StatusCode)
	assert.Equal(t, "req-html", de.RequestID)
	assert.Equal(t, "text/html", de.ContentType)
}

func TestRetryAfterBeyondDeadlineFailsFast(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Retry-After", "30")
		w.WriteHeader(429)
	}))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	start := time.Now()
	_, err := newTestClient(&countingSigner{}).Do(ctx, testCall(t, srv.URL, true), nil)
	require.ErrorIs(t, err, apierr.ErrThrottled)
	assert.Less(t, time.Since(start), time.Second, "no sleep past the deadline")
}

func TestCancelDuringBackoffReturnsAtOnce(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(503) }))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	c := New(testDialect{}, &countingSigner{}, Settings{Retry: RetryPolicy{MinBackoff: time.Minute, MaxBackoff: time.Minute}})
	time.AfterFunc(50*time.Millisecond, cancel)
	start := time.Now()
	_, err := c.Do(ctx, testCall(t, srv.URL, true), nil)
	require.ErrorIs(t, err, context.Canceled)
	assert.Less(t, time.Since(start), 10*time.Second)
}

func TestAttemptTimeoutBoundsEachAttempt(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	signer := &countingSigner{}
	c := newTestClient(signer, func(s *Settings) { s.AttemptTimeout = 20 * time.Millisecond })
	_, err := c.Do(context.Background(), testCall(t, srv.URL, true), nil)
	require.Error(t, err)
	assert.Equal(t, int32(4), signer.n.Load(), "a timed-out safe call is retried")
	var netErr net.Error
	require.ErrorAs(t, err, &netErr)
	assert.True(t, netErr.Timeout(), "the first net.Error in the chain (*url.Error) says timeout")
}

type reauthSigner struct {
	countingSigner
	reauths int
}

func (s *reauthSigner) Reauthenticate(_ context.Context, rejected *http.Response) error {
	s.reauths++
	if rejected.Request.Header.Get("X-Secret-Token") != "TOKEN-SECRET" {
		return errors.New("rejected response lost its request")
	}
	return nil
}

func TestUnauthorizedReauthenticatesOnceAndReplays(t *testing.T) {
	h, n := script(t, reply(401, `{"Code":"TokenExpired"}`), reply(200, `{}`))
	srv := httptest.NewServer(h)
	defer srv.Close()
	s := &reauthSigner{}
	_, err := newTestClient(s).Do(context.Background(), testCall(t, srv.URL, false), nil)
	require.NoError(t, err)
	assert.Equal(t, 1, s.reauths)
	assert.Equal(t, int32(2), n.Load())

	h, n = script(t, reply(401, `{}`), reply(401, `{}`))
	srv2 := httptest.NewServer(h)
	defer srv2.Close()
	s = &reauthSigner{}
	_, err = newTestClient(s).Do(context.Background(), testCall(t, srv2.URL, false), nil)
	require.ErrorIs(t, err, apierr.ErrUnauthorized)
	assert.Equal(t, 1, s.reauths, "re-authenticates once, never loops")
	assert.Equal(t, int32(2), n.Load())
}

func TestLogsOneRecordPerAttemptWithoutSecrets(t *testing.T) {
	h, _ := script(t, reply(503, `{}`), reply(200, `{}`))
	srv := httptest.NewServer(h)
	defer srv.Close()
	var buf bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	_, err := newTestClient(&countingSigner{}, func(s *Settings) { s.Logger = logger }).
		Do(context.Background(), testCall(t, srv.URL, false), nil)
	require.NoError(t, err)
	out := buf.String()
	assert.Equal(t, 2, bytes.Count(buf.Bytes(), []byte("polycloud attempt")), out)
	assert.Contains(t, out, "status=503")
	assert.Contains(t, out, "request_id=req-1")
	assert.False(t, containsAny(out, "SIG-SECRET", "TOKEN-SECRET", "filter="), out)
}

func TestCallerHTTPClientIsNotModified(t *testing.T) {
	hc := &http.Client{Timeout: time.Second}
	New(testDialect{}, &countingSigner{}, Settings{HTTPClient: hc})
	assert.Nil(t, hc.Transport)
	assert.Nil(t, hc.CheckRedirect)
}

func TestRedactURL(t *testing.T) {
	assert.Equal(t, "https://host/a/b", RedactURL("https://user:pw@host/a/b?Signature=x&SecurityToken=y#f"))
	assert.Equal(t, "<url>", RedactURL("%zz"))
}

type failingReauth struct{ countingSigner }

func (*failingReauth) Reauthenticate(context.Context, *http.Response) error {
	return errors.New("static token cannot be refreshed")
}

func TestFailedReauthenticationKeepsTheUnauthorizedError(t *testing.T) {
	h, _ := script(t, reply(401, `{"Code":"TokenExpired"}`))
	srv := httptest.NewServer(h)
	defer srv.Close()
	_, err := newTestClient(&failingReauth{}).Do(context.Background(), testCall(t, srv.URL, true), nil)
	var apiErr *apierr.Error
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "TokenExpired", apiErr.Code)
	assert.ErrorContains(t, err, "static token cannot be refreshed")
}

type iamFailingSigner struct{}

func (iamFailingSigner) Sign(context.Context, *http.Request, *Call) error {
	return &apierr.Error{Provider: "huawei", Service: "iam", Operation: "CreateToken", StatusCode: 401}
}

func TestCredentialFailureNamesTheCall(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { t.Error("nothing may be sent") }))
	defer srv.Close()
	_, err := newTestClient(iamFailingSigner{}).Do(context.Background(), testCall(t, srv.URL, true), nil)
	var apiErr *apierr.Error
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "iam", apiErr.Service)
	assert.Equal(t, "test svc Op: credentials: huawei iam CreateToken: HTTP 401", err.Error())
}

func TestSuccessBodiesDecodeTolerantly(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte(`{"TotalCount":"7","Enabled":"true","Name":12,"Extra":{"x":1}}`))
	}))
	defer srv.Close()
	var out struct {
		TotalCount int32
		Enabled    bool
		Name       string
	}
	_, err := newTestClient(&countingSigner{}).Do(context.Background(), testCall(t, srv.URL, true), &out)
	require.NoError(t, err)
	assert.Equal(t, int32(7), out.TotalCount)
	assert.True(t, out.Enabled)
	assert.Equal(t, "12", out.Name)
}

func TestTimeoutBoundsTheWholeCall(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(503) }))
	defer srv.Close()
	slow := RetryPolicy{MaxAttempts: 10, MinBackoff: 40 * time.Millisecond, MaxBackoff: 40 * time.Millisecond}
	signer := &countingSigner{}
	c := New(testDialect{}, signer, Settings{Retry: slow, Timeout: 100 * time.Millisecond})
	_, err := c.Do(context.Background(), testCall(t, srv.URL, true), nil)
	require.ErrorIs(t, err, apierr.ErrUnavailable, "the last failure is reported, not a bare deadline")
	assert.Less(t, signer.n.Load(), int32(10), "the deadline cut the retries short")
}

// replacedTransport stands for a program's own http.DefaultTransport, such
// as a tracing wrapper.
type replacedTransport struct{ http.RoundTripper }

func TestDefaultTransportDoesNotAssumeHTTPDefaultTransport(t *testing.T) {
	saved := http.DefaultTransport
	http.DefaultTransport = replacedTransport{saved}
	defer func() { http.DefaultTransport = saved }()
	assert.NotPanics(t, func() { New(testDialect{}, &countingSigner{}, Settings{}) })
}

// An Alibaba call whose parameters all travel in the query has no body. It
// must go out with Content-Length: 0, not chunked: a chunked empty body
// keeps a server from noticing that the client gave up on the request.
func TestEmptyBodyIsSentWithContentLengthZero(t *testing.T) {
	for _, body := range [][]byte{nil, {}} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			assert.Empty(t, r.TransferEncoding)
			assert.Equal(t, int64(0), r.ContentLength)
			_, _ = w.Write([]byte(`{}`))
		}))
		call := testCall(t, srv.URL, false)
		call.Body = body
		_, err := newTestClient(&countingSigner{}).Do(context.Background(), call, nil)
		require.NoError(t, err)
		srv.Close()
	}
}

// quotingTransport fails the way some proxies and middleware do: its
// error quotes the request, signature and token included.
type quotingTransport struct{}

func (quotingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	return nil, fmt.Errorf("proxy refused %s with token %s: %w", r.URL, r.Header.Get("X-Secret-Token"), io.ErrUnexpectedEOF)
}

func TestTransportErrorsQuotingTheRequestAreScrubbed(t *testing.T) {
	var buf bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	c := newTestClient(&countingSigner{}, func(s *Settings) {
		s.HTTPClient, s.Logger = &http.Client{Transport: quotingTransport{}}, logger
	})
	_, err := c.Do(context.Background(), testCall(t, "http://127.0.0.1:1", false), nil)
	require.Error(t, err)
	assert.ErrorIs(t, err, io.ErrUnexpectedEOF, "the transport's error stays reachable")
	for _, text := range []string{err.Error(), fmt.Sprintf("%+v", err), fmt.Sprintf("%#v", errors.Unwrap(errors.Unwrap(err))), buf.String()} {
		assert.False(t, containsAny(text, "SIG-SECRET", "TOKEN-SECRET"), text)
	}
	assert.Contains(t, err.Error(), "proxy refused", "the rest of the message is kept")
}

func TestNilContextIsAnErrorNotAPanic(t *testing.T) {
	signer := &countingSigner{}
	var ctx context.Context // what a caller passing nil hands over
	_, err := newTestClient(signer).Do(ctx, testCall(t, "http://127.0.0.1:1", true), nil)
	var perr *apierr.ParamError
	require.ErrorAs(t, err, &perr)
	assert.Equal(t, "ctx", perr.Field)
	assert.Zero(t, signer.n.Load(), "nothing was signed or sent")
}
