package alibaba

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"
)

// Credentials are one consistent set of Alibaba Cloud credentials: an
// AccessKey pair, plus a security token for temporary (STS) credentials.
// Printing them with any verb shows only the first characters of the
// AccessKeyID, never the secret or the token.
type Credentials struct {
	// AccessKeyID identifies the key; it is sent as AccessKeyId.
	AccessKeyID string
	// AccessKeySecret keys the signature. It is never sent or printed.
	AccessKeySecret string
	// SecurityToken is set for STS credentials and sent as SecurityToken.
	SecurityToken string
	// Expiration is when temporary credentials stop working; zero when
	// unknown or never. Cached credentials are refreshed before it.
	Expiration time.Time
}

// String describes the credentials without the secret or the token:
// alibaba.Credentials{AccessKeyID: "LTAI…" (sts)}.
func (c Credentials) String() string {
	s := "alibaba.Credentials{AccessKeyID: " + maskKeyID(c.AccessKeyID)
	if c.SecurityToken != "" {
		s += " (sts)"
	}
	if !c.Expiration.IsZero() {
		s += ", Expiration: " + c.Expiration.UTC().Format(time.RFC3339)
	}
	return s + "}"
}

// GoString is String, so %#v does not print the secret either.
func (c Credentials) GoString() string { return c.String() }

// Format prints String for every verb, so %v, %+v, %#v and %s are all safe.
func (c Credentials) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(c.String())) }

// LogValue keeps the secret and the token out of slog records, whatever the handler.
func (c Credentials) LogValue() slog.Value { return slog.StringValue(c.String()) }

// MarshalJSON encodes String, so json.Marshal (and slog's JSON handler on
// a value holding credentials) never writes the secret or the token.
func (c Credentials) MarshalJSON() ([]byte, error) { return json.Marshal(c.String()) }

// maskKeyID keeps the first four characters of an AccessKey ID, enough
// to tell keys apart ("LTAI…" is a long-term key, "STS." a temporary one).
func maskKeyID(id string) string {
	if id == "" {
		return `""`
	}
	r := []rune(id)
	if len(r) > 4 {
		r = r[:4]
	}
	return `"` + string(r) + `…"`
}

// validate rejects credentials that cannot sign a request.
func (c Credentials) validate() error {
	switch {
	case c.AccessKeyID == "":
		return errors.New("alibaba: the credentials have no AccessKeyID")
	case c.AccessKeySecret == "":
		return errors.New("alibaba: the credentials have no AccessKeySecret")
	}
	return nil
}

// CredentialsProvider supplies the credentials that sign each request.
// Retrieve is called for every HTTP attempt, so an implementation that
// fetches credentials remotely should cache them (CachedCredentials does);
// it must be safe for concurrent use and honour ctx.
type CredentialsProvider interface {
	Retrieve(ctx context.Context) (Credentials, error)
}

// StaticCredentials returns a provider of fixed credentials: an AccessKey
// pair, and token for STS credentials (empty otherwise). Printing the
// provider does not print the secret or the token.
func StaticCredentials(accessKeyID, accessKeySecret, securityToken string) CredentialsProvider {
	return staticCredentials{Credentials{AccessKeyID: accessKeyID, AccessKeySecret: accessKeySecret, SecurityToken: securityToken}}
}

type staticCredentials struct{ c Credentials }

// Retrieve returns the fixed credentials.
func (s staticCredentials) Retrieve(context.Context) (Credentials, error) { return s.c, nil }

// String describes the provider without the secret or the token.
func (s staticCredentials) String() string { return "alibaba.StaticCredentials(" + s.c.String() + ")" }

// GoString is String.
func (s staticCredentials) GoString() string { return s.String() }

// Format prints String for every verb.
func (s staticCredentials) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(s.String())) }
