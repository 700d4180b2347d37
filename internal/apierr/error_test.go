package apierr

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestErrorFormatsOneLine(t *testing.T) {
	e := &Error{Provider: "alibaba", Service: "ga", Operation: "ListForwardingRules", StatusCode: 400,
		Code: "Throttling.User", Message: "Request was denied due to user flow control.", RequestID: "7F3", Kind: KindThrottled}
	assert.Equal(t, "alibaba ga ListForwardingRules: HTTP 400 Throttling.User: Request was denied due to user flow control. (request id 7F3)", e.Error())
	assert.Equal(t, fmt.Sprintf("%#v", e), `&apierr.Error{"`+e.Error()+`"}`)
	assert.Equal(t, "huawei apig X: HTTP 502", (&Error{Provider: "huawei", Service: "apig", Operation: "X", StatusCode: 502}).Error())
}

func TestSentinelsMatchByKind(t *testing.T) {
	all := []error{ErrInvalidArgument, ErrUnauthorized, ErrForbidden, ErrNotFound, ErrConflict, ErrThrottled, ErrUnavailable}
	for i, sentinel := range all {
		err := fmt.Errorf("wrapped: %w", &Error{Kind: Kind(i + 1)})
		for j, other := range all {
			assert.Equal(t, i == j, errors.Is(err, other), "%v vs %v", sentinel, other)
		}
	}
	assert.False(t, errors.Is(&Error{Kind: KindUnknown}, ErrNotFound))
}

func TestRetryable(t *testing.T) {
	assert.True(t, (&Error{Kind: KindThrottled}).Retryable())
	assert.True(t, (&Error{Kind: KindUnavailable}).Retryable())
	assert.False(t, (&Error{Kind: KindNotFound}).Retryable())
}

func TestKindOfStatus(t *testing.T) {
	for status, want := range map[int]Kind{400: KindInvalidArgument, 401: KindUnauthorized, 403: KindForbidden,
		404: KindNotFound, 409: KindConflict, 429: KindThrottled, 500: KindUnavailable, 503: KindUnavailable, 302: KindUnknown} {
		assert.Equal(t, want, KindOfStatus(status), "status %d", status)
	}
}

func TestParamErrorNamesTheField(t *testing.T) {
	err := &ParamError{Provider: "huawei", Service: "apig", Operation: "AddCustomIngressPort", Field: "ingress_port", Problem: "must be between 1024 and 49151"}
	assert.Equal(t, "huawei apig AddCustomIngressPort: invalid request: ingress_port must be between 1024 and 49151", err.Error())
	assert.ErrorIs(t, err, ErrInvalidArgument)
}

func TestDecodeErrorKeepsStatusAndRequestID(t *testing.T) {
	err := &DecodeError{Provider: "alibaba", Service: "ga", Operation: "Op", StatusCode: 200, RequestID: "r1",
		ContentType: "text/html", Err: errors.New("invalid character '<'")}
	assert.Equal(t, "alibaba ga Op: HTTP 200: response is not valid JSON (content type text/html) (request id r1): invalid character '<'", err.Error())
	assert.ErrorContains(t, errors.Unwrap(err), "invalid character")
}
