package huawei

import (
	"context"
	"errors"
	"net/http/httptrace"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRefreshAt(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		expires time.Time
		want    time.Time
	}{
		{"unknown expiry: never", time.Time{}, time.Time{}},
		{"24 h token: an hour before", t0.Add(24 * time.Hour), t0.Add(23 * time.Hour)},
		{"5 h token: an hour before", t0.Add(5 * time.Hour), t0.Add(4 * time.Hour)},
		{"1 h token: a fifth before", t0.Add(time.Hour), t0.Add(48 * time.Minute)},
		{"10 min token: two minutes before", t0.Add(10 * time.Minute), t0.Add(8 * time.Minute)},
		{"already expired: at once", t0.Add(-time.Minute), t0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, refreshAt(t0, tt.expires))
		})
	}
}

// newTestCache is the cache of an APIG client pointed at iam.
func newTestCache(t *testing.T, iam *fakeIAM, clock *fakeClock) *tokenCache {
	cfg := testConfig(iam, newFakeService(t, okService))
	c := NewClient(cfg, apigService).tokens
	if clock != nil {
		c.now = clock.Now
	}
	return c
}

var apigScope = Scope{Project: "ap-southeast-1"}

// getConcurrently asks for a token from n goroutines at once.
func getConcurrently(c *tokenCache, n int) []error {
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { _, errs[i] = c.Token(context.Background(), apigScope) })
	}
	wg.Wait()
	return errs
}

func TestConcurrentCallersShareOneFetch(t *testing.T) {
	tests := []struct {
		name    string
		advance time.Duration // how old the cached token is when 50 callers arrive
		want    int32         // IAM calls in total
	}{
		{"empty cache", 0, 1},
		{"fresh token", 22 * time.Hour, 1},
		{"near expiry", 23*time.Hour + 30*time.Minute, 2},
		{"expired", 25 * time.Hour, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			iam, clock := newFakeIAM(t), newFakeClock()
			iam.delay = 50 * time.Millisecond
			c := newTestCache(t, iam, clock)
			if tt.advance > 0 {
				_, err := c.Token(context.Background(), apigScope)
				require.NoError(t, err)
				clock.Advance(tt.advance)
			}
			for _, err := range getConcurrently(c, 50) {
				require.NoError(t, err)
			}
			assert.Equal(t, tt.want, iam.calls.Load())
		})
	}
}

func TestFailedFetchIsNotCached(t *testing.T) {
	iam := newFakeIAM(t)
	iam.failNext.Store(1)
	c := newTestCache(t, iam, nil)

	_, err := c.Token(context.Background(), apigScope)
	assert.ErrorIs(t, err, ErrUnauthorized)
	tok, err := c.Token(context.Background(), apigScope)
	require.NoError(t, err)
	assert.Equal(t, testToken(2), tok.Value)
	assert.Equal(t, int32(2), iam.calls.Load())
}

func TestCancelledWaiterDoesNotCancelFetch(t *testing.T) {
	iam := newFakeIAM(t)
	iam.release = make(chan struct{})
	c := newTestCache(t, iam, nil)

	ctx, cancel := context.WithCancel(context.Background())
	first := make(chan error, 1)
	go func() { _, err := c.Token(ctx, apigScope); first <- err }()
	require.Eventually(t, func() bool { return iam.calls.Load() == 1 }, 5*time.Second, time.Millisecond)
	second := make(chan Token, 1)
	go func() { tok, _ := c.Token(context.Background(), apigScope); second <- tok }()

	cancel()
	assert.ErrorIs(t, <-first, context.Canceled)
	close(iam.release)
	assert.Equal(t, testToken(1), (<-second).Value)
	assert.Equal(t, int32(1), iam.calls.Load())
}

func TestInvalidateDropsOnlyTheRejectedToken(t *testing.T) {
	iam := newFakeIAM(t)
	c := newTestCache(t, iam, nil)
	get := func() string {
		tok, err := c.Token(context.Background(), apigScope)
		require.NoError(t, err)
		return tok.Value
	}
	require.Equal(t, testToken(1), get())

	c.Invalidate(apigScope, "some-older-token")
	assert.Equal(t, testToken(1), get(), "another token was rejected: keep ours")
	c.Invalidate(apigScope, testToken(1))
	c.Invalidate(apigScope, testToken(1))
	assert.Equal(t, testToken(2), get())
	c.Invalidate(apigScope, testToken(1))
	assert.Equal(t, testToken(2), get(), "a late 401 for the old token must not drop the new one")
	c.Invalidate(Scope{Domain: true}, testToken(2))
	assert.Equal(t, testToken(2), get(), "scopes are separate")
	assert.Equal(t, int32(2), iam.calls.Load())
}

func TestFailedRefreshKeepsValidToken(t *testing.T) {
	iam, clock := newFakeIAM(t), newFakeClock()
	c := newTestCache(t, iam, clock)
	_, err := c.Token(context.Background(), apigScope)
	require.NoError(t, err)

	clock.Advance(23*time.Hour + 30*time.Minute)
	iam.failNext.Store(1)
	tok, err := c.Token(context.Background(), apigScope)
	require.NoError(t, err, "the old token is still valid for 30 minutes")
	assert.Equal(t, testToken(1), tok.Value)

	tok, err = c.Token(context.Background(), apigScope)
	require.NoError(t, err)
	assert.Equal(t, testToken(3), tok.Value, "the next call tries IAM again")

	c.Invalidate(apigScope, tok.Value)
	iam.failNext.Store(1)
	_, err = c.Token(context.Background(), apigScope)
	assert.ErrorIs(t, err, ErrUnauthorized, "a rejected token is never a fallback")
}

func TestScopesAreCachedSeparately(t *testing.T) {
	iam := newFakeIAM(t)
	c := newTestCache(t, iam, nil)
	a, err := c.Token(context.Background(), apigScope)
	require.NoError(t, err)
	b, err := c.Token(context.Background(), Scope{Domain: true})
	require.NoError(t, err)
	assert.NotEqual(t, a.Value, b.Value)
	assert.Equal(t, int32(2), iam.calls.Load())
	assert.Equal(t, map[string]any{"domain": map[string]any{"name": "acme"}}, iam.requests()[1].Body["auth"].(map[string]any)["scope"])
}

func TestCacheRefusesIncompleteConfig(t *testing.T) {
	tests := []struct {
		name      string
		change    func(*Config)
		service   Service
		wantField string
	}{
		{"no credentials", func(c *Config) { c.Credentials = nil }, gaService, "Config.Credentials"},
		{"no region for a project-scoped service", func(c *Config) { c.Region = "" }, apigService, "Config.Region"},
		{"empty static token", func(c *Config) { c.Credentials = StaticToken("") }, gaService, "Config.Credentials"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			iam, svc := newFakeIAM(t), newFakeService(t, okService)
			cfg := testConfig(iam, svc)
			tt.change(&cfg)
			_, err := NewClient(cfg, tt.service).Call(context.Background(), listThings, nil, nil)
			var pe *ParamError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.wantField, pe.Field)
			assert.Zero(t, iam.calls.Load())
			assert.Zero(t, svc.calls.Load())
		})
	}
}

// funcCredentials adapts a function to Credentials.
type funcCredentials func(context.Context, TokenRequest) (Token, error)

func (f funcCredentials) Token(ctx context.Context, req TokenRequest) (Token, error) {
	return f(ctx, req)
}

func TestMisbehavingCredentials(t *testing.T) {
	tests := []struct {
		name    string
		creds   funcCredentials
		wantErr string
	}{
		{"panics", func(context.Context, TokenRequest) (Token, error) { panic("boom") }, "panicked: boom"},
		{"empty token", func(context.Context, TokenRequest) (Token, error) { return Token{}, nil }, "returned an empty token"},
		{"fails", func(context.Context, TokenRequest) (Token, error) { return Token{}, errors.New("vault sealed") }, "vault sealed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newTokenCache(Config{Credentials: tt.creds}, "ga", Config{}.settings())
			_, err := c.Token(context.Background(), Scope{Domain: true})
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.wantErr)
		})
	}
}

func TestFetchContextIsDetached(t *testing.T) {
	type key struct{}
	callerGone := make(chan struct{})
	seen := make(chan []any, 1)
	c := newTokenCache(Config{Credentials: funcCredentials(func(ctx context.Context, _ TokenRequest) (Token, error) {
		<-callerGone
		_, hasDeadline := ctx.Deadline()
		seen <- []any{ctx.Value(key{}), ctx.Err(), hasDeadline, httptrace.ContextClientTrace(ctx) == nil}
		return Token{Value: "t"}, nil
	})}, "ga", Config{}.settings())
	ctx := httptrace.WithClientTrace(context.Background(), &httptrace.ClientTrace{})
	ctx, cancel := context.WithCancel(context.WithValue(ctx, key{}, "trace-1"))
	done := make(chan error)
	go func() { _, err := c.Token(ctx, Scope{Domain: true}); done <- err }()
	cancel()
	assert.ErrorIs(t, <-done, context.Canceled)
	close(callerGone)
	assert.Equal(t, []any{"trace-1", nil, true, true}, <-seen,
		"values kept, but neither cancellation nor the signed request's HTTP trace; a deadline of its own")
}
