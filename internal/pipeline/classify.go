package pipeline

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"

	"github.com/polycloud-go/polycloud/internal/apierr"
)

// checkRetry is go-retryablehttp's CheckRetry. ctx is the call's request
// context, which carries the call's state; a function rather than a
// method value saves an allocation per call.
func checkRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	return stateFrom(ctx).checkRetry(ctx, resp, err)
}

// checkRetry decides whether to retry one call's attempt. It decides on
// the provider's error code, not only the status: Alibaba throttles with
// HTTP 400 and Code "Throttling.User". It reads and restores the body so
// the provider's error is never lost.
func (st *attemptState) checkRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	if err != nil {
		return st.retryAfterTransportError(err), nil
	}
	if isSuccess(resp.StatusCode) {
		return false, nil
	}
	body, rerr := readBody(resp.Body, resp.ContentLength)
	resp.Body = io.NopCloser(bytes.NewReader(body))
	if rerr != nil {
		return st.retryAmbiguous() && st.plan(resp), nil
	}
	st.last = st.apiError(resp.StatusCode, resp.Header, body)
	return st.retryAfterFailure(st.last) && st.plan(resp), nil
}

// retryAfterTransportError retries a request that never left the machine,
// and an ambiguous failure only when repeating it is safe.
func (st *attemptState) retryAfterTransportError(err error) bool {
	var se *signError
	if errors.As(err, &se) || errors.Is(err, errCrossHost) {
		return false
	}
	if !st.wrote.Load() {
		return st.plan(nil)
	}
	return st.retryAmbiguous() && st.plan(nil)
}

// retryAfterFailure retries when the server says it did nothing
// (throttled, 429, 503) and, for safe calls, on other server errors.
func (st *attemptState) retryAfterFailure(e *apierr.Error) bool {
	switch {
	case e.Kind == apierr.KindThrottled, e.StatusCode == http.StatusServiceUnavailable:
		return true
	case e.Kind == apierr.KindUnavailable:
		return st.retryAmbiguous()
	}
	return false
}

func (st *attemptState) retryAmbiguous() bool { return st.call.SafeToRetry || st.writes }
