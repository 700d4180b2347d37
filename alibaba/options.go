package alibaba

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/polycloud-go/polycloud/internal/pipeline"
)

// Option adjusts a client (passed to New) or a single call (passed after
// the request). Later options win.
type Option = pipeline.Option

// RetryPolicy bounds retries: attempts and backoff. The zero value means 4
// attempts with jittered exponential backoff from 200ms to 20s.
type RetryPolicy = pipeline.RetryPolicy

// WithEndpoint sends calls to endpoint instead of the product's default
// host, e.g. "http://127.0.0.1:8080" for an emulator or a VPC endpoint.
func WithEndpoint(endpoint string) Option {
	return func(s *pipeline.Settings) { s.Endpoint = endpoint }
}

// WithHTTPClient sends calls through hc. polycloud uses a copy that signs
// every attempt and refuses redirects; hc itself is not modified.
func WithHTTPClient(hc *http.Client) Option {
	return func(s *pipeline.Settings) { s.HTTPClient = hc }
}

// WithRetry sets the retry policy; RetryPolicy{MaxAttempts: 1} disables retries.
func WithRetry(p RetryPolicy) Option {
	return func(s *pipeline.Settings) { s.Retry = p }
}

// WithLogger logs one Debug record per HTTP attempt (operation, attempt,
// status, request id, latency). Secrets, URLs and bodies are never logged.
func WithLogger(l *slog.Logger) Option {
	return func(s *pipeline.Settings) { s.Logger = l }
}

// WithAttemptTimeout bounds each HTTP attempt; the context bounds the
// whole call, retries included. The default is 30s.
func WithAttemptTimeout(d time.Duration) Option {
	return func(s *pipeline.Settings) { s.AttemptTimeout = d }
}

// WithTimeout bounds a whole call, retries and backoff included. The
// context can bound it too; whichever ends first wins.
func WithTimeout(d time.Duration) Option {
	return func(s *pipeline.Settings) { s.Timeout = d }
}

// WithRetryWrites allows retrying a write that is neither idempotent nor
// protected by a ClientToken after an ambiguous failure (a timeout or a
// reset after the request was sent). Use it only where a duplicate write
// is harmless.
func WithRetryWrites() Option {
	return func(s *pipeline.Settings) { s.RetryWrites = true }
}

// WithHeader adds a header to every attempt. With SignatureV1 no header
// is signed. With SignatureV3 a Content-Type or x-acs-* header is signed
// like the signer's own (the server expects every x-acs-* header it
// receives to be signed), and the x-acs-* headers and Authorization the
// signer sets replace any of the same name (x-acs-security-token is sent
// only for STS credentials, and then it is theirs).
func WithHeader(name, value string) Option {
	return func(s *pipeline.Settings) {
		s.Header = s.Header.Clone()
		if s.Header == nil {
			s.Header = http.Header{}
		}
		s.Header.Add(name, value)
	}
}
