package pipeline

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptrace"
	"sync/atomic"
	"time"

	"github.com/polycloud-go/polycloud/internal/apierr"
)

// attemptState is the per-call state the retry loop, the transport and
// the classifier share. Attempts run one after another, but the transport
// reports "request written" from its own goroutine, hence the atomics.
type attemptState struct {
	ctx      context.Context
	call     *Call
	policy   RetryPolicy
	writes   bool // caller opted in to retrying ambiguous writes
	dialect  Dialect
	n        atomic.Int32 // attempts started
	wrote    atomic.Bool  // the current attempt's request was fully written
	nextWait time.Duration
	trace    *httptrace.ClientTrace
}

func newAttemptState(ctx context.Context, call *Call, s Settings, d Dialect) *attemptState {
	st := &attemptState{ctx: ctx, call: call, policy: s.Retry.withDefaults(), writes: s.RetryWrites, dialect: d}
	st.trace = &httptrace.ClientTrace{WroteRequest: func(httptrace.WroteRequestInfo) { st.wrote.Store(true) }}
	return st
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
