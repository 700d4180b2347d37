package pipeline

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

// signingTransport signs every attempt (so a retry gets a fresh nonce,
// timestamp or token), bounds it with the attempt timeout and logs it. It
// sits under go-retryablehttp, so it sees each attempt exactly once.
//
// The attempt timeout lives here rather than in http.Client.Timeout: for a
// RoundTripper that is not an *http.Transport, net/http enforces
// Client.Timeout with a goroutine, a timer and a cancel channel per
// request, which cost more than everything else the pipeline adds. A
// context deadline per attempt, released when the response body is
// closed, bounds the same span (connect, send, headers and body).
//
// It deliberately has no CloseIdleConnections method: go-retryablehttp
// calls that on its client after every failed call, which would empty the
// connection pool every concurrent caller shares.
type signingTransport struct {
	base    http.RoundTripper
	signer  Signer
	logger  *slog.Logger
	dialect Dialect
	timeout time.Duration // per attempt
}

// RoundTrip signs a clone of req (a RoundTripper must not modify its
// input) and sends it.
func (t *signingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	st := stateFrom(req.Context())
	if st == nil {
		return t.base.RoundTrip(req)
	}
	attempt := st.begin()
	if req.URL.Host != st.call.URL.Host {
		return nil, errCrossHost
	}
	parent := req.Context()
	ctx, cancel := t.attemptContext(parent)
	out := req.Clone(ctx)
	if err := t.signer.Sign(ctx, out, st.call); err != nil {
		cancel()
		return nil, &signError{t.explain(parent, ctx, err)}
	}
	if st.getBody != nil {
		out.Body, _ = st.getBody()
	}
	logging := t.logger.Enabled(st.ctx, slog.LevelDebug)
	var start time.Time
	if logging {
		start = time.Now()
	}
	resp, err := t.base.RoundTrip(out)
	if err != nil {
		err = &scrubbedError{err: t.explain(parent, ctx, err), signed: signedParts(req, out)}
		cancel()
	} else {
		resp.Body = &attemptBody{ReadCloser: resp.Body, t: t, parent: parent, ctx: ctx, cancel: cancel}
	}
	if logging {
		t.log(st, attempt, resp, err, time.Since(start))
	}
	return resp, err
}

// signedParts are what signing put into an attempt: the query it wrote
// and the header values it set or changed (signatures, STS tokens,
// X-Auth-Token, Authorization).
func signedParts(before, after *http.Request) []string {
	var parts []string
	if q := after.URL.RawQuery; q != before.URL.RawQuery {
		parts = append(parts, q)
	}
	for name, values := range after.Header {
		if !slices.Equal(values, before.Header[name]) {
			parts = append(parts, values...)
		}
	}
	return parts
}

// minScrubbed is the shortest signed part scrubbed from an error: shorter
// values ("1.0", "JSON") are not secret, and would blank ordinary words.
const minScrubbed = 8

// scrubbedError is a transport failure without the signed parts of its
// request. The caller's RoundTripper may quote the request's URL or
// headers in its error ("proxy refused https://host/?…&Signature=…"), and
// the error reaches the caller and the debug log. It unwraps to the
// original, so errors.Is and errors.As (net.Error, timeouts) still work.
type scrubbedError struct {
	err    error
	signed []string
}

func (e *scrubbedError) Error() string {
	msg := e.err.Error()
	for _, part := range e.signed {
		if len(part) >= minScrubbed {
			msg = strings.ReplaceAll(msg, part, "<redacted>")
		}
	}
	return msg
}

// GoString keeps %#v to the scrubbed text: the default would print the
// signed parts themselves.
func (e *scrubbedError) GoString() string {
	return "&pipeline.scrubbedError{" + strconv.Quote(e.Error()) + "}"
}

func (e *scrubbedError) Unwrap() error { return e.err }

// Timeout and Temporary answer for the wrapped error: *url.Error asks its
// Err directly rather than through errors.As, so without them a timed-out
// attempt would no longer be a timeout to net.Error callers.
func (e *scrubbedError) Timeout() bool {
	var t interface{ Timeout() bool }
	return errors.As(e.err, &t) && t.Timeout()
}

func (e *scrubbedError) Temporary() bool {
	var t interface{ Temporary() bool }
	return errors.As(e.err, &t) && t.Temporary()
}

// attemptContext bounds one attempt by the attempt timeout. When the
// call's own deadline comes first it already bounds the attempt, and the
// timer is saved, as net/http does for Client.Timeout.
func (t *signingTransport) attemptContext(parent context.Context) (context.Context, context.CancelFunc) {
	if d, ok := parent.Deadline(); ok && time.Until(d) <= t.timeout {
		return parent, func() {}
	}
	return context.WithTimeout(parent, t.timeout)
}

// explain replaces the bare context error of an attempt that ran out of
// its own time, while the call's context is still alive, with one that
// says so.
func (t *signingTransport) explain(parent, attempt context.Context, err error) error {
	if err != nil && parent.Err() == nil && errors.Is(attempt.Err(), context.DeadlineExceeded) {
		return &attemptTimeoutError{After: t.timeout, Err: err}
	}
	return err
}

// attemptBody is the response body of one attempt. Closing it ends the
// attempt: its deadline timer is released.
type attemptBody struct {
	io.ReadCloser
	t           *signingTransport
	parent, ctx context.Context
	cancel      context.CancelFunc
}

func (b *attemptBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err != nil && err != io.EOF {
		err = b.t.explain(b.parent, b.ctx, err)
	}
	return n, err
}

func (b *attemptBody) Close() error {
	err := b.ReadCloser.Close()
	b.cancel()
	return err
}

// log writes one Debug record per attempt: never URLs, headers or bodies,
// which carry signatures and tokens.
func (t *signingTransport) log(st *attemptState, attempt int, resp *http.Response, err error, d time.Duration) {
	if !t.logger.Enabled(st.ctx, slog.LevelDebug) {
		return
	}
	attrs := []slog.Attr{
		slog.String("provider", t.dialect.Provider()), slog.String("service", st.call.Service),
		slog.String("operation", st.call.Operation), slog.Int("attempt", attempt), slog.Duration("latency", d),
	}
	if resp != nil {
		attrs = append(attrs, slog.Int("status", resp.StatusCode), slog.String("request_id", t.dialect.RequestID(resp.Header)))
	}
	if err != nil {
		attrs = append(attrs, slog.String("error", err.Error()))
	}
	t.logger.LogAttrs(st.ctx, slog.LevelDebug, "polycloud attempt", attrs...)
}

// prepareHTTPClient copies the caller's client (never modifying it),
// wraps its transport with the signer, refuses redirects and bounds each
// attempt.
func prepareHTTPClient(s Settings, signer Signer, d Dialect) *http.Client {
	var hc http.Client
	if s.HTTPClient != nil {
		hc = *s.HTTPClient
	}
	base := hc.Transport
	if base == nil {
		base = newDefaultTransport()
	}
	logger := s.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	timeout := DefaultAttemptTimeout
	switch {
	case s.AttemptTimeout > 0:
		timeout = s.AttemptTimeout
	case hc.Timeout > 0:
		timeout = hc.Timeout
	}
	hc.Timeout = 0 // the transport bounds each attempt instead
	hc.Transport = &signingTransport{base: base, signer: signer, logger: logger, dialect: d, timeout: timeout}
	hc.CheckRedirect = refuseRedirect
	return &hc
}

// refuseRedirect returns a redirect as the response instead of following
// it: no cloud API here redirects, and Go would forward custom headers
// such as X-Auth-Token to the new host.
func refuseRedirect(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }

// newDefaultTransport is a pooled transport with finite dial, TLS and
// header timeouts and enough idle connections per host for concurrent
// callers. It is built from scratch rather than cloned from
// http.DefaultTransport, which programs (and test tools) may replace.
func newDefaultTransport() *http.Transport {
	return &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          256,
		MaxIdleConnsPerHost:   64,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: time.Second,
		ResponseHeaderTimeout: DefaultAttemptTimeout,
	}
}
