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
	// ProjectID fills {project_id} in paths. Empty means the project of
	// the project-scoped token (no extra IAM call).
	ProjectID string
	// Credentials obtains X-Auth-Token tokens: Password, StaticToken or a
	// source of your own.
	Credentials Credentials
	// Endpoint overrides the service's default host, e.g. an emulator's
	// "http://127.0.0.1:8080". Without a scheme, HTTPS.
	Endpoint string
	// IAMEndpoint is where Password, and any Credentials using
	// TokenRequest.IAM, get tokens. Empty means the global
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
	return fmt.Sprintf("huawei.Config{Region: %q, ProjectID: %q, Endpoint: %q, IAMEndpoint: %q, Credentials: %v}",
		c.Region, c.ProjectID, c.Endpoint, c.IAMEndpoint, c.Credentials)
}

// GoString is String: %#v must not print secrets either.
func (c Config) GoString() string { return c.String() }

// Format prints String for every verb, so %v, %+v and %#v are all safe.
func (c Config) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(c.String())) }

// LogValue is String: slog's JSON handler would otherwise encode every
// field, credentials included.
func (c Config) LogValue() slog.Value { return slog.StringValue(c.String()) }
