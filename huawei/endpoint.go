package huawei

import (
	"context"
	"net/url"
	"strings"

	"github.com/polycloud-go/polycloud/internal/apierr"
	"github.com/polycloud-go/polycloud/internal/endpoint"
)

// endpoint resolves where calls go: the override when set, else the
// service's host for Config.Region, always over HTTPS.
func (c *Client) endpoint(override string) (*url.URL, error) {
	if override != "" {
		return parseEndpoint(c.service.Name, "Endpoint", override)
	}
	host := c.service.Endpoint
	if strings.Contains(host, "{region}") {
		if c.cfg.Region == "" {
			return nil, &apierr.ParamError{Provider: "huawei", Service: c.service.Name, Field: "Config.Region",
				Problem: "is required to find the " + c.service.Name + " endpoint (or set Endpoint)"}
		}
		host = strings.ReplaceAll(host, "{region}", c.cfg.Region)
	}
	return &url.URL{Scheme: "https", Host: host}, nil
}

// check refuses, before any I/O, a call that cannot be made: a nil context
// or operation, or a region that is not a region ID (it becomes part of a
// host name and of the token's scope).
func (c *Client) check(ctx context.Context, op *Operation) error {
	problem := func(field, what string) error {
		return &apierr.ParamError{Provider: "huawei", Service: c.service.Name, Field: field, Problem: what}
	}
	switch {
	case ctx == nil:
		return problem("ctx", "is nil")
	case op == nil:
		return problem("op", "is nil")
	case c.cfg.Region != "" && !endpoint.IsRegionID(c.cfg.Region):
		return problem("Config.Region", "must be a region ID such as ap-southeast-1")
	}
	return nil
}

// parseEndpoint accepts "host", "host:port" or an http(s) URL without
// query or user info; a path prefix is kept.
func parseEndpoint(service, field, raw string) (*url.URL, error) {
	u, ok := endpoint.Parse(raw)
	if !ok {
		return nil, &apierr.ParamError{Provider: "huawei", Service: service, Field: "Config." + field,
			Problem: "must be a host or an http(s) URL without query or user info"}
	}
	u.Path = strings.TrimSuffix(u.Path, "/")
	return u, nil
}
