package huawei

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

func TestLazyLooksUpOnceForConcurrentCallers(t *testing.T) {
	var l lazy[string]
	var calls atomic.Int32
	release := make(chan struct{})
	lookup := func(context.Context) (string, error) {
		calls.Add(1)
		<-release
		return "v", nil
	}
	var wg sync.WaitGroup
	for range 30 {
		wg.Go(func() {
			v, err := l.get(context.Background(), lookup)
			assert.NoError(t, err)
			assert.Equal(t, "v", v)
		})
	}
	time.Sleep(10 * time.Millisecond)
	close(release)
	wg.Wait()
	v, err := l.get(context.Background(), lookup)
	require.NoError(t, err)
	assert.Equal(t, "v", v)
	assert.Equal(t, int32(1), calls.Load())
}

func TestLazyForgetsFailures(t *testing.T) {
	var l lazy[int]
	fail := errors.New("boom")
	_, err := l.get(context.Background(), func(context.Context) (int, error) { return 0, fail })
	require.ErrorIs(t, err, fail)
	v, err := l.get(context.Background(), func(context.Context) (int, error) { return 7, nil })
	require.NoError(t, err)
	assert.Equal(t, 7, v)
}

func TestLazyWaiterGivesUpAloneAndPanicsBecomeErrors(t *testing.T) {
	var l lazy[int]
	release := make(chan struct{})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() {
		_, err := l.get(ctx, func(ctx context.Context) (int, error) {
			<-release
			return 1, ctx.Err() // the lookup's context is not the caller's
		})
		done <- err
	}()
	time.Sleep(5 * time.Millisecond)
	cancel()
	assert.ErrorIs(t, <-done, context.Canceled)
	close(release)
	v, err := l.get(context.Background(), nil) // the first lookup finished for later callers
	require.NoError(t, err)
	assert.Equal(t, 1, v)

	var p lazy[int]
	_, err = p.get(context.Background(), func(context.Context) (int, error) { panic("source bug") })
	assert.ErrorContains(t, err, "panic while looking up account IDs: source bug")
}
