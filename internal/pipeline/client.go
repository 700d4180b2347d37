package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptrace"

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
	if ctx == nil { // the context package panics on a nil parent
		return nil, &apierr.ParamError{Provider: c.dialect.Provider(), Service: call.Service,
			Operation: call.Operation, Field: "ctx", Problem: "is required"}
	}
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

// received is a fully read response. It embeds the Response a successful
// call returns, so that both are one allocation.
type received struct {
	Response
	body []byte
	raw  *http.Response // body already consumed; kept for Reauthenticate
}

// send runs the retry loop once and reads the final response. A non-2xx
// final response is returned together with its decoded *apierr.Error.
func (c *Client) send(ctx context.Context, call *Call, s Settings, hc *http.Client) (*received, int, error) {
	st := newAttemptState(ctx, call, s, c.dialect)
	st.retry.HTTPClient = hc
	st.retry.RetryMax = st.policy.MaxAttempts - 1
	st.retry.CheckRetry = checkRetry
	st.retry.Backoff = st.backoff
	st.retry.ErrorHandler = retryablehttp.PassthroughErrorHandler
	st.request.Request = newRequest(httptrace.WithClientTrace(withState(ctx, st), &st.trace), call, s.Header, st.getBody)
	httpResp, err := st.retry.Do(&st.request)
	if err != nil {
		if httpResp != nil { // a context error ended the retries: drop the response
			_ = httpResp.Body.Close()
		}
		if st.last != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) { // the deadline cut a retry short: report why we were retrying
			return nil, st.attempts(), fmt.Errorf("%w (then: %w)", st.last, err)
		}
		return nil, st.attempts(), err
	}
	return c.readFinal(st, httpResp)
}

// newRequest builds the request go-retryablehttp sends, without
// retryablehttp.NewRequest's costs: no URL string to parse again and no
// body closures. It carries no body: the transport gives every attempt a
// fresh reader from getBody. An empty call body stays nil, so a POST goes
// out with "Content-Length: 0" rather than as an empty chunked body,
// whose end a server would never see.
func newRequest(ctx context.Context, call *Call, extra http.Header, getBody func() (io.ReadCloser, error)) *http.Request {
	req := http.Request{
		Method: call.Method, URL: call.URL, Host: call.URL.Host, // read only: the transport signs a copy
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header:        mergeHeader(call.Header, extra),
		ContentLength: int64(len(call.Body)),
		GetBody:       getBody,
	}
	return req.WithContext(ctx)
}

// mergeHeader is src's entries and then extra's. Without extra it is src
// itself: the request's header is only ever read (net/http copies it,
// the transport signs a clone), so sharing the call's saves a copy.
func mergeHeader(src, extra http.Header) http.Header {
	if len(extra) == 0 && src != nil {
		return src
	}
	h := make(http.Header, len(src)+len(extra))
	copyHeader(h, src)
	copyHeader(h, extra)
	return h
}

// readFinal reads the last response; a failure status becomes an error.
func (c *Client) readFinal(st *attemptState, httpResp *http.Response) (*received, int, error) {
	body, err := readBody(httpResp.Body, httpResp.ContentLength)
	if err != nil {
		return nil, st.attempts(), err
	}
	r := &received{Response: Response{StatusCode: httpResp.StatusCode, Header: httpResp.Header}, body: body, raw: httpResp}
	if isSuccess(r.StatusCode) {
		return r, st.attempts(), nil
	}
	return r, st.attempts(), st.apiError(r.StatusCode, r.Header, body)
}

func isSuccess(status int) bool { return status >= 200 && status < 300 }

// MaxResponseBytes caps how much of a response body is read, so a broken
// or hostile server cannot exhaust memory.
const MaxResponseBytes = 64 << 20

var errBodyTooLarge = errors.New("response body larger than 64 MiB")

// readBody reads and closes a body. When the server declared its length,
// the buffer is allocated once at that size instead of grown step by step.
func readBody(rc io.ReadCloser, declared int64) ([]byte, error) {
	defer rc.Close()
	if declared < 0 { // chunked: grow as io.ReadAll does
		return readAllLimited(make([]byte, 0, 512), rc)
	}
	if declared > MaxResponseBytes {
		return nil, errBodyTooLarge
	}
	body := make([]byte, declared, declared+1)
	if _, err := io.ReadFull(rc, body); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF // a truncated body is an error, as with io.ReadAll
		}
		return nil, err
	}
	// Read on to EOF: it hands the connection back at once, and a
	// transport that declared too little still gets its whole body read.
	return readAllLimited(body, rc)
}

// readAllLimited appends the rest of r to body, up to MaxResponseBytes in all.
func readAllLimited(body []byte, r io.Reader) ([]byte, error) {
	for {
		if len(body) == cap(body) {
			body = append(body, 0)[:len(body)]
		}
		n, err := r.Read(body[len(body):cap(body)])
		body = body[:len(body)+n]
		switch {
		case len(body) > MaxResponseBytes:
			return nil, errBodyTooLarge
		case err == io.EOF:
			return body, nil
		case err != nil:
			return nil, err
		}
	}
}

func copyHeader(dst, src http.Header) {
	for k, vs := range src {
		dst[k] = append(dst[k][:0:0], vs...)
	}
}
