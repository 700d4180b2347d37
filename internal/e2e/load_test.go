package e2e

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/alibaba/alibabatest"
	aga "github.com/polycloud-go/polycloud/alibaba/ga"
	"github.com/polycloud-go/polycloud/huawei/apig"
	"github.com/polycloud-go/polycloud/huawei/huaweitest"
)

// loadCalls is how many calls run at once through one client.
const loadCalls = 1000

// loadRetry allows one retry only, so that some faults land on both
// attempts of a call and surface as errors: the run then covers the error
// paths under concurrency as well as the retried successes.
var loadRetry = alibaba.WithRetry(alibaba.RetryPolicy{MaxAttempts: 2, MinBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond})

// loadFaults is about one fault per ten calls, mixed in a fixed order
// (reproducible) so that no kind is served in one block. Each fault
// affects one request.
func loadFaults[F any](throttle, unavailable, drop, html func(int) F) []F {
	var out []F
	for _, f := range []struct {
		make func(int) F
		n    int
	}{{throttle, 30}, {unavailable, 25}, {drop, 25}, {html, 20}} {
		for range f.n {
			out = append(out, f.make(1))
		}
	}
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// dripFaults injects the faults one at a time, one per eight requests
// answered (counted by answered), so that they spread over the run and
// retries meet them as first attempts do: injected all at once, they would
// all land on the first hundred requests. Eight rather than ten leaves
// requests enough after the last injection to serve it. stop ends the dripping
// and returns how many were injected.
func dripFaults[F any](faults []F, answered func() int, inject func(F)) (stop func() int) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	go func() {
		n := 0
		defer func() { done <- n }()
		for n < len(faults) {
			if answered() >= n*8 {
				inject(faults[n])
				n++
				continue
			}
			select {
			case <-ctx.Done():
				return
			case <-time.After(time.Millisecond):
			}
		}
	}()
	return func() int { cancel(); return <-done }
}

// tally counts the outcomes of a load run by kindOf.
type tally struct {
	mu     sync.Mutex
	counts map[string]int
	codes  map[string]int
}

func (tl *tally) add(err error) {
	tl.mu.Lock()
	defer tl.mu.Unlock()
	tl.counts[kindOf(err)]++
	var apiErr *alibaba.APIError
	if errors.As(err, &apiErr) {
		tl.codes[apiErr.Code]++
	}
}

func (tl *tally) String() string {
	var parts []string
	for k, n := range tl.counts {
		parts = append(parts, fmt.Sprintf("%s=%d", k, n))
	}
	for k, n := range tl.codes {
		parts = append(parts, fmt.Sprintf("code %q=%d", k, n))
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

// runLoad starts n calls at once and waits for all of them. A panic in a
// call fails the test with its stack instead of taking the binary down.
func runLoad(t *testing.T, n int, call func(ctx context.Context, i int) error) *tally {
	t.Helper()
	ctx := testContext(t)
	tl := &tally{counts: map[string]int{}, codes: map[string]int{}}
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("call %d panicked: %v\n%s", i, r, debug.Stack())
				}
			}()
			<-start
			tl.add(call(ctx, i))
		})
	}
	began := time.Now()
	close(start)
	wg.Wait()
	t.Logf("%d calls in %v: %v", n, time.Since(began).Round(time.Millisecond), tl)
	return tl
}

// requireTyped fails on any outcome that is not a success or one of the
// documented error types.
func requireTyped(t *testing.T, tl *tally) {
	t.Helper()
	for kind, n := range tl.counts {
		typed := kind == "ok" || kind == "DecodeError" || kind == "transport" || kind == "timeout" ||
			strings.HasPrefix(kind, "APIError(")
		assert.True(t, typed, "%d calls ended with an untyped error: %s", n, kind)
	}
}

// requireNoGoroutineLeak waits for the goroutine count to fall back to
// what it was before the run, after the client's idle keep-alive
// connections are closed. What stays above it after a generous wait is a
// leak; the dump names it.
func requireNoGoroutineLeak(t *testing.T, before int, closeIdle func()) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		closeIdle()
		n := runtime.NumGoroutine()
		if n <= before {
			return
		}
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			require.Failf(t, "goroutine leak", "%d goroutines before the run, %d after:\n%s",
				before, n, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// The load tests are not parallel: they compare the process's goroutine
// count before and after, which other tests running alongside would move.

// TestLoadAlibaba runs a thousand concurrent reads through one GA client
// against an emulator that throttles, fails, drops and answers with HTML
// pages for about a tenth of the requests.
func TestLoadAlibaba(t *testing.T) {
	if testing.Short() {
		t.Skip("load test: runs without -short")
	}
	srv := alibabaEmulator(t)
	w := newWire()
	before := runtime.NumGoroutine()
	c := aga.New(srv.Config(), w.option(), loadRetry)
	faults := loadFaults(alibabatest.Throttle, func(n int) alibabatest.Fault { return alibabatest.ServerError(503, n) },
		alibabatest.DropConnection, func(n int) alibabatest.Fault { return alibabatest.HTMLPage(502, n) })
	stopFaults := dripFaults(faults, func() int { return srv.CountOf("ListForwardingRules") }, func(f alibabatest.Fault) { srv.Inject("ListForwardingRules", f) })

	tl := runLoad(t, loadCalls, func(ctx context.Context, _ int) error {
		// Small pages: the run is about concurrency, not JSON volume.
		out, err := c.ListForwardingRules(ctx, &aga.ListForwardingRulesRequest{
			AcceleratorID: alibabatest.DefaultAcceleratorID, ListenerID: alibabatest.DefaultListenerID, MaxResults: 2,
		})
		if err == nil && len(out.ForwardingRules) != 2 {
			return fmt.Errorf("page of %d rules", len(out.ForwardingRules))
		}
		return err
	})
	injected := stopFaults()

	requireTyped(t, tl)
	assert.Greater(t, tl.counts["ok"], loadCalls*9/10, "retries absorb most faults")
	t.Logf("%d requests, %d faults injected, %d served", len(srv.Requests()), injected, faultsServed(srv.Requests()))
	requireNoGoroutineLeak(t, before, w.close)
}

// TestLoadHuawei runs a thousand concurrent writes through one APIG client
// against an emulator that faults about a tenth of the requests and, in
// the middle of the run, revokes every token. One IAM call serves the
// thousand callers at the start and one more after the revocation, and
// no port is ever added twice.
func TestLoadHuawei(t *testing.T) {
	if testing.Short() {
		t.Skip("load test: runs without -short")
	}
	srv := huaweiEmulator(t)
	w := newWire()
	before := runtime.NumGoroutine()
	cfg := srv.Config()
	cfg.HTTPClient = w.client()
	c := apig.New(cfg, loadRetry)
	faults := loadFaults(huaweitest.Throttle, func(n int) huaweitest.Fault { return huaweitest.ServerError(503, n) },
		huaweitest.DropConnection, func(n int) huaweitest.Fault { return huaweitest.HTMLPage(502, n) })
	stopFaults := dripFaults(faults, func() int { return srv.CountOf("AddCustomIngressPort") }, func(f huaweitest.Fault) { srv.Inject("AddCustomIngressPort", f) })
	stop := revokeTokensMidway(srv, "AddCustomIngressPort", loadCalls/3)
	defer stop()

	tl := runLoad(t, loadCalls, func(ctx context.Context, i int) error {
		_, err := c.AddCustomIngressPort(ctx, &apig.AddCustomIngressPortRequest{
			InstanceID: huaweitest.DefaultInstanceID, Protocol: apig.IngressProtocolHTTPS, IngressPort: int32(10000 + i),
		})
		return err
	})
	stop()
	injected := stopFaults()
	t.Logf("%d requests, %d faults injected, %d served", srv.CountOf("AddCustomIngressPort"), injected,
		faultsServedHuawei(srv.Requests()))

	requireTyped(t, tl)
	assert.Greater(t, tl.counts["ok"], loadCalls*8/10, "retries absorb the faults a write may retry")
	assert.Zero(t, tl.codes["APIG.2012"], "no write was replayed onto a port it had already added")
	assert.Equal(t, 2, srv.IAMCalls(), "one token for the thousand callers, one after the revocation")
	ports := map[int]int{}
	for _, p := range srv.APIG().IngressPorts(huaweitest.DefaultInstanceID) {
		ports[p.IngressPort]++
	}
	for port, n := range ports {
		assert.Equal(t, 1, n, "port %d added %d times", port, n)
	}
	assert.LessOrEqual(t, len(ports)-2, loadCalls) // two seeded ports
	requireNoGoroutineLeak(t, before, w.close)
}

// faultsServed counts the requests an injected fault answered.
func faultsServed(reqs []alibabatest.Request) int {
	n := 0
	for _, r := range reqs {
		if r.Fault != "" {
			n++
		}
	}
	return n
}

// faultsServedHuawei counts the requests an injected fault answered.
func faultsServedHuawei(reqs []huaweitest.Request) int {
	n := 0
	for _, r := range reqs {
		if r.Fault != "" {
			n++
		}
	}
	return n
}

// revokeTokensMidway expires every token once the server has answered
// after requests for op, so that hundreds of calls in flight meet a 401
// at once. stop ends the watcher.
func revokeTokensMidway(srv *huaweitest.Server, op string, after int) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		for srv.CountOf(op) < after {
			select {
			case <-ctx.Done():
				return
			case <-time.After(time.Millisecond):
			}
		}
		srv.ExpireTokens()
	}()
	return func() { cancel(); <-done }
}
