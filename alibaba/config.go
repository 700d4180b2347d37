package alibaba

import (
	"fmt"
	"log/slog"
	"net/http"

	"github.com/polycloud-go/polycloud/internal/pipeline"
)

// Config is what every Alibaba Cloud client needs. The zero value plus a
// Region works: credentials then come from the default chain.
type Config struct {
	// Region is the region ID, e.g. "cn-hangzhou". It selects regional
	// endpoints and fills RegionId. Global Accelerator ignores it.
	Region string
	// Credentials signs requests. Nil means DefaultCredentials(): the
	// environment, profiles, the ECS RAM role and OIDC, via credentials-go.
	Credentials CredentialsProvider
	// Endpoint overrides the product's default host, e.g. an emulator's
	// "http://127.0.0.1:8080" or a VPC endpoint. Without a scheme, HTTPS.
	Endpoint string
	// HTTPClient sends requests (a copy of it; it is not modified). Nil
	// means a pooled client with finite timeouts.
	HTTPClient *http.Client
	// Retry bounds retries; the zero value means sensible defaults.
	Retry RetryPolicy
	// Logger receives one Debug record per attempt; nil is silent.
	Logger *slog.Logger
	// Signature selects the signature scheme: SignatureV1 (the zero value,
	// HMAC-SHA1, accepted everywhere) or SignatureV3 (ACS3-HMAC-SHA256,
	// which keeps the STS token and the signature out of the URL and covers
	// the body). Operations are called the same way with either.
	Signature SignatureVersion
}

func (c Config) settings() pipeline.Settings {
	return pipeline.Settings{Endpoint: c.Endpoint, HTTPClient: c.HTTPClient, Retry: c.Retry, Logger: c.Logger}
}

func (c Config) credentials() CredentialsProvider {
	if c.Credentials != nil {
		return c.Credentials
	}
	return DefaultCredentials()
}

// String describes the configuration without any secret. The signature
// scheme is shown only when it is not the default.
func (c Config) String() string {
	sig := ""
	if c.Signature != SignatureV1 {
		sig = ", Signature: " + c.Signature.String()
	}
	return fmt.Sprintf("alibaba.Config{Region: %q, Endpoint: %q, Credentials: %v%s}", c.Region, c.Endpoint, c.Credentials, sig)
}

// GoString is String: %#v must not print secrets either.
func (c Config) GoString() string { return c.String() }

// Format prints String for every verb, so %v, %+v and %#v are all safe.
func (c Config) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(c.String())) }

// LogValue keeps credentials out of slog records, whatever the handler.
func (c Config) LogValue() slog.Value { return slog.StringValue(c.String()) }
