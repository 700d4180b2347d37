package huawei

import (
	"context"
	"fmt"
	"sync"
)

// lazy is a value looked up on first use and then kept: a project or
// domain ID, which never changes for a client. However many goroutines
// ask at once, the lookup runs once; each waiter stops waiting when its
// own context ends while the lookup goes on for the others, as the token
// cache does. A failed lookup is handed to its waiters and forgotten, so
// the next use tries again.
type lazy[T any] struct {
	mu     sync.Mutex
	value  T
	ok     bool
	flight *lazyFlight[T]
}

// lazyFlight is one lookup that any number of callers wait for.
type lazyFlight[T any] struct {
	done  chan struct{}
	value T
	err   error
}

// get returns the value, running lookup if it is not known yet and no
// lookup is under way.
func (l *lazy[T]) get(ctx context.Context, lookup func(context.Context) (T, error)) (T, error) {
	v, f := l.start(ctx, lookup)
	if f == nil {
		return v, nil
	}
	select {
	case <-f.done:
		return f.value, f.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

// start returns the known value, or the flight to wait for, starting one
// if none is under way.
func (l *lazy[T]) start(ctx context.Context, lookup func(context.Context) (T, error)) (T, *lazyFlight[T]) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.ok {
		return l.value, nil
	}
	if l.flight == nil {
		l.flight = &lazyFlight[T]{done: make(chan struct{})}
		go l.run(detach(ctx), lookup, l.flight)
	}
	var zero T
	return zero, l.flight
}

// run performs one lookup on its own goroutine, bounded by fetchTimeout,
// and keeps the value only if it succeeded.
func (l *lazy[T]) run(ctx context.Context, lookup func(context.Context) (T, error), f *lazyFlight[T]) {
	ctx, cancel := context.WithTimeout(ctx, fetchTimeout)
	defer cancel()
	v, err := recovered(ctx, lookup)
	l.mu.Lock()
	l.flight = nil
	if err == nil {
		l.value, l.ok = v, true
	}
	l.mu.Unlock()
	f.value, f.err = v, err
	close(f.done)
}

// recovered runs lookup, turning a panic into an error: the lookup runs
// on a goroutine of its own, where a panic (in a user's AccessKeySource,
// which signs the IAM request) would end the program.
func recovered[T any](ctx context.Context, lookup func(context.Context) (T, error)) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			var zero T
			v, err = zero, fmt.Errorf("huawei: panic while looking up account IDs: %v", r)
		}
	}()
	return lookup(ctx)
}
