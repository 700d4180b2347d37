package huawei

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"

	"github.com/polycloud-go/polycloud/internal/apierr"
)

// AccessKey is an access key pair (AK/SK): the way most Huawei Cloud users
// authenticate. Used as Config.Credentials, it signs every request with
// SDK-HMAC-SHA256 instead of obtaining a token, so there is no IAM login
// and nothing to refresh. Printing an AccessKey with any fmt verb or
// logging it with slog never shows Secret or SecurityToken.
//
//	cfg.Credentials = huawei.AccessKey{ID: ak, Secret: sk}
//
// Temporary keys (from an agency, an ECS metadata endpoint or
// POST /v3.0/OS-CREDENTIAL/securitytokens) also carry SecurityToken. They
// expire; a client keeps using the key it was given, so for keys that
// rotate implement AccessKeySource and pass AccessKeyCredentials(src).
type AccessKey struct {
	// ID is the access key ID (AK), sent in every request's Authorization
	// header. It identifies the key but grants nothing on its own.
	ID string
	// Secret is the secret access key (SK). It never leaves the process:
	// only signatures computed with it are sent.
	Secret string
	// SecurityToken is the token of a temporary key, sent as
	// X-Security-Token; empty for a permanent key.
	SecurityToken string
}

var (
	_ Credentials     = AccessKey{}
	_ AccessKeySource = AccessKey{}
)

// AccessKey returns k itself: a static key is its own source.
func (k AccessKey) AccessKey(context.Context) (AccessKey, error) { return k, nil }

// Token always fails: an access key signs each request and cannot be
// turned into an X-Auth-Token. A Client never calls it; it only exists so
// that an AccessKey fits in Config.Credentials.
func (k AccessKey) Token(context.Context, TokenRequest) (Token, error) {
	return Token{}, errAccessKeyHasNoToken
}

// validate refuses a key that cannot sign, naming the field but never its
// value. White space around a pasted key is the most common cause of
// "verify aksk signature fail", so it is refused here, before any request.
func (k AccessKey) validate(service string) error {
	for _, f := range []struct{ name, value string }{
		{"ID", k.ID}, {"Secret", k.Secret}, {"SecurityToken", k.SecurityToken},
	} {
		if problem := keyFieldProblem(f.name, f.value); problem != "" {
			return &apierr.ParamError{Provider: "huawei", Service: service, Field: "AccessKey." + f.name, Problem: problem}
		}
	}
	return nil
}

// keyFieldProblem says what is wrong with one field of a key, or "".
func keyFieldProblem(name, value string) string {
	switch {
	case value == "" && name != "SecurityToken":
		return "is required"
	case strings.TrimSpace(value) != value:
		return "has leading or trailing white space"
	case strings.ContainsFunc(value, func(r rune) bool { return r < ' ' || r == 0x7f || (name == "ID" && r == ',') }):
		return "contains a control character or a comma"
	}
	return ""
}

// String describes the key by the start of its ID, without the secret or
// the security token.
func (k AccessKey) String() string {
	return fmt.Sprintf("huawei.AccessKey{ID: %s, Secret: %s, SecurityToken: %s}",
		maskKeyID(k.ID), redacted(k.Secret), redacted(k.SecurityToken))
}

// GoString is String, so %#v does not print the secret either.
func (k AccessKey) GoString() string { return k.String() }

// Format prints String for every verb, so %v, %+v, %#v and %s are all safe.
func (k AccessKey) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(k.String())) }

// LogValue keeps the secret out of slog records, whatever the handler.
func (k AccessKey) LogValue() slog.Value { return slog.StringValue(k.String()) }

// MarshalJSON encodes the redacted description, so a key inside a struct
// that is logged or dumped as JSON does not give the secret away.
func (k AccessKey) MarshalJSON() ([]byte, error) { return json.Marshal(k.String()) }

// maskKeyID shows the first four characters of an access key ID: enough
// to tell keys apart in a log, as the Alibaba credentials do.
func maskKeyID(id string) string {
	if id == "" {
		return `""`
	}
	r := []rune(id)
	if len(r) > 4 {
		r = r[:4]
	}
	return fmt.Sprintf("%q", string(r)+"…")
}
