package alibaba

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/aliyun/credentials-go/credentials/providers"
)

// DefaultCredentials returns the default credentials chain, built from
// credentials-go's providers and tried in this order:
//
//  1. the environment: ALIBABA_CLOUD_ACCESS_KEY_ID,
//     ALIBABA_CLOUD_ACCESS_KEY_SECRET and, for STS credentials,
//     ALIBABA_CLOUD_SECURITY_TOKEN;
//  2. OIDC role assumption (RRSA on ACK): ALIBABA_CLOUD_ROLE_ARN,
//     ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE;
//  3. the aliyun CLI profile in ~/.aliyun/config.json
//     (ALIBABA_CLOUD_CONFIG_FILE, ALIBABA_CLOUD_PROFILE);
//  4. the INI profile in ~/.alibabacloud/credentials
//     (ALIBABA_CLOUD_CREDENTIALS_FILE, ALIBABA_CLOUD_PROFILE);
//  5. the ECS RAM role from the instance metadata service, unless
//     ALIBABA_CLOUD_ECS_METADATA_DISABLED=true.
//
// Nothing is read when DefaultCredentials is called: the chain is resolved
// on the first Retrieve. The source that succeeds is kept (so its own
// refresh of temporary credentials keeps working) until it fails; the
// failure is returned, and the next Retrieve walks the chain again from the
// start, picking up configuration that has changed meanwhile. Errors name
// each source and what went wrong, but never quote file contents, tokens or
// secrets. The chain is cached (see
// CachedCredentials). Each call builds a separate chain and cache; clients
// with a nil Config.Credentials get one each, so pass one DefaultCredentials()
// to several clients to share it.
func DefaultCredentials() CredentialsProvider {
	return newCredentialsCache(&defaultChain{links: defaultLinks}, "alibaba.DefaultCredentials()", time.Now)
}

// FromCredentialsGo adapts a credentials-go provider, for sources the
// default chain does not try (a RAM role ARN, a credentials URI, CloudSSO):
//
//	p, err := providers.NewRAMRoleARNCredentialsProviderBuilder().
//		WithCredentialsProvider(base).WithRoleArn(arn).Build()
//	cfg.Credentials = alibaba.FromCredentialsGo(p)
//
// The result is cached, which also serialises calls into p: credentials-go
// providers are not safe for concurrent use. Adapt a provider once and
// share the result rather than adapting it twice.
func FromCredentialsGo(p providers.CredentialsProvider) CredentialsProvider {
	return newCredentialsCache(goProvider{p}, fmt.Sprintf("alibaba.FromCredentialsGo(%T)", p), time.Now)
}

// goProvider adapts a credentials-go provider to CredentialsProvider.
type goProvider struct{ p providers.CredentialsProvider }

// Retrieve calls the provider. It reports no Expiration: credentials-go
// does not expose one.
func (g goProvider) Retrieve(context.Context) (Credentials, error) {
	if g.p == nil {
		return Credentials{}, errors.New("alibaba: FromCredentialsGo was given a nil provider")
	}
	creds, err := retrieveFromGo(g.p)
	if err != nil {
		return Credentials{}, fmt.Errorf("alibaba: credentials from %s: %s", g.p.GetProviderName(), summariseError(err))
	}
	return creds, nil
}

func retrieveFromGo(p providers.CredentialsProvider) (Credentials, error) {
	c, err := p.GetCredentials()
	if err != nil {
		return Credentials{}, err
	}
	if c == nil {
		return Credentials{}, errors.New("no credentials returned")
	}
	return Credentials{AccessKeyID: c.AccessKeyId, AccessKeySecret: c.AccessKeySecret, SecurityToken: c.SecurityToken}, nil
}

// chainLink is one source of the default chain.
type chainLink struct {
	name     string
	provider providers.CredentialsProvider
}

// defaultChain tries its links in order. Its callers are serialised by
// the cache in front of it; the mutex only makes that explicit.
type defaultChain struct {
	links   func() []chainLink // builds fresh links from the environment
	mu      sync.Mutex
	current *chainLink // the link that succeeded last, until it fails
}

// Retrieve asks the link that worked last time, else walks the chain.
func (d *defaultChain) Retrieve(ctx context.Context) (Credentials, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.current == nil {
		return d.walk(ctx)
	}
	creds, err := retrieveFromGo(d.current.provider)
	if err != nil {
		name := d.current.name
		d.current = nil // not sticky: the next call walks the chain again
		return Credentials{}, fmt.Errorf("alibaba: credentials from %s: %s", name, summariseError(err))
	}
	return creds, nil
}

// walk builds the links afresh and returns the first success.
func (d *defaultChain) walk(ctx context.Context) (Credentials, error) {
	var failures []string
	for _, link := range d.links() {
		if err := ctx.Err(); err != nil {
			return Credentials{}, fmt.Errorf("alibaba: looking for credentials: %w", err)
		}
		creds, err := retrieveFromGo(link.provider)
		if err == nil {
			d.current = &link
			return creds, nil
		}
		failures = append(failures, link.name+": "+summariseError(err))
	}
	return Credentials{}, errors.New("alibaba: no credentials found (" + strings.Join(failures, "; ") + ")")
}

// defaultLinks builds the chain's providers. The builders read the
// environment, which is why this runs per walk and not at construction;
// a builder that fails means its source is not configured, and is skipped.
func defaultLinks() []chainLink {
	var links []chainLink
	add := func(name string, p providers.CredentialsProvider, err error) {
		if err == nil {
			links = append(links, chainLink{name, p})
		}
	}
	env, err := providers.NewEnvironmentVariableCredentialsProviderBuilder().Build()
	add("environment", env, err)
	oidc, err := providers.NewOIDCCredentialsProviderBuilder().Build()
	add("oidc", oidc, err)
	cli, err := providers.NewCLIProfileCredentialsProviderBuilder().Build()
	add("cli profile", cli, err)
	ini, err := providers.NewProfileCredentialsProviderBuilder().Build()
	add("ini profile", ini, err)
	ecs, err := providers.NewECSRAMRoleCredentialsProviderBuilder().Build()
	add("ecs ram role", ecs, err)
	return links
}

// String names the chain, never the credentials.
func (d *defaultChain) String() string { return "alibaba.defaultChain" }

// maxSummaryLen bounds a credential source's error message.
const maxSummaryLen = 300

// cliConfigNotJSON starts credentials-go's error for a malformed CLI
// config file, which goes on to quote the whole file, secrets included.
const cliConfigNotJSON = "unmarshal aliyun cli config from '"

// quotingErrors start messages that go on to quote a line of a
// configuration file (the INI parser's errors).
var quotingErrors = [...]string{
	"key-value delimiter not found", "missing closing key quote", "unclosed section", "empty key name",
}

// summariseError turns a credential source's error into one line that
// quotes no file contents and no secret: only the first line is kept
// (external commands append their stderr), quoted file contents are cut,
// secret values redacted, and the result bounded.
func summariseError(err error) string {
	msg, _, _ := strings.Cut(err.Error(), "\n")
	if i := strings.Index(msg, cliConfigNotJSON); i >= 0 {
		path, _, _ := strings.Cut(msg[i+len(cliConfigNotJSON):], "'")
		msg = msg[:i] + "the aliyun CLI config file " + path + " is not valid JSON (contents not shown)"
	}
	for _, q := range quotingErrors {
		if i := strings.Index(msg, q); i >= 0 {
			msg = msg[:i+len(q)] + " (line not shown)"
		}
	}
	return truncate(redactSecrets(msg), maxSummaryLen)
}

// truncate bounds s to n bytes, cutting at a character boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !isRuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
