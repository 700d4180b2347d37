package alibaba

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeClock is a settable clock safe for concurrent use.
type fakeClock struct{ ns atomic.Int64 }

func newFakeClock() *fakeClock {
	c := &fakeClock{}
	c.set(time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC))
	return c
}

func (c *fakeClock) now() time.Time      { return time.Unix(0, c.ns.Load()).UTC() }
func (c *fakeClock) set(t time.Time)     { c.ns.Store(t.UnixNano()) }
func (c *fakeClock) add(d time.Duration) { c.set(c.now().Add(d)) }

// countingSource counts Retrieve calls; each call can be held until
// released, and the next outcome scripted.
type countingSource struct {
	calls   atomic.Int32
	active  atomic.Int32 // calls running right now
	overlap atomic.Bool  // two calls ever ran at once
	release chan struct{}
	mu      sync.Mutex
	next    func(n int32) (Credentials, error)
}

func (s *countingSource) Retrieve(context.Context) (Credentials, error) {
	n := s.calls.Add(1)
	if s.active.Add(1) > 1 {
		s.overlap.Store(true)
	}
	defer s.active.Add(-1)
	if s.release != nil {
		<-s.release
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.next(n)
}

func keyN(n int32, exp time.Time) Credentials {
	return Credentials{AccessKeyID: "id-" + string(rune('0'+n)), AccessKeySecret: "secret", SecurityToken: "tok", Expiration: exp}
}

// hammer runs Retrieve from n goroutines at once and returns the results.
func hammer(t *testing.T, c CredentialsProvider, n int) ([]Credentials, []error) {
	return hammerCounting(t, c, n, new(atomic.Int32))
}

// hammerCounting also counts the goroutines about to call Retrieve.
func hammerCounting(t *testing.T, c CredentialsProvider, n int, entered *atomic.Int32) ([]Credentials, []error) {
	t.Helper()
	creds, errs := make([]Credentials, n), make([]error, n)
	var start, done sync.WaitGroup
	start.Add(1)
	for i := range n {
		done.Add(1)
		go func() {
			defer done.Done()
			start.Wait()
			entered.Add(1)
			creds[i], errs[i] = c.Retrieve(context.Background())
		}()
	}
	start.Done()
	done.Wait()
	return creds, errs
}

func TestCacheFirstRetrieveIsSingleFlight(t *testing.T) {
	clock := newFakeClock()
	src := &countingSource{release: make(chan struct{}), next: func(n int32) (Credentials, error) { return keyN(n, clock.now().Add(time.Hour)), nil }}
	c := newCredentialsCache(src, "test", clock.now)
	go func() { time.Sleep(50 * time.Millisecond); close(src.release) }()

	creds, errs := hammer(t, c, 64)
	for i := range creds {
		require.NoError(t, errs[i])
		assert.Equal(t, "id-1", creds[i].AccessKeyID)
	}
	assert.EqualValues(t, 1, src.calls.Load())
}

func TestCacheRefreshesOnceNearExpiry(t *testing.T) {
	clock := newFakeClock()
	src := &countingSource{next: func(n int32) (Credentials, error) { return keyN(n, clock.now().Add(time.Hour)), nil }}
	c := newCredentialsCache(src, "test", clock.now)
	_, err := c.Retrieve(context.Background())
	require.NoError(t, err)

	clock.add(56 * time.Minute) // inside the five-minute refresh window, still valid
	creds, errs := hammer(t, c, 50)
	for i := range creds {
		require.NoError(t, errs[i])
		assert.Contains(t, []string{"id-1", "id-2"}, creds[i].AccessKeyID, "valid credentials are served while refreshing")
	}
	require.Eventually(t, func() bool { return c.snap.Load().creds.AccessKeyID == "id-2" }, time.Second, time.Millisecond)
	assert.EqualValues(t, 2, src.calls.Load(), "exactly one refresh for 50 callers")
	assert.False(t, src.overlap.Load())
}

func TestCacheWaitsForRefreshOnceExpired(t *testing.T) {
	clock := newFakeClock()
	src := &countingSource{next: func(n int32) (Credentials, error) { return keyN(n, clock.now().Add(time.Hour)), nil }}
	c := newCredentialsCache(src, "test", clock.now)
	_, err := c.Retrieve(context.Background())
	require.NoError(t, err)

	clock.add(2 * time.Hour)
	src.release = make(chan struct{})
	go func() { time.Sleep(50 * time.Millisecond); close(src.release) }()
	creds, errs := hammer(t, c, 50)
	for i := range creds {
		require.NoError(t, errs[i])
		assert.Equal(t, "id-2", creds[i].AccessKeyID, "expired credentials are never served")
	}
	assert.EqualValues(t, 2, src.calls.Load())
	assert.False(t, src.overlap.Load(), "calls into the source never overlap")
}

func TestCacheFailureIsReportedAndNotCached(t *testing.T) {
	clock := newFakeClock()
	src := &countingSource{release: make(chan struct{}), next: func(n int32) (Credentials, error) {
		if n == 1 {
			return Credentials{}, errors.New("sts unavailable")
		}
		return keyN(n, time.Time{}), nil
	}}
	c := newCredentialsCache(src, "test", clock.now)
	var entered atomic.Int32
	go func() {
		for entered.Load() < 50 {
			time.Sleep(time.Millisecond)
		}
		time.Sleep(100 * time.Millisecond) // let the last ones join the flight
		close(src.release)
	}()

	_, errs := hammerCounting(t, c, 50, &entered)
	for _, err := range errs {
		require.ErrorContains(t, err, "sts unavailable")
	}
	assert.EqualValues(t, 1, src.calls.Load(), "one failing call for all waiters")

	creds, err := c.Retrieve(context.Background())
	require.NoError(t, err, "the next call tries again")
	assert.Equal(t, "id-2", creds.AccessKeyID)
	assert.EqualValues(t, 2, src.calls.Load())
}

func TestCacheUnknownExpiryIsReread(t *testing.T) {
	clock := newFakeClock()
	src := &countingSource{next: func(n int32) (Credentials, error) { return keyN(n, time.Time{}), nil }}
	c := newCredentialsCache(src, "test", clock.now)
	for range 10 {
		_, err := c.Retrieve(context.Background())
		require.NoError(t, err)
	}
	assert.EqualValues(t, 1, src.calls.Load())
	clock.add(unknownLifeServe + time.Second)
	creds, err := c.Retrieve(context.Background())
	require.NoError(t, err)
	assert.Equal(t, "id-2", creds.AccessKeyID)
}

func TestCacheWaiterHonoursItsOwnContext(t *testing.T) {
	clock := newFakeClock()
	src := &countingSource{release: make(chan struct{}), next: func(n int32) (Credentials, error) { return keyN(n, time.Time{}), nil }}
	c := newCredentialsCache(src, "test", clock.now)

	ctx, cancel := context.WithCancel(context.Background())
	impatient := make(chan error, 1)
	go func() { _, err := c.Retrieve(ctx); impatient <- err }()
	patient := make(chan error, 1)
	go func() { _, err := c.Retrieve(context.Background()); patient <- err }()

	require.Eventually(t, func() bool { return src.calls.Load() == 1 }, time.Second, time.Millisecond)
	cancel()
	assert.ErrorIs(t, <-impatient, context.Canceled)
	close(src.release)
	assert.NoError(t, <-patient, "the refresh carries on for the others")
}

func TestCacheRejectsUnusableCredentialsAndPanics(t *testing.T) {
	empty := newCredentialsCache(providerFunc(func(context.Context) (Credentials, error) { return Credentials{}, nil }), "t", time.Now)
	_, err := empty.Retrieve(context.Background())
	require.ErrorContains(t, err, "no AccessKeyID")

	panicky := newCredentialsCache(providerFunc(func(context.Context) (Credentials, error) { panic("boom secret") }), "t", time.Now)
	_, err = panicky.Retrieve(context.Background())
	require.ErrorContains(t, err, "panicked")
	assert.NotContains(t, err.Error(), "boom secret")
}

func TestCachedCredentialsDoesNotWrapTwice(t *testing.T) {
	c := CachedCredentials(StaticCredentials("a", "b", ""))
	assert.Same(t, c, CachedCredentials(c))
}

func TestSnapshotTiming(t *testing.T) {
	now := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	hour := newSnapshot(Credentials{Expiration: now.Add(time.Hour)}, now)
	assert.Equal(t, now.Add(55*time.Minute), hour.refreshAt)
	assert.Equal(t, now.Add(59*time.Minute), hour.expiresAt)
	short := newSnapshot(Credentials{Expiration: now.Add(4 * time.Minute)}, now)
	assert.Equal(t, now.Add(2*time.Minute), short.refreshAt, "short-lived credentials refresh at half-life")
	assert.Equal(t, now.Add(3*time.Minute), short.expiresAt)
	past := newSnapshot(Credentials{Expiration: now.Add(-time.Minute)}, now)
	assert.False(t, now.Before(past.expiresAt), "already expired credentials are not served again")
}
