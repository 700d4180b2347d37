package alibaba

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// Cache timing. Temporary credentials are refreshed well before they
// expire; credentials of unknown lifetime (everything credentials-go
// returns: its providers do not report an expiration) are re-read every
// minute, so the provider's own refresh logic still runs, but from one
// goroutine at a time.
const (
	refreshAhead       = 5 * time.Minute // refresh this long before Expiration
	expirySafety       = time.Minute     // stop serving this long before Expiration
	unknownLifeRefresh = time.Minute     // unknown lifetime: refresh after this
	unknownLifeServe   = 2 * time.Minute // unknown lifetime: serve at most this long
	refreshTimeout     = time.Minute     // bound on one refresh
	backgroundPause    = 5 * time.Second // between background refresh attempts
)

// CachedCredentials wraps p in a concurrency-safe cache: one call to p at
// a time, whatever the number of callers; credentials reused until shortly
// before their Expiration (or for a minute when p reports none); a failed
// refresh returned to the callers waiting for it and never cached. Use it
// for a provider of your own that fetches credentials remotely.
// DefaultCredentials and FromCredentialsGo are already cached.
func CachedCredentials(p CredentialsProvider) CredentialsProvider {
	if c, ok := p.(*credentialsCache); ok {
		return c
	}
	return newCredentialsCache(p, fmt.Sprintf("alibaba.CachedCredentials(%T)", p), time.Now)
}

// credentialsCache serves credentials from an immutable snapshot swapped
// atomically, so an id, its secret and its token always come together.
// Refreshes are single-flight: one runs at a time in its own goroutine, and
// every caller waits for it under its own context.
type credentialsCache struct {
	src  CredentialsProvider
	name string // what String prints
	now  func() time.Time

	snap atomic.Pointer[credentialsSnapshot]

	mu        sync.Mutex
	flight    *refreshFlight // the refresh in progress, if any
	nextAsync time.Time      // earliest next background refresh
}

// credentialsSnapshot is one immutable set of cached credentials.
type credentialsSnapshot struct {
	creds     Credentials
	refreshAt time.Time // from then on a background refresh is started
	expiresAt time.Time // from then on callers wait for a refresh
}

// refreshFlight is one call to the underlying provider. creds and err are
// written before done is closed.
type refreshFlight struct {
	done  chan struct{}
	creds Credentials
	err   error
}

func newCredentialsCache(src CredentialsProvider, name string, now func() time.Time) *credentialsCache {
	return &credentialsCache{src: src, name: name, now: now}
}

// Retrieve returns cached credentials while they are fresh. Close to
// expiry it still returns them and refreshes in the background; once
// expired (or before the first success) it waits for a refresh.
func (c *credentialsCache) Retrieve(ctx context.Context) (Credentials, error) {
	now := c.now()
	if s := c.snap.Load(); s != nil && now.Before(s.expiresAt) {
		if !now.Before(s.refreshAt) {
			c.refreshInBackground(ctx, now)
		}
		return s.creds, nil
	}
	return c.wait(ctx, c.startRefresh(ctx))
}

// wait returns the flight's outcome, or ctx's error if ctx ends first;
// the refresh carries on for the other callers.
func (c *credentialsCache) wait(ctx context.Context, f *refreshFlight) (Credentials, error) {
	select {
	case <-f.done:
		return f.creds, f.err
	case <-ctx.Done():
		return Credentials{}, fmt.Errorf("alibaba: waiting for credentials: %w", ctx.Err())
	}
}

// startRefresh joins the refresh in progress or starts one.
func (c *credentialsCache) startRefresh(ctx context.Context) *refreshFlight {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.startLocked(ctx)
}

// refreshInBackground starts a refresh unless one is running or the last
// background attempt was moments ago (a failing source is not hammered
// while the cached credentials are still good).
func (c *credentialsCache) refreshInBackground(ctx context.Context, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.flight != nil || now.Before(c.nextAsync) {
		return
	}
	c.nextAsync = now.Add(backgroundPause)
	c.startLocked(ctx)
}

func (c *credentialsCache) startLocked(ctx context.Context) *refreshFlight {
	if c.flight == nil {
		c.flight = &refreshFlight{done: make(chan struct{})}
		// Detached from the caller who happened to start it: other callers
		// wait for the same refresh.
		go c.run(context.WithoutCancel(ctx), c.flight)
	}
	return c.flight
}

// run performs one refresh, publishes a success and ends the flight. A
// failure is handed to the waiters only, so the next call tries again.
func (c *credentialsCache) run(ctx context.Context, f *refreshFlight) {
	ctx, cancel := context.WithTimeout(ctx, refreshTimeout)
	defer cancel()
	creds, err := c.fetch(ctx)
	if err == nil {
		c.snap.Store(newSnapshot(creds, c.now()))
	}
	c.mu.Lock()
	f.creds, f.err = creds, err
	c.flight = nil
	c.mu.Unlock()
	close(f.done)
}

// fetch calls the source, turning a panic into an error: it runs on a
// goroutine of ours, where a panic would take the program down.
func (c *credentialsCache) fetch(ctx context.Context) (creds Credentials, err error) {
	defer func() {
		if r := recover(); r != nil {
			creds, err = Credentials{}, panicError(r)
		}
	}()
	if c.src == nil {
		return Credentials{}, errNoProvider
	}
	if creds, err = c.src.Retrieve(ctx); err != nil {
		return Credentials{}, err
	}
	return creds, creds.validate()
}

// panicError describes a recovered panic without its value, which might
// hold anything (runtime errors excepted).
func panicError(r any) error {
	if re, ok := r.(runtime.Error); ok {
		return fmt.Errorf("alibaba: the credentials provider panicked: %w", re)
	}
	return fmt.Errorf("alibaba: the credentials provider panicked (%T)", r)
}

// newSnapshot decides how long creds are served. A short-lived credential
// is refreshed at half its life rather than five minutes before expiry.
func newSnapshot(creds Credentials, now time.Time) *credentialsSnapshot {
	if creds.Expiration.IsZero() {
		return &credentialsSnapshot{creds: creds, refreshAt: now.Add(unknownLifeRefresh), expiresAt: now.Add(unknownLifeServe)}
	}
	life := creds.Expiration.Sub(now)
	return &credentialsSnapshot{
		creds:     creds,
		refreshAt: creds.Expiration.Add(-min(refreshAhead, life/2)),
		expiresAt: creds.Expiration.Add(-min(expirySafety, life/4)),
	}
}

// String names the cache and its source, never the credentials.
func (c *credentialsCache) String() string { return c.name }

// GoString is String.
func (c *credentialsCache) GoString() string { return c.name }

// Format prints String for every verb.
func (c *credentialsCache) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(c.name)) }
