package pipeline

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptrace"
	"sync/atomic"
	"time"

	"github.com/hashicorp/go-retryablehttp"

	"github.com/polycloud-go/polycloud/internal/apierr"
)

// attemptState is the per-call state the retry loop, the transport and
// the classifier share. Attempts run one after another, but the transport
// reports "request written" from its own goroutine, hence the atomics.
//
// It also holds, by value, the go-retryablehttp client and request that
// drive the call, so that the whole per-call bookkeeping is one allocation.
type attemptState struct {
	ctx      context.Context
	call     *Call
	policy   RetryPolicy
	writes   bool // caller opted in to retrying ambiguous writes
	dialect  Dialect
	last     *apierr.Error // the latest failure answered, kept in case a deadline ends the retries
	n        atomic.Int32  // attempts started
	wrote    atomic.Bool   // the current attempt's request was fully written
	nextWait time.Duration
	trace    httptrace.ClientTrace
	getBody  func() (io.ReadCloser, error) // a fresh reader over call.Body; nil without a body
	retry    retryablehttp.Client
	request  retryablehttp.Request
}

func newAttemptState(ctx context.Context, call *Call, s Settings, d Dialect) *attemptState {
	st := &attemptState{ctx: ctx, call: call, policy: s.Retry.withDefaults(), writes: s.RetryWrites, dialect: d}
	st.trace.WroteRequest = st.wroteRequest
	if len(call.Body) > 0 {
		st.getBody = st.newBody
	}
	return st
}

// wroteRequest is the httptrace hook that tells an ambiguous failure
// (after the request went out) from one that cannot have reached the
// server.
func (st *attemptState) wroteRequest(httptrace.WroteRequestInfo) { st.wrote.Store(true) }

// newBody returns a fresh reader over the call's body: the transport
// attaches one to every attempt, and net/http uses it to replay a request
// on a kept-alive connection the server had closed.
func (st *attemptState) newBody() (io.ReadCloser, error) {
	return io.NopCloser(bytes.NewReader(st.call.Body)), nil
}

type stateKey struct{}

func withState(ctx context.Context, st *attemptState) context.Context {
	return context.WithValue(ctx, stateKey{}, st)
}

func stateFrom(ctx context.Context) *attemptState {
	st, _ := ctx.Value(stateKey{}).(*attemptState)
	return st
}

// begin marks the start of one attempt.
func (st *attemptState) begin() int {
	st.wrote.Store(false)
	return int(st.n.Add(1))
}

func (st *attemptState) attempts() int { return int(st.n.Load()) }

// apiError decodes a failure response and labels it with the call.
func (st *attemptState) apiError(status int, header http.Header, body []byte) *apierr.Error {
	e := st.dialect.DecodeError(status, header, body)
	e.Provider, e.Service, e.Operation = st.dialect.Provider(), st.call.Service, st.call.Operation
	e.StatusCode, e.Attempts = status, st.attempts()
	if e.RequestID == "" {
		e.RequestID = st.dialect.RequestID(header)
	}
	return e
}

// signError marks a failure to sign (credentials could not be had), which
// retrying the HTTP attempt cannot fix.
type signError struct{ err error }

func (e *signError) Error() string { return "credentials: " + e.err.Error() }
func (e *signError) Unwrap() error { return e.err }

// crossHostError refuses to send a request (a redirect, say) to a host
// other than the call's endpoint, so credentials never travel there.
var errCrossHost = errors.New("refusing to send credentials to a host other than the configured endpoint")

// attemptTimeoutError reports that one HTTP attempt ran out of its
// AttemptTimeout while the call's own context was still alive. Like the
// error of net/http's Client.Timeout it is a net.Error whose Timeout is
// true, and errors.Is matches it to context.DeadlineExceeded.
type attemptTimeoutError struct {
	After time.Duration // the attempt timeout
	Err   error         // what the transport reported
}

func (e *attemptTimeoutError) Error() string {
	return "attempt timed out after " + e.After.String() + ": " + e.Err.Error()
}

// Unwrap returns the transport's error.
func (e *attemptTimeoutError) Unwrap() error { return e.Err }

// Timeout is true: the attempt timed out.
func (e *attemptTimeoutError) Timeout() bool { return true }

// Temporary is true, as for net/http's timeouts: another attempt may succeed.
func (e *attemptTimeoutError) Temporary() bool { return true }

// Is matches context.DeadlineExceeded.
func (e *attemptTimeoutError) Is(target error) bool { return target == context.DeadlineExceeded }
