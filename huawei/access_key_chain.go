package huawei

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"sync"

	"github.com/polycloud-go/polycloud/internal/apierr"
)

// The environment variables DefaultAccessKey reads: the names Huawei
// Cloud's own SDKs and tools use, so one setup serves them all.
const (
	envAccessKeyID     = "HUAWEICLOUD_SDK_AK"
	envSecretAccessKey = "HUAWEICLOUD_SDK_SK"
	envSecurityToken   = "HUAWEICLOUD_SDK_SECURITY_TOKEN"
	envProjectID       = "HUAWEICLOUD_SDK_PROJECT_ID"
	envDomainID        = "HUAWEICLOUD_SDK_DOMAIN_ID"
	envCredentialsFile = "HUAWEICLOUD_SDK_CREDENTIALS_FILE"
)

// DefaultAccessKey returns credentials that find an access key where
// Huawei Cloud's tools keep one, in this order:
//
//  1. The environment: HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, with
//     HUAWEICLOUD_SDK_SECURITY_TOKEN for a temporary key, and optionally
//     HUAWEICLOUD_SDK_PROJECT_ID and HUAWEICLOUD_SDK_DOMAIN_ID. Setting
//     only one of AK and SK is an error, not a reason to look further.
//  2. The credentials file named by HUAWEICLOUD_SDK_CREDENTIALS_FILE, or
//     else ~/.huaweicloud/credentials: an ini file whose [default] section
//     has the keys ak and sk, and optionally security_token, project_id
//     and domain_id.
//
// Nothing is read until the first call needs the key. A key found is kept
// for the life of the returned value; a failure is not, so fixing the
// environment or the file lets the next call succeed. Project and domain
// IDs found next to the key are used when Config.ProjectID or
// Config.DomainID is empty, saving the IAM lookup. Errors name variables,
// files and line numbers, never their contents.
func DefaultAccessKey() Credentials {
	return &defaultAccessKey{getenv: os.Getenv, home: os.UserHomeDir, readFile: os.ReadFile}
}

// defaultAccessKey is the chain DefaultAccessKey returns. Its lookups are
// injectable so tests need not touch the real environment or home.
type defaultAccessKey struct {
	getenv   func(string) string
	home     func() (string, error)
	readFile func(string) ([]byte, error)

	mu    sync.Mutex
	found *foundKey // nil until a lookup succeeds
}

// foundKey is a key with the IDs that came with it and where it was found.
type foundKey struct {
	key                 AccessKey
	projectID, domainID string
}

var (
	_ Credentials     = (*defaultAccessKey)(nil)
	_ AccessKeySource = (*defaultAccessKey)(nil)
	_ accountHinter   = (*defaultAccessKey)(nil)
)

// AccessKey returns the key found, looking for it on first use.
func (d *defaultAccessKey) AccessKey(context.Context) (AccessKey, error) {
	f, err := d.resolve()
	return f.key, err
}

// accountHints returns the project and domain IDs found with the key.
func (d *defaultAccessKey) accountHints(context.Context) (string, string, error) {
	f, err := d.resolve()
	return f.projectID, f.domainID, err
}

// Token fails: see AccessKey.Token.
func (d *defaultAccessKey) Token(context.Context, TokenRequest) (Token, error) {
	return Token{}, errAccessKeyHasNoToken
}

// resolve returns the cached key or looks for it. The lock is held during
// the lookup, which only reads the environment and one small local file,
// so concurrent first callers wait for one lookup instead of repeating it.
func (d *defaultAccessKey) resolve() (foundKey, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.found != nil {
		return *d.found, nil
	}
	f, err := d.lookup()
	if err != nil {
		return foundKey{}, err
	}
	d.found = &f
	return f, nil
}

// lookup tries the environment, then the credentials file.
func (d *defaultAccessKey) lookup() (foundKey, error) {
	if f, ok, err := d.fromEnv(); ok || err != nil {
		return f, err
	}
	return d.fromFile()
}

// fromEnv reads the HUAWEICLOUD_SDK_* variables; ok is false when neither
// AK nor SK is set.
func (d *defaultAccessKey) fromEnv() (foundKey, bool, error) {
	ak, sk := d.getenv(envAccessKeyID), d.getenv(envSecretAccessKey)
	switch {
	case ak == "" && sk == "":
		return foundKey{}, false, nil
	case ak == "":
		return foundKey{}, true, chainError(envSecretAccessKey + " is set but " + envAccessKeyID + " is not")
	case sk == "":
		return foundKey{}, true, chainError(envAccessKeyID + " is set but " + envSecretAccessKey + " is not")
	}
	return foundKey{
		key:       AccessKey{ID: ak, Secret: sk, SecurityToken: d.getenv(envSecurityToken)},
		projectID: d.getenv(envProjectID), domainID: d.getenv(envDomainID),
	}, true, nil
}

// chainError reports a configuration DefaultAccessKey cannot use. It is
// a *ParamError on Config.Credentials, so it matches ErrInvalidArgument.
func chainError(problem string) error {
	return &apierr.ParamError{Provider: "huawei", Field: "Config.Credentials",
		Problem: "is DefaultAccessKey(), which found no usable access key: " + problem}
}

// String names the chain, never the key it found.
func (d *defaultAccessKey) String() string { return "huawei.DefaultAccessKey()" }

// GoString is String.
func (d *defaultAccessKey) GoString() string { return d.String() }

// Format prints String for every verb: %+v of the struct would show the
// key found.
func (d *defaultAccessKey) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(d.String())) }

// LogValue keeps the key out of slog records.
func (d *defaultAccessKey) LogValue() slog.Value { return slog.StringValue(d.String()) }
