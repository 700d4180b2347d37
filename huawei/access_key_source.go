package huawei

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
)

// AccessKeySource is a source of access keys. A Client whose
// Config.Credentials implements it signs every request with the key it
// returns (SDK-HMAC-SHA256) and never asks for a token: the client checks
// for this interface first, and only credentials without it are treated
// as a token source. AccessKey and DefaultAccessKey implement it; wrap a
// source of your own (keys from a vault, temporary keys that rotate) with
// AccessKeyCredentials to use it as Config.Credentials.
//
// AccessKey is called before every HTTP attempt, retries included, from
// any number of goroutines at once, with the attempt's context: it must
// be fast (cache the key and refresh it ahead of its expiry yourself) and
// safe for concurrent use.
type AccessKeySource interface {
	// AccessKey returns the key to sign the next attempt with.
	AccessKey(ctx context.Context) (AccessKey, error)
}

// AccessKeyCredentials makes src usable as Config.Credentials: the client
// signs each attempt with the key src returns at that moment, so a source
// that rotates temporary keys takes effect without a new client.
// Printing the result shows the type of src, never its contents.
func AccessKeyCredentials(src AccessKeySource) Credentials { return keySourceCredentials{src: src} }

// keySourceCredentials adapts an AccessKeySource to Credentials.
type keySourceCredentials struct{ src AccessKeySource }

// AccessKey asks the wrapped source, refusing a nil one clearly.
func (c keySourceCredentials) AccessKey(ctx context.Context) (AccessKey, error) {
	if c.src == nil {
		return AccessKey{}, errors.New("huawei: AccessKeyCredentials was given a nil source")
	}
	return c.src.AccessKey(ctx)
}

// Token fails: see AccessKey.Token.
func (keySourceCredentials) Token(context.Context, TokenRequest) (Token, error) {
	return Token{}, errAccessKeyHasNoToken
}

// String names the source's type only: its fields may hold secrets.
func (c keySourceCredentials) String() string {
	return fmt.Sprintf("huawei.AccessKeyCredentials(%T)", c.src)
}

// GoString is String.
func (c keySourceCredentials) GoString() string { return c.String() }

// Format prints String for every verb.
func (c keySourceCredentials) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(c.String())) }

// LogValue keeps the source's fields out of slog records.
func (c keySourceCredentials) LogValue() slog.Value { return slog.StringValue(c.String()) }

// accountHinter is implemented by sources that know the project and
// account IDs that go with their key (DefaultAccessKey reads them from
// HUAWEICLOUD_SDK_PROJECT_ID, HUAWEICLOUD_SDK_DOMAIN_ID or the credentials
// file). They sit between Config and the IAM lookup: Config wins, and a
// known ID saves the lookup. Empty strings mean unknown.
type accountHinter interface {
	accountHints(ctx context.Context) (projectID, domainID string, err error)
}

// errAccessKeyHasNoToken is what the Token method of access-key credentials
// returns when something asks them for a token anyway (a custom
// Credentials delegating to them, say).
var errAccessKeyHasNoToken = errors.New("huawei: access key credentials sign each request with SDK-HMAC-SHA256; " +
	"no Huawei Cloud API turns an access key into an X-Auth-Token")
