package huawei

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"
)

// Credentials is a source of X-Auth-Token tokens. StaticToken and Password
// implement it; implement it yourself for any other source (an agency
// token obtained with assume_role, a token from a vault). A Client caches
// what Token returns, one token per Scope, and asks again when the token
// nears its expiry or the server rejects it, so Token is called rarely:
// once per scope per day with IAM's 24-hour tokens.
//
// Token may be called from several goroutines, one per scope at a time.
// Its context is not the caller's: it carries the caller's values but not
// its cancellation (one caller giving up must not fail the others waiting
// for the same token) and is bounded by a timeout of its own.
//
// Access-key credentials (AccessKey, DefaultAccessKey,
// AccessKeyCredentials) implement Credentials too, so that they fit in
// Config.Credentials, but a Client recognises them as an AccessKeySource
// and signs every request instead; their Token method only returns an
// error.
type Credentials interface {
	// Token returns a token valid for req.Scope. A zero ExpiresAt means
	// the expiry is unknown: the token is used until the server rejects it.
	Token(ctx context.Context, req TokenRequest) (Token, error)
}

// TokenRequest is what a Credentials source is asked for.
type TokenRequest struct {
	// Scope is the project or domain the token must be scoped to.
	Scope Scope
	// IAM calls Huawei Cloud's Identity and Access Management service at
	// Config.IAMEndpoint with the client's HTTP client, retry policy and
	// logger, so a custom source gets the same timeouts, retries and
	// redaction as every other call.
	IAM *IAMClient
}

// Scope says what a token is scoped to. Global services (Global
// Accelerator) need a token scoped to the account's domain; regional ones
// (API Gateway) need a token scoped to the project of Config.Region.
type Scope struct {
	// Domain is true for a domain-scoped token.
	Domain bool
	// Project is the project name of a project-scoped token: on Huawei
	// Cloud the region ID, such as "ap-southeast-1". Empty when Domain.
	Project string
}

// scopeFor is the scope a service needs under cfg.
func scopeFor(cfg Config, s Service) Scope {
	if s.DomainScoped {
		return Scope{Domain: true}
	}
	return Scope{Project: cfg.Region}
}

// String names the scope: "domain" or "project ap-southeast-1".
func (s Scope) String() string {
	if s.Domain {
		return "domain"
	}
	return fmt.Sprintf("project %q", s.Project)
}

// Token is an X-Auth-Token and what IAM said about it. Printing a Token
// with any fmt verb or logging it with slog never shows Value.
type Token struct {
	// Value is the token itself, sent as X-Auth-Token. It is several
	// kilobytes long and grants access to the account: never log it.
	Value string
	// ExpiresAt is when IAM stops accepting the token (24 hours after it
	// was issued). Zero means unknown.
	ExpiresAt time.Time
	// ProjectID is the ID of the token's project, for {project_id} in
	// paths. Empty for domain-scoped tokens and StaticToken.
	ProjectID string
	// DomainID is the ID of the account (domain) that owns the token, for
	// {domain_id} in paths. Empty for StaticToken.
	DomainID string
}

// String describes the token without its value.
func (t Token) String() string {
	return fmt.Sprintf("huawei.Token{Value: %s, ExpiresAt: %s, ProjectID: %q, DomainID: %q}",
		redacted(t.Value), t.ExpiresAt.Format(time.RFC3339), t.ProjectID, t.DomainID)
}

// GoString is String, so %#v does not print the value either.
func (t Token) GoString() string { return t.String() }

// Format prints String for every verb, so %v, %+v, %#v and %s are all safe.
func (t Token) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(t.String())) }

// LogValue keeps the value out of slog records, whatever the handler.
func (t Token) LogValue() slog.Value { return slog.StringValue(t.String()) }

// MarshalJSON encodes String, so json.Marshal (and slog's JSON handler on
// a value holding a token) never writes the token.
func (t Token) MarshalJSON() ([]byte, error) { return json.Marshal(t.String()) }

// redacted stands in for a secret: it says whether one is set, never what.
func redacted(secret string) string {
	if secret == "" {
		return `""`
	}
	return "<redacted>"
}
