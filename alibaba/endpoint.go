package alibaba

import (
	"net/url"
	"strings"

	"github.com/polycloud-go/polycloud/internal/apierr"
	"github.com/polycloud-go/polycloud/internal/endpoint"
)

// endpoint resolves where calls go: the override when set, else the
// product's host for Config.Region, always over HTTPS.
func (c *Client) endpoint(override string) (*url.URL, error) {
	if override != "" {
		return parseEndpoint(c.product.Service, override)
	}
	host := c.product.Endpoint
	if host == "" {
		return nil, c.configError("Endpoint", "is required: the product declares no default endpoint")
	}
	if strings.Contains(host, "{region}") {
		if c.cfg.Region == "" {
			return nil, c.configError("Region", "is required to find the "+c.product.Service+" endpoint (or set Endpoint)")
		}
		if !endpoint.IsRegionID(c.cfg.Region) {
			return nil, c.configError("Region", "must be a region ID such as cn-hangzhou")
		}
		host = strings.ReplaceAll(host, "{region}", c.cfg.Region)
	}
	return &url.URL{Scheme: "https", Host: host, Path: "/"}, nil
}

// parseEndpoint accepts "host", "host:port" or a URL with an http or
// https scheme and no query.
func parseEndpoint(service, raw string) (*url.URL, error) {
	u, ok := endpoint.Parse(raw)
	if !ok {
		return nil, &apierr.ParamError{Provider: "alibaba", Service: service, Field: "Endpoint",
			Problem: "must be a host or an http(s) URL without query or user info"}
	}
	if u.Path == "" {
		u.Path = "/"
	}
	return u, nil
}

func (c *Client) configError(field, problem string) error {
	return &apierr.ParamError{Provider: "alibaba", Service: c.product.Service, Field: "Config." + field, Problem: problem}
}
