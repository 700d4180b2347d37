package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/hashicorp/go-retryablehttp"

	"github.com/polycloud-go/polycloud/internal/apierr"
)

// Client sends Calls for one service. It is immutable and safe for
// concurrent use.
type Client struct {
	dialect Dialect
	signer  Signer
	base    Settings
	http    *http.Client // prepared from base: signing transport, no redirects
}

// New prepares a client. It does no I/O.
func New(d Dialect, s Signer, base Settings) *Client {
	return &Client{dialect: d, signer: s, base: base, http: prepareHTTPClient(base, s, d)}
}

// Settings returns the client-level settings with opts applied.
func (c *Client) Settings(opts ...Option) Settings { return c.base.Apply(opts...) }

// Do sends call, retrying as the settings allow, and decodes a successful
// body into out (nil to discard it; a *[]byte receives the raw bytes). A
// failure is an *apierr.Error (the cloud answered), an *apierr.DecodeError
// (a success status with an unreadable body), or a wrapped transport or
// context error with any URL redacted.
func (c *Client) Do(ctx context.Context, call *Call, out any, opts ...Option) (*Response, error) {
	s, hc := c.base, c.http
	if len(opts) > 0 {
		s = c.base.Apply(opts...)
		if !s.sameTransport(c.base) {
			hc = prepareHTTPClient(s, c.signer, c.dialect)
		}
	}
	if s.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, s.Timeout)
		defer cancel()
	}
	resp, attempts, err := c.send(ctx, call, s, hc)
	if err != nil && c.shouldReauthenticate(resp, err) {
		if rerr := c.signer.(Reauthenticator).Reauthenticate(ctx, resp.raw); rerr != nil {
			// Keep the 401 first, so errors.As finds the service's answer.
			return nil, fmt.Errorf("%w (re-authentication failed: %w)", err, redact(rerr))
		}
		var more int
		resp, more, err = c.send(ctx, call, s, hc)
		attempts += more
	}
	if err != nil {
		return nil, c.finalError(call, err, attempts)
	}
	return c.decode(call, resp, attempts, out)
}

// shouldReauthenticate is true for a 401 when the signer can refresh.
func (c *Client) shouldReauthenticate(resp *received, err error) bool {
	_, ok := c.signer.(Reauthenticator)
	var apiErr *apierr.Error
	return ok && resp != nil && errors.As(err, &apiErr) && apiErr.StatusCode == http.StatusUnauthorized
}

// received is a fully read response.
type received struct {
	status int
	header http.Header
	body   []byte
	raw    *http.Response // body already consumed; kept for Reauthenticate
}

// send runs the retry loop once and reads the final response. A non-2xx
// final response is returned together with its decoded *apierr.Error.
func (c *Client) send(ctx context.Context, call *Call, s Settings, hc *http.Client) (*received, int, error) {
	st := newAttemptState(ctx, call, s, c.dialect)
	req, err := retryablehttp.NewRequestWithContext(withState(ctx, st), call.Method, call.URL.String(), call.Body)
	if err != nil {
		return nil, 0, err
	}
	copyHeader(req.Header, call.Header)
	copyHeader(req.Header, s.Header)
	rc := &retryablehttp.Client{
		HTTPClient:   hc,
		RetryMax:     st.policy.MaxAttempts - 1,
		CheckRetry:   st.checkRetry,
		Backoff:      st.backoff,
		ErrorHandler: retryablehttp.PassthroughErrorHandler,
	}
	httpResp, err := rc.Do(req)
	if err != nil {
		return nil, st.attempts(), err
	}
	return c.readFinal(st, httpResp)
}

// readFinal reads the last response; a failure status becomes an error.
func (c *Client) readFinal(st *attemptState, httpResp *http.Response) (*received, int, error) {
	body, err := readBody(httpResp.Body)
	if err != nil {
		return nil, st.attempts(), err
	}
	r := &received{status: httpResp.StatusCode, header: httpResp.Header, body: body, raw: httpResp}
	if isSuccess(r.status) {
		return r, st.attempts(), nil
	}
	return r, st.attempts(), st.apiError(r.status, r.header, body)
}

func isSuccess(status int) bool { return status >= 200 && status < 300 }

// MaxResponseBytes caps how much of a response body is read, so a broken
// or hostile server cannot exhaust memory.
const MaxResponseBytes = 64 << 20

func readBody(rc io.ReadCloser) ([]byte, error) {
	defer rc.Close()
	body, err := io.ReadAll(io.LimitReader(rc, MaxResponseBytes+1))
	if err == nil && len(body) > MaxResponseBytes {
		return nil, errors.New("response body larger than 64 MiB")
	}
	return body, err
}

func copyHeader(dst, src http.Header) {
	for k, vs := range src {
		dst[k] = append(dst[k][:0:0], vs...)
	}
}
