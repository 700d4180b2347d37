package huawei

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
)

// StaticToken returns credentials that always give tok, a token you
// obtained yourself. It is never refreshed: when the server rejects it
// (HTTP 401: expired or revoked) the call fails with an error matching
// ErrUnauthorized, and you build a new client with a new token.
//
// The token must have the scope the service needs: domain for Global
// Accelerator, the project of Config.Region for API Gateway. polycloud does
// not know its project, so API Gateway clients also need Config.ProjectID.
func StaticToken(tok string) Credentials { return staticToken{value: tok} }

type staticToken struct{ value string }

// Token returns the static token whatever the scope.
func (s staticToken) Token(context.Context, TokenRequest) (Token, error) {
	if s.value == "" {
		return Token{}, errors.New("huawei: StaticToken is empty")
	}
	return Token{Value: s.value}, nil
}

// String describes the source without the token.
func (s staticToken) String() string { return "huawei.StaticToken(" + redacted(s.value) + ")" }

// GoString is String, so %#v does not print the token either.
func (s staticToken) GoString() string { return s.String() }

// Format prints String for every verb.
func (s staticToken) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(s.String())) }

// LogValue keeps the token out of slog records.
func (s staticToken) LogValue() slog.Value { return slog.StringValue(s.String()) }

// errStaticTokenRejected ends a call whose static token got a 401: there
// is nothing to refresh, and replaying would only be rejected again. The
// pipeline reports it next to the 401 itself (status, code, request id).
var errStaticTokenRejected = errors.New("the server rejected the static token (expired or revoked); " +
	"StaticToken cannot refresh it: supply a new token, or use huawei.Password")
