package pipeline

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEveryAttemptSendsTheWholeBody(t *testing.T) {
	var bodies []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		bodies = append(bodies, string(b))
		assert.Equal(t, int64(len(`{"a":1}`)), r.ContentLength)
		if len(bodies) < 3 {
			w.WriteHeader(503)
			return
		}
		_, _ = w.Write([]byte(`{}`))
	}))
	defer srv.Close()
	_, err := newTestClient(&countingSigner{}).Do(context.Background(), testCall(t, srv.URL, false), nil)
	require.NoError(t, err)
	assert.Equal(t, []string{`{"a":1}`, `{"a":1}`, `{"a":1}`}, bodies)
}

// An attempt that runs out of its time says so, and is still recognisable
// as a timeout both ways callers check for one.
func TestAttemptTimeoutErrorSaysWhatTimedOut(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	c := newTestClient(&countingSigner{}, func(s *Settings) {
		s.AttemptTimeout = 20 * time.Millisecond
		s.Retry.MaxAttempts = 1
	})
	_, err := c.Do(context.Background(), testCall(t, srv.URL, true), nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "attempt timed out after 20ms")
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	var ne net.Error
	require.ErrorAs(t, err, &ne)
	assert.True(t, ne.Timeout())
}

// The caller's http.Client.Timeout bounds each attempt when AttemptTimeout
// is not set, and the caller's client keeps its Timeout.
func TestCallerClientTimeoutBoundsEachAttempt(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	hc := &http.Client{Timeout: 20 * time.Millisecond}
	signer := &countingSigner{}
	start := time.Now()
	_, err := newTestClient(signer, func(s *Settings) { s.HTTPClient = hc }).Do(context.Background(), testCall(t, srv.URL, true), nil)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Equal(t, int32(4), signer.n.Load())
	assert.Less(t, time.Since(start), 10*time.Second)
	assert.Equal(t, 20*time.Millisecond, hc.Timeout)
}

// The attempt timeout covers reading the body, not only the headers.
func TestAttemptTimeoutCoversTheBody(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "100")
		w.WriteHeader(200)
		_, _ = w.Write([]byte(`{"a":`))
		w.(http.Flusher).Flush()
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	c := newTestClient(&countingSigner{}, func(s *Settings) {
		s.AttemptTimeout = 50 * time.Millisecond
		s.Retry.MaxAttempts = 1
	})
	var out struct{ A int }
	_, err := c.Do(context.Background(), testCall(t, srv.URL, true), &out)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	assert.Contains(t, err.Error(), "attempt timed out")
}

func TestReadBody(t *testing.T) {
	tests := []struct {
		name     string
		body     string
		declared int64
		want     string
		wantErr  error
	}{
		{"declared length", `{"a":1}`, 7, `{"a":1}`, nil},
		{"unknown length", `{"a":1}`, -1, `{"a":1}`, nil},
		{"empty", ``, 0, ``, nil},
		{"shorter than declared", `{"a"`, 7, ``, io.ErrUnexpectedEOF},
		{"longer than declared", `{"a":1}`, 3, `{"a":1}`, nil},
		{"declared too large", `{}`, MaxResponseBytes + 1, ``, errBodyTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readBody(io.NopCloser(strings.NewReader(tt.body)), tt.declared)
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
		})
	}
}

func TestReadBodyRefusesAnEndlessBody(t *testing.T) {
	_, err := readBody(io.NopCloser(io.LimitReader(zeros{}, MaxResponseBytes+10)), -1)
	require.True(t, errors.Is(err, errBodyTooLarge), "%v", err)
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

// A caller's deadline that comes before the attempt timeout bounds the
// attempt on its own, and the error is the caller's, not an attempt
// timeout.
func TestCallerDeadlineBeforeAttemptTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	c := newTestClient(&countingSigner{}, func(s *Settings) { s.AttemptTimeout = time.Minute })
	start := time.Now()
	_, err := c.Do(ctx, testCall(t, srv.URL, true), nil)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	assert.NotContains(t, err.Error(), "attempt timed out")
	assert.Less(t, time.Since(start), 10*time.Second)
}
