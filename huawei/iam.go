package huawei

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"

	"github.com/polycloud-go/polycloud/internal/pipeline"
)

// DefaultIAMEndpoint is where tokens come from when Config.IAMEndpoint is
// empty. Tokens from the global endpoint work in every region.
const DefaultIAMEndpoint = "https://iam.myhuaweicloud.com"

// IAMClient obtains tokens from Huawei Cloud's Identity and Access
// Management service. It sends through the same pipeline as every other
// call (retries, timeouts, redirects refused, nothing secret logged) and
// is safe for concurrent use. Credentials sources receive one in their
// TokenRequest.
type IAMClient struct {
	endpoint *url.URL
	err      error // a bad Config.IAMEndpoint, reported by every call
	pipe     *pipeline.Client
}

// NewIAMClient builds an IAM client from cfg's IAMEndpoint, HTTPClient,
// Retry and Logger; opts adjust them like they adjust a Client. It does no
// I/O and never fails: a bad IAMEndpoint is reported by CreateToken.
func NewIAMClient(cfg Config, opts ...Option) *IAMClient {
	return newIAMClient(cfg, cfg.settings().Apply(opts...))
}

// newIAMClient takes the transport settings of a service client; its
// Endpoint and extra headers are meant for the service, not for IAM.
func newIAMClient(cfg Config, s pipeline.Settings) *IAMClient {
	raw := cfg.IAMEndpoint
	if raw == "" {
		raw = DefaultIAMEndpoint
	}
	u, err := parseEndpoint("iam", "IAMEndpoint", raw)
	s.Endpoint, s.Header = "", nil
	return &IAMClient{endpoint: u, err: err, pipe: pipeline.New(dialect{}, noSigner{}, s)}
}

// CreateToken sends POST /v3/auth/tokens?nocatalog=true with body (the
// {"auth": …} document, encoded as JSON) and returns the token from the
// X-Subject-Token header with its expiry and IDs from the response body.
// authToken, when not empty, is sent as X-Auth-Token: an agency
// (assume_role) request is made with the delegated user's own token.
//
// A refusal is an *APIError with Service "iam" and Operation
// "CreateToken"; errors never contain the body, the token or authToken.
func (c *IAMClient) CreateToken(ctx context.Context, body any, authToken string) (Token, error) {
	if c == nil {
		return Token{}, errors.New("huawei iam CreateToken: nil *IAMClient")
	}
	call, err := c.tokenCall(body, authToken)
	if err != nil {
		return Token{}, err
	}
	var out tokenBody
	resp, err := c.pipe.Do(ctx, call, &out)
	if err != nil {
		return Token{}, err
	}
	return out.token(resp)
}

// tokenCall encodes one CreateToken request. It is safe to retry: asking
// for a token twice only issues two tokens, and both stay valid.
func (c *IAMClient) tokenCall(body any, authToken string) (*pipeline.Call, error) {
	if c.err != nil {
		return nil, c.err
	}
	b, err := json.Marshal(body)
	if err != nil {
		return nil, errors.New("huawei iam CreateToken: cannot encode the request body as JSON")
	}
	u := *c.endpoint
	u.Path += "/v3/auth/tokens"
	u.RawPath = ""
	u.RawQuery = "nocatalog=true"
	h := http.Header{"Content-Type": {"application/json;charset=UTF-8"}}
	if authToken != "" {
		h.Set("X-Auth-Token", authToken)
	}
	return &pipeline.Call{Service: "iam", Operation: "CreateToken", Method: http.MethodPost,
		URL: &u, Header: h, Body: b, SafeToRetry: true}, nil
}

// noSigner leaves IAM requests as they are: the password travels in the body.
type noSigner struct{}

func (noSigner) Sign(context.Context, *http.Request, *pipeline.Call) error { return nil }
