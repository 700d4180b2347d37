package pipeline

import (
	"context"
	"net/http"
	"net/url"

	"github.com/polycloud-go/polycloud/internal/apierr"
)

// Call is one logical API call, encoded and ready to send. The pipeline
// never mutates it, so every attempt starts from the same input.
type Call struct {
	Service   string // "ga", "apigateway", "apig"
	Operation string // "ListForwardingRules"
	Method    string
	URL       *url.URL // endpoint, path and any query known before signing
	Header    http.Header
	Body      []byte
	// Params is provider-specific input for the Signer (the Alibaba RPC
	// parameters, which are signed and then written into the query).
	Params any
	// SafeToRetry says that repeating the call cannot duplicate a write:
	// the operation is idempotent or carries a client token.
	SafeToRetry bool
}

// Signer authenticates one attempt. It is called for every attempt,
// retries included, on a private clone of the request, so it may set
// headers and rewrite the URL query (a fresh nonce and timestamp each time).
type Signer interface {
	Sign(ctx context.Context, req *http.Request, call *Call) error
}

// Reauthenticator is implemented by signers whose credentials the server
// can reject before their known expiry (Huawei tokens). On a 401 the
// pipeline calls Reauthenticate once with the rejected response and, if it
// returns nil, replays the call.
type Reauthenticator interface {
	Reauthenticate(ctx context.Context, rejected *http.Response) error
}

// Dialect knows how one cloud reports failures.
type Dialect interface {
	// Provider names the cloud: "alibaba" or "huawei".
	Provider() string
	// DecodeError turns a non-2xx response into an error with Code,
	// Message (redacted), RequestID and Kind filled. It never fails: a body
	// that is not the provider's JSON still yields the status.
	DecodeError(status int, header http.Header, body []byte) *apierr.Error
	// RequestID finds the request id in response headers.
	RequestID(header http.Header) string
}

// Response is what a successful call returns besides the decoded body.
type Response struct {
	StatusCode int
	Header     http.Header
	Attempts   int
}
