package huawei

import (
	"context"
	"fmt"
	"net/http/httptrace"
	"time"
)

// fetchTimeout bounds one fetch, which no caller's context bounds: a
// password login is one HTTPS round trip, retries included well under it.
const fetchTimeout = 2 * time.Minute

// fetch asks the credentials for a token and hands the result to every
// waiter. It runs on its own goroutine, so it must never panic: a panic in
// a user's Credentials becomes an error.
func (c *tokenCache) fetch(ctx context.Context, scope Scope, f *flight) {
	ctx, cancel := context.WithTimeout(ctx, fetchTimeout)
	defer cancel()
	started := c.now()
	tok, err := c.ask(ctx, scope)
	c.finish(scope, f, tok, err, started)
}

// ask calls the credentials, turning a panic or an empty token into an error.
func (c *tokenCache) ask(ctx context.Context, scope Scope) (tok Token, err error) {
	defer func() {
		if r := recover(); r != nil {
			tok, err = Token{}, fmt.Errorf("huawei: %T.Token panicked: %v", c.creds, r)
		}
	}()
	tok, err = c.creds.Token(ctx, TokenRequest{Scope: scope, IAM: c.iam})
	if err == nil && tok.Value == "" {
		err = fmt.Errorf("huawei: %T.Token returned an empty token for %v", c.creds, scope)
	}
	return tok, err
}

// finish stores a new token, or keeps a failure out of the cache. When a
// refresh fails while the previous token is still valid and was not
// rejected, waiters get that token: an IAM hiccup during the last hour of a
// token's life must not fail calls. The next call tries IAM again.
func (c *tokenCache) finish(scope Scope, f *flight, tok Token, err error, started time.Time) {
	c.mu.Lock()
	e := c.entries[scope]
	e.flight = nil
	switch {
	case err == nil:
		e.tok, e.valid, e.refreshAt = tok, true, refreshAt(started, tok.ExpiresAt)
	case e.valid && (e.tok.ExpiresAt.IsZero() || c.now().Before(e.tok.ExpiresAt)):
		tok, err = e.tok, nil
	}
	c.mu.Unlock()
	f.tok, f.err = tok, err
	close(f.done)
}

// refreshAt is when a token obtained at obtained should be replaced: an
// hour before it expires (IAM's 24-hour tokens, 23 hours of use), or a
// fifth of its lifetime before when it lives less than five hours, so
// short-lived tokens are neither refreshed at once nor used to the last
// second. A zero expiry means never.
func refreshAt(obtained, expires time.Time) time.Time {
	if expires.IsZero() {
		return time.Time{}
	}
	lifetime := expires.Sub(obtained)
	if lifetime <= 0 {
		return obtained
	}
	return expires.Add(-min(time.Hour, lifetime/5))
}

// detach keeps ctx's values (a logger's trace ids) but neither its
// cancellation, so one caller giving up does not fail the fetch for the
// others, nor the HTTP trace hooks of the request being signed, which
// would take the IAM request for the service request.
func detach(ctx context.Context) context.Context {
	return detached{context.WithoutCancel(ctx)}
}

type detached struct{ context.Context }

func (d detached) Value(key any) any {
	v := d.Context.Value(key)
	if _, ok := v.(*httptrace.ClientTrace); ok {
		return nil
	}
	return v
}
