package huawei

import (
	"fmt"
	"log/slog"
	"net/http"

	"github.com/polycloud-go/polycloud/internal/pipeline"
)

// Config is what every Huawei Cloud client needs.
type Config struct {
	// Region is the region ID, e.g. "ap-southeast-1". It selects regional
	// endpoints (APIG) and is the project name of project-scoped tokens.
	Region string
	// ProjectID fills {project_id} in paths and, with an access key, the
	// X-Project-Id header of regional services. Empty means the project of
	// the project-scoped token (no extra IAM call) or, with an access key,
	// the project the credentials name (DefaultAccessKey) or else one IAM
	// lookup per client (GET /v3/projects?name={Region}).
	ProjectID string
	// DomainID is the ID of the account (domain). It fills {domain_id} in
	// paths and, with an access key, the X-Domain-Id header of global
	// services (Global Accelerator). Empty means the domain of the token
	// or, with an access key, the domain the credentials name
	// (DefaultAccessKey) or else one IAM lookup per client
	// (GET /v3/auth/domains).
	DomainID string
	// Credentials authenticates requests: an AccessKey, DefaultAccessKey()
	// or AccessKeyCredentials(src) sign each one with SDK-HMAC-SHA256;
	// Password, StaticToken or a token source of your own obtain
	// X-Auth-Token tokens. See AccessKeySource for how the two are told
	// apart.
	Credentials Credentials
	// Endpoint overrides the service's default host, e.g. an emulator's
	// "http://127.0.0.1:8080". Without a scheme, HTTPS.
	Endpoint string
	// IAMEndpoint is where Password, and any Credentials using
	// TokenRequest.IAM, get tokens, and where access-key clients look up
	// project and domain IDs. Empty means the global
	// "https://iam.myhuaweicloud.com" (its tokens work in every region).
	IAMEndpoint string
	// HTTPClient sends requests (a copy of it; it is not modified). Nil
	// means a pooled client with finite timeouts.
	HTTPClient *http.Client
	// Retry bounds retries; the zero value means sensible defaults.
	Retry RetryPolicy
	// Logger receives one Debug record per attempt; nil is silent.
	Logger *slog.Logger
}

func (c Config) settings() pipeline.Settings {
	return pipeline.Settings{Endpoint: c.Endpoint, HTTPClient: c.HTTPClient, Retry: c.Retry, Logger: c.Logger}
}

// String describes the configuration without any secret.
func (c Config) String() string {
	return fmt.Sprintf("huawei.Config{Region: %q, ProjectID: %q, DomainID: %q, Endpoint: %q, IAMEndpoint: %q, Credentials: %v}",
		c.Region, c.ProjectID, c.DomainID, c.Endpoint, c.IAMEndpoint, c.Credentials)
}

// GoString is String: %#v must not print secrets either.
func (c Config) GoString() string { return c.String() }

// Format prints String for every verb, so %v, %+v and %#v are all safe.
func (c Config) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(c.String())) }

// LogValue is String: slog's JSON handler would otherwise encode every
// field, credentials included.
func (c Config) LogValue() slog.Value { return slog.StringValue(c.String()) }
