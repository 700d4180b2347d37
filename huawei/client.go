package huawei

import (
	"context"
	"net/http"
	"time"

	"github.com/polycloud-go/polycloud/internal/pipeline"
)

// Service describes one Huawei Cloud REST service for Client. Generated
// service packages declare theirs.
type Service struct {
	// Name is polycloud's short name, used in errors and logs ("apig").
	Name string
	// Endpoint is the default host; "{region}" is replaced by Config.Region
	// ("apig.{region}.myhuaweicloud.com"). HTTPS is used.
	Endpoint string
	// DomainScoped marks global services (Global Accelerator) that need a
	// domain-scoped token; others get a token scoped to Config.Region's project.
	DomainScoped bool
}

// Operation describes one REST operation.
type Operation struct {
	Name   string // "AddCustomIngressPort"
	Method string // "POST"
	// Path is the template, e.g. "/v2/{project_id}/apigw/instances/{instance_id}/custom-ingress-ports".
	// {project_id} and {domain_id} are filled by the client.
	Path string
	// Idempotent marks operations safe to repeat after an ambiguous
	// failure (GET, PUT, DELETE by default).
	Idempotent bool
}

// Client calls the operations of one service. Generated service clients
// (ga.Client, apig.Client) wrap it. It is immutable and safe for
// concurrent use; NewClient does no I/O and never fails: a bad
// configuration is reported by the first call.
type Client struct {
	cfg     Config
	service Service
	tokens  *tokenCache // token credentials; nil with an access key
	account *accountIDs // access-key credentials; nil with tokens
	pipe    *pipeline.Client
}

// NewClient builds a client for service. Options apply to every call.
// Credentials that implement AccessKeySource sign each request; any other
// Credentials provide tokens.
func NewClient(cfg Config, service Service, opts ...Option) *Client {
	base := cfg.settings().Apply(opts...)
	c := &Client{cfg: cfg, service: service}
	if src, ok := cfg.Credentials.(AccessKeySource); ok {
		auth := &keyAuth{source: src, service: service.Name, now: time.Now}
		c.account = &accountIDs{cfg: cfg, service: service, auth: auth, iam: newKeyIAM(cfg, base, auth)}
		c.pipe = pipeline.New(dialect{}, &keySigner{auth: auth, ids: c.account}, base)
		return c
	}
	c.tokens = newTokenCache(cfg, service.Name, base)
	c.pipe = pipeline.New(dialect{}, &tokenSigner{tokens: c.tokens, scope: scopeFor(cfg, service)}, base)
	return c
}

// Call sends one operation and decodes the JSON response into out. It
// returns the response headers (some operations return data there).
func (c *Client) Call(ctx context.Context, op *Operation, req *Request, out any, opts ...Option) (http.Header, error) {
	if err := c.check(ctx, op); err != nil {
		return nil, err
	}
	if req == nil {
		req = &Request{}
	}
	s := c.pipe.Settings(opts...)
	call, err := c.newCall(ctx, op, req, s.Endpoint)
	if err != nil {
		return nil, err
	}
	resp, err := c.pipe.Do(ctx, call, out, opts...)
	if err != nil {
		return nil, err
	}
	return resp.Header, nil
}
