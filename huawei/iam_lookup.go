package huawei

import (
	"context"
	"net/http"
	"net/url"

	"github.com/polycloud-go/polycloud/internal/pipeline"
)

// keyIAM reaches IAM with requests signed by a client's access key, to
// find the project and domain IDs a key does not carry. It sends through
// the client's pipeline settings (retries, timeouts, logger), like the
// token requests of IAMClient.
type keyIAM struct {
	endpoint *url.URL
	err      error // a bad Config.IAMEndpoint, reported by every lookup
	pipe     *pipeline.Client
}

// newKeyIAM prepares the lookups of a client with settings s; the
// service's Endpoint and extra headers are not meant for IAM.
func newKeyIAM(cfg Config, s pipeline.Settings, auth *keyAuth) *keyIAM {
	raw := cfg.IAMEndpoint
	if raw == "" {
		raw = DefaultIAMEndpoint
	}
	u, err := parseEndpoint("iam", "IAMEndpoint", raw)
	s.Endpoint, s.Header = "", nil
	return &keyIAM{endpoint: u, err: err, pipe: pipeline.New(dialect{}, &keySigner{auth: auth}, s)}
}

// projectIDs returns the IDs of the projects named name that the key can
// see: GET /v3/projects?name=… (KeystoneListProjects).
func (c *keyIAM) projectIDs(ctx context.Context, name string) ([]string, error) {
	var out struct {
		Projects []struct {
			ID   string `json:"id"`
			Name string `json:"name"`
		} `json:"projects"`
	}
	if err := c.get(ctx, "KeystoneListProjects", "/v3/projects", url.Values{"name": {name}}.Encode(), &out); err != nil {
		return nil, err
	}
	var ids []string
	for _, p := range out.Projects {
		if p.Name == name && p.ID != "" {
			ids = append(ids, p.ID)
		}
	}
	return ids, nil
}

// domainIDs returns the IDs of the domains (accounts) the key may act in:
// GET /v3/auth/domains (KeystoneListAuthDomains), which lists the key's
// own account.
func (c *keyIAM) domainIDs(ctx context.Context) ([]string, error) {
	var out struct {
		Domains []struct {
			ID string `json:"id"`
		} `json:"domains"`
	}
	if err := c.get(ctx, "KeystoneListAuthDomains", "/v3/auth/domains", "", &out); err != nil {
		return nil, err
	}
	var ids []string
	for _, d := range out.Domains {
		if d.ID != "" {
			ids = append(ids, d.ID)
		}
	}
	return ids, nil
}

// get sends one signed GET to IAM and decodes the answer into out.
func (c *keyIAM) get(ctx context.Context, op, path, rawQuery string, out any) error {
	if c.err != nil {
		return c.err
	}
	u := *c.endpoint
	u.Path += path
	u.RawPath = ""
	u.RawQuery = rawQuery
	call := &pipeline.Call{Service: "iam", Operation: op, Method: http.MethodGet, URL: &u, SafeToRetry: true}
	_, err := c.pipe.Do(ctx, call, out)
	return err
}
