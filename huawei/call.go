package huawei

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/polycloud-go/polycloud/internal/apierr"
	"github.com/polycloud-go/polycloud/internal/pipeline"
)

// newCall resolves the endpoint and path and builds the pipeline call.
func (c *Client) newCall(ctx context.Context, op *Operation, req *Request, override string) (*pipeline.Call, error) {
	u, err := c.endpoint(override)
	if err != nil {
		return nil, err
	}
	path, err := c.expandPath(ctx, op, req)
	if err != nil {
		return nil, err
	}
	full := u.EscapedPath() + path
	u.Path, u.RawPath = unescapedPath(full), full
	u.RawQuery = req.query.Encode()
	call := &pipeline.Call{
		Service: c.service.Name, Operation: op.Name, Method: op.Method, URL: u,
		Body: req.body, SafeToRetry: op.Idempotent,
	}
	call.Header = req.header.Clone()
	if req.contentType != "" {
		if call.Header == nil {
			call.Header = http.Header{}
		}
		call.Header.Set("Content-Type", req.contentType)
	}
	return call, nil
}

// expandPath fills every {name} of the path template, escaping values.
// {project_id} and {domain_id} come from the configuration, the token, or
// an access key's account lookup.
func (c *Client) expandPath(ctx context.Context, op *Operation, req *Request) (string, error) {
	path := op.Path
	for _, p := range req.path {
		path = strings.ReplaceAll(path, "{"+p.name+"}", url.PathEscape(p.value))
	}
	for _, implicit := range []string{"project_id", "domain_id"} {
		if !strings.Contains(path, "{"+implicit+"}") {
			continue
		}
		v, err := c.implicitParam(ctx, op, implicit)
		if err != nil {
			return "", err
		}
		path = strings.ReplaceAll(path, "{"+implicit+"}", url.PathEscape(v))
	}
	if i := strings.IndexByte(path, '{'); i >= 0 {
		return "", &apierr.ParamError{Provider: "huawei", Service: c.service.Name, Operation: op.Name,
			Field: strings.Trim(path[i:strings.IndexByte(path[i:], '}')+i+1], "{}"), Problem: "is required"}
	}
	return path, nil
}

// implicitParam finds the project or domain ID: configured, or from the
// token or, with an access key, from the credentials or IAM.
func (c *Client) implicitParam(ctx context.Context, op *Operation, name string) (string, error) {
	switch {
	case name == "project_id" && c.cfg.ProjectID != "":
		return c.cfg.ProjectID, nil
	case name == "domain_id" && c.cfg.DomainID != "":
		return c.cfg.DomainID, nil
	case c.account != nil && name == "project_id":
		return c.account.projectID(ctx)
	case c.account != nil:
		return c.account.domainID(ctx)
	}
	return c.tokenParam(ctx, op, name)
}

// tokenParam takes the project or domain ID from the token.
func (c *Client) tokenParam(ctx context.Context, op *Operation, name string) (string, error) {
	tok, err := c.tokens.Token(ctx, scopeFor(c.cfg, c.service))
	if err != nil { // name the call that needed the token, as a signing failure does
		return "", fmt.Errorf("huawei %s %s: credentials: %w", c.service.Name, op.Name, err)
	}
	if name == "project_id" && tok.ProjectID == "" {
		return "", &apierr.ParamError{Provider: "huawei", Service: c.service.Name, Operation: op.Name,
			Field: "Config.ProjectID", Problem: "is required: the token does not name its project"}
	}
	if name == "domain_id" && tok.DomainID == "" {
		return "", &apierr.ParamError{Provider: "huawei", Service: c.service.Name, Operation: op.Name,
			Field: "Config.DomainID", Problem: "is required: the token does not name its domain (or set it with Request.SetPath)"}
	}
	if name == "domain_id" {
		return tok.DomainID, nil
	}
	return tok.ProjectID, nil
}

func unescapedPath(escaped string) string {
	p, err := url.PathUnescape(escaped)
	if err != nil {
		return escaped
	}
	return p
}
