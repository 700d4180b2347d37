package huawei

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"

	"github.com/polycloud-go/polycloud/internal/apierr"
)

// Password obtains tokens from IAM with an IAM user's password: the way
// Huawei Cloud documents for token authentication. Printing a Password
// with any fmt verb or logging it with slog never shows the password.
//
//	cfg.Credentials = huawei.Password{DomainName: "my-account", UserName: "deployer", Password: pw}
//
// Each client asks IAM once per scope and reuses the token until shortly
// before it expires (IAM tokens live 24 hours).
type Password struct {
	// DomainName is the account name (the "domain" the IAM user belongs to).
	DomainName string
	// UserName is the IAM user's name.
	UserName string
	// Password is the IAM user's password.
	Password string
}

// Token asks IAM for a token of req.Scope.
func (p Password) Token(ctx context.Context, req TokenRequest) (Token, error) {
	if err := p.validate(); err != nil {
		return Token{}, err
	}
	return req.IAM.CreateToken(ctx, p.authBody(req.Scope), "")
}

// validate names the first empty field, before anything is sent.
func (p Password) validate() error {
	for _, f := range []struct{ name, value string }{
		{"DomainName", p.DomainName}, {"UserName", p.UserName}, {"Password", p.Password},
	} {
		if f.value == "" {
			return &apierr.ParamError{Provider: "huawei", Service: "iam", Operation: "CreateToken",
				Field: "Password." + f.name, Problem: "is required"}
		}
	}
	return nil
}

// authBody is the password-identity request of POST /v3/auth/tokens.
func (p Password) authBody(scope Scope) map[string]any {
	user := map[string]any{"name": p.UserName, "password": p.Password, "domain": map[string]any{"name": p.DomainName}}
	identity := map[string]any{"methods": []string{"password"}, "password": map[string]any{"user": user}}
	return map[string]any{"auth": map[string]any{"identity": identity, "scope": p.scopeBody(scope)}}
}

// scopeBody names the project by its name (the region ID), which needs no
// project-ID lookup, or the user's own domain.
func (p Password) scopeBody(scope Scope) map[string]any {
	if scope.Domain {
		return map[string]any{"domain": map[string]any{"name": p.DomainName}}
	}
	return map[string]any{"project": map[string]any{"name": scope.Project}}
}

// String describes the credentials without the password.
func (p Password) String() string {
	return fmt.Sprintf("huawei.Password{DomainName: %q, UserName: %q, Password: %s}",
		p.DomainName, p.UserName, redacted(p.Password))
}

// GoString is String, so %#v does not print the password either.
func (p Password) GoString() string { return p.String() }

// Format prints String for every verb, so %v, %+v, %#v and %s are all safe.
func (p Password) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(p.String())) }

// LogValue keeps the password out of slog records, whatever the handler.
func (p Password) LogValue() slog.Value { return slog.StringValue(p.String()) }

// MarshalJSON encodes the redacted description, so a Password inside a
// struct that is logged or dumped as JSON does not give the password away.
func (p Password) MarshalJSON() ([]byte, error) { return json.Marshal(p.String()) }
