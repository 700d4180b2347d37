package pipeline

import (
	"log/slog"
	"net/http"
	"time"
)

// Settings are the knobs a caller can turn for a whole client or a single
// call. Providers re-export Option and the With… constructors.
type Settings struct {
	// Endpoint overrides the service endpoint ("https://host" or
	// "http://127.0.0.1:8080" for emulators). The provider interprets it.
	Endpoint string
	// HTTPClient sends the requests. polycloud uses a copy whose transport
	// signs and bounds every attempt (its Timeout becomes the attempt
	// timeout) and which never follows redirects; the caller's client is
	// not modified. Nil means a pooled client with finite timeouts.
	HTTPClient *http.Client
	// Retry bounds retries; the zero value means the defaults.
	Retry RetryPolicy
	// Logger receives one Debug record per attempt. Nil means silent.
	Logger *slog.Logger
	// AttemptTimeout bounds one HTTP attempt (connect, send, headers and
	// body). Zero means 30s, or the HTTPClient's own Timeout when it has one.
	AttemptTimeout time.Duration
	// Timeout bounds the whole call, retries and backoff included, on top
	// of the caller's context. Zero means only the context bounds it.
	Timeout time.Duration
	// RetryWrites allows retrying a non-idempotent write after an ambiguous
	// failure (timeout, reset after sending, 500). Only set it when a
	// duplicate write is harmless.
	RetryWrites bool
	// Header holds extra headers sent with every attempt.
	Header http.Header
}

// DefaultAttemptTimeout bounds one attempt when nothing else does.
const DefaultAttemptTimeout = 30 * time.Second

// Option changes Settings. The same options work for a client and per call.
type Option func(*Settings)

// Apply returns a copy of s with opts applied in order.
func (s Settings) Apply(opts ...Option) Settings {
	if len(opts) == 0 {
		return s // without an option s does not escape to the heap
	}
	return s.apply(opts)
}

func (s Settings) apply(opts []Option) Settings {
	for _, opt := range opts {
		if opt != nil {
			opt(&s)
		}
	}
	return s
}

// sameTransport reports whether two settings build the same *http.Client,
// so a call without HTTP-level options can reuse the client's prepared one.
func (s Settings) sameTransport(o Settings) bool {
	return s.HTTPClient == o.HTTPClient && s.AttemptTimeout == o.AttemptTimeout && s.Logger == o.Logger
}
