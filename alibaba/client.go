package alibaba

import (
	"context"
	"net/url"

	"github.com/polycloud-go/polycloud/internal/apierr"
	"github.com/polycloud-go/polycloud/internal/pipeline"
)

// Product describes one Alibaba Cloud RPC product for Client. Generated
// service packages declare theirs; declare one yourself to call a product
// polycloud does not generate.
type Product struct {
	// Service is polycloud's short name, used in errors and logs ("ga").
	Service string
	// Version is the API version sent as Version ("2019-11-20").
	Version string
	// Endpoint is the default host; "{region}" is replaced by
	// Config.Region ("apigateway.{region}.aliyuncs.com"). HTTPS is used.
	Endpoint string
	// RegionID, when set, is the RegionId sent for every action that takes
	// one and leaves it empty, whatever Config.Region says: global products
	// such as Global Accelerator are always addressed as "cn-hangzhou".
	RegionID string
}

// Operation describes one RPC action.
type Operation struct {
	// Action is the Action parameter ("ListForwardingRules").
	Action string
	// Idempotent marks actions that are safe to repeat (reads), so an
	// ambiguous failure (timeout, reset after sending) is retried.
	Idempotent bool
	// RegionID marks actions that take a RegionId parameter; it is filled
	// from Product.RegionID or Config.Region when left empty.
	RegionID bool
	// ClientToken marks actions that take a ClientToken idempotency
	// parameter; when left empty it is filled with a fresh UUID once per
	// call, the same on every retry, which also makes the call safe to retry.
	ClientToken bool
}

// Client calls the RPC actions of one product. Generated service clients
// (ga.Client, apigateway.Client) wrap it. It is immutable and safe for
// concurrent use; New does no I/O and never fails: a bad configuration is
// reported by the first call.
type Client struct {
	cfg     Config
	product Product
	pipe    *pipeline.Client
}

// NewClient builds a client for product. Options apply to every call.
func NewClient(cfg Config, product Product, opts ...Option) *Client {
	base := cfg.settings().Apply(opts...)
	signer := newSignerFor(cfg.Signature, cfg.credentials())
	return &Client{cfg: cfg, product: product, pipe: pipeline.New(dialect{}, signer, base)}
}

// Call sends one action with params and decodes the JSON response into
// out. params is not modified. Per-call options override the client's.
// When the server rejects the signature, the error's message says whether
// polycloud signed the same string as the server (a wrong secret) or not;
// the STS token the call sent is scrubbed from any error message.
func (c *Client) Call(ctx context.Context, op *Operation, params *Params, out any, opts ...Option) error {
	if err := c.checkCall(ctx, op); err != nil {
		return err
	}
	s := c.pipe.Settings(opts...)
	endpoint, err := c.endpoint(s.Endpoint)
	if err != nil {
		return err
	}
	call, err := c.newCall(op, params, endpoint)
	if err != nil {
		return err
	}
	ctx, record := withSignRecord(ctx)
	_, err = c.pipe.Do(ctx, call, out, opts...)
	diagnoseSignature(err, record)
	scrubToken(err, record)
	return err
}

// checkCall refuses, rather than panics on, a nil context or operation,
// and an unknown signature scheme.
func (c *Client) checkCall(ctx context.Context, op *Operation) error {
	field := ""
	switch {
	case ctx == nil:
		field = "ctx"
	case op == nil || op.Action == "":
		field = "Operation.Action"
	case !c.cfg.Signature.known():
		return c.configError("Signature", "must be SignatureV1 or SignatureV3, not "+c.cfg.Signature.String())
	default:
		return nil
	}
	return &apierr.ParamError{Provider: "alibaba", Service: c.product.Service, Field: field, Problem: "is required"}
}

// newCall completes the parameters (common ones, RegionId, ClientToken)
// on a copy of params and builds the pipeline call.
func (c *Client) newCall(op *Operation, params *Params, endpoint *url.URL) (*pipeline.Call, error) {
	p := c.completeParams(op, params)
	body := encodeForm(p.form)
	call := &pipeline.Call{
		Service: c.product.Service, Operation: op.Action, Method: "POST", URL: endpoint,
		Body: body, Params: p, SafeToRetry: op.Idempotent || op.ClientToken,
	}
	if body != nil {
		call.Header = formHeader
	}
	return call, nil
}
