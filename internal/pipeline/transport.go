package pipeline

import (
	"log/slog"
	"net"
	"net/http"
	"net/http/httptrace"
	"time"
)

// signingTransport signs every attempt (so a retry gets a fresh nonce,
// timestamp or token) and logs it. It sits under go-retryablehttp, so it
// sees each attempt exactly once.
type signingTransport struct {
	base    http.RoundTripper
	signer  Signer
	logger  *slog.Logger
	dialect Dialect
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
	out := req.Clone(httptrace.WithClientTrace(req.Context(), st.trace))
	if err := t.signer.Sign(out.Context(), out, st.call); err != nil {
		return nil, &signError{err}
	}
	start := time.Now()
	resp, err := t.base.RoundTrip(out)
	t.log(st, attempt, resp, err, time.Since(start))
	return resp, err
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
	hc.Transport = &signingTransport{base: base, signer: signer, logger: logger, dialect: d}
	hc.CheckRedirect = refuseRedirect
	switch {
	case s.AttemptTimeout > 0:
		hc.Timeout = s.AttemptTimeout
	case hc.Timeout == 0:
		hc.Timeout = DefaultAttemptTimeout
	}
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
