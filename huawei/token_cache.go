package huawei

import (
	"context"
	"sync"
	"time"

	"github.com/polycloud-go/polycloud/internal/apierr"
	"github.com/polycloud-go/polycloud/internal/pipeline"
)

// tokenCache holds one token per scope for one client and makes sure that
// however many goroutines need a token at once, Credentials is asked once.
type tokenCache struct {
	creds   Credentials
	iam     *IAMClient
	service string
	now     func() time.Time // the clock; tests move it

	mu      sync.Mutex
	entries map[Scope]*cacheEntry
}

// cacheEntry is the state of one scope: the token last obtained, and the
// fetch in flight, if any.
type cacheEntry struct {
	tok       Token
	valid     bool      // tok may be used: obtained and not rejected by the server
	refreshAt time.Time // when to fetch a new one; zero means never
	flight    *flight
}

// flight is one fetch that any number of callers wait for.
type flight struct {
	done chan struct{}
	tok  Token
	err  error
}

// newTokenCache prepares the cache of a client for service; it does no I/O.
func newTokenCache(cfg Config, service string, s pipeline.Settings) *tokenCache {
	return &tokenCache{
		creds: cfg.Credentials, iam: newIAMClient(cfg, s), service: service,
		now: time.Now, entries: map[Scope]*cacheEntry{},
	}
}

// Token returns a token for scope: the cached one while it is fresh, else
// the result of one fetch shared by every caller that arrives meanwhile.
// Each caller stops waiting when its own ctx ends; the fetch goes on for
// the others.
func (c *tokenCache) Token(ctx context.Context, scope Scope) (Token, error) {
	if err := c.check(scope); err != nil {
		return Token{}, err
	}
	tok, f := c.lookup(ctx, scope)
	if f == nil {
		return tok, nil
	}
	select {
	case <-f.done:
		return f.tok, f.err
	case <-ctx.Done():
		return Token{}, ctx.Err()
	}
}

// check refuses a configuration that cannot give a token, before any I/O.
func (c *tokenCache) check(scope Scope) error {
	switch {
	case c.creds == nil:
		return &apierr.ParamError{Provider: "huawei", Service: c.service, Field: "Config.Credentials",
			Problem: "is required: use huawei.AccessKey, huawei.DefaultAccessKey(), huawei.Password or huawei.StaticToken"}
	case c.creds == Credentials(staticToken{}): // StaticToken("")
		return &apierr.ParamError{Provider: "huawei", Service: c.service, Field: "Config.Credentials",
			Problem: "is an empty StaticToken"}
	case !scope.Domain && scope.Project == "":
		return &apierr.ParamError{Provider: "huawei", Service: c.service, Field: "Config.Region",
			Problem: "is required: it names the project of the " + c.service + " token"}
	}
	return nil
}

// lookup returns the fresh cached token, or the flight to wait for,
// starting one if none is under way.
func (c *tokenCache) lookup(ctx context.Context, scope Scope) (Token, *flight) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.entries[scope]
	if e == nil {
		e = &cacheEntry{}
		c.entries[scope] = e
	}
	if e.valid && (e.refreshAt.IsZero() || c.now().Before(e.refreshAt)) {
		return e.tok, nil
	}
	if e.flight == nil {
		e.flight = &flight{done: make(chan struct{})}
		go c.fetch(detach(ctx), scope, e.flight)
	}
	return Token{}, e.flight
}

// Invalidate forgets the token of scope if it is still rejected, the value
// a request carried when the server answered 401. Many calls rejected with
// the same token thus cause one new token, not one each. An empty rejected
// (the request could not be inspected) forgets whatever is cached.
func (c *tokenCache) Invalidate(scope Scope, rejected string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e := c.entries[scope]; e != nil && (rejected == "" || e.tok.Value == rejected) {
		e.valid = false
	}
}
