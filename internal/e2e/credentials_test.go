package e2e

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/alibaba/alibabatest"
	aga "github.com/polycloud-go/polycloud/alibaba/ga"
	"github.com/polycloud-go/polycloud/huawei"
	"github.com/polycloud-go/polycloud/huawei/apig"
	"github.com/polycloud-go/polycloud/huawei/huaweitest"
)

// callers is how many goroutines share one client in these tests.
const callers = 100

var errSTSDown = errors.New("sts: AssumeRole failed: 503 Service Unavailable")

// stsSource is an STS credentials source that counts its calls. Its nth
// successful call hands out generation n: an AccessKeyId, secret and token
// that belong together, which the emulator checks on every request (the
// signature with the generation's secret, the token against the id), so
// a torn read — an id from one generation, a secret or token from
// another — fails the call.
type stsSource struct {
	mu     sync.Mutex
	life   []time.Duration // lifetime of each generation
	calls  int
	issued []time.Time // when each generation was handed out, and
	expiry []time.Time // when it expires
	fail   bool
}

func generation(n int) (id, secret, token string) {
	return fmt.Sprintf("STS.NUgen%d", n), fmt.Sprintf("AKSECRET-gen%d-0a1b2c3d", n), fmt.Sprintf("STSTOKEN-gen%d-%s", n, stsToken[9:80])
}

func (s *stsSource) Retrieve(context.Context) (alibaba.Credentials, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls++
	if s.fail {
		return alibaba.Credentials{}, errSTSDown
	}
	n := len(s.issued) + 1
	if n > len(s.life) {
		return alibaba.Credentials{}, fmt.Errorf("generation %d was not planned", n)
	}
	now := time.Now()
	s.issued, s.expiry = append(s.issued, now), append(s.expiry, now.Add(s.life[n-1]))
	id, secret, token := generation(n)
	return alibaba.Credentials{AccessKeyID: id, AccessKeySecret: secret, SecurityToken: token, Expiration: s.expiry[n-1]}, nil
}

func (s *stsSource) Calls() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls
}

func (s *stsSource) setFail(fail bool) {
	s.mu.Lock()
	s.fail = fail
	s.mu.Unlock()
}

// stsEmulator accepts every planned generation until its expiry, which
// it learns from the source the moment the generation is handed out:
// until then the emulator lets it live for ever, and the source's own
// record of expiries is checked after the run.
func stsEmulator(t *testing.T, generations int) *alibabatest.Server {
	var opts []alibabatest.Option
	for n := 1; n <= generations; n++ {
		id, secret, token := generation(n)
		opts = append(opts, alibabatest.WithSTSCredentials(id, secret, token, time.Time{}))
	}
	return alibabaEmulator(t, opts...)
}

// burst runs callers calls at once and requires every one to succeed.
func burst(t *testing.T, call func(context.Context) error) {
	t.Helper()
	ctx := testContext(t)
	errs := make(chan error, callers)
	var wg sync.WaitGroup
	for range callers {
		wg.Go(func() { errs <- call(ctx) })
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
}

func listRules(c *aga.Client) func(context.Context) error {
	return func(ctx context.Context) error {
		_, err := c.ListForwardingRules(ctx, &aga.ListForwardingRulesRequest{
			AcceleratorID: alibabatest.DefaultAcceleratorID, ListenerID: alibabatest.DefaultListenerID, MaxResults: 1})
		return err
	}
}

// TestSTSCredentialsRefreshOnceBeforeExpiry shares one client between a
// hundred callers, three times: at the start (one fetch for all), after
// the refresh point of the first credentials (one background refresh,
// while everyone keeps using the first ones), and once the second are in.
// A call never carries credentials past their expiry, nor a torn set.
func TestSTSCredentialsRefreshOnceBeforeExpiry(t *testing.T) {
	t.Parallel()
	src := &stsSource{life: []time.Duration{3 * time.Second, time.Hour}}
	srv := stsEmulator(t, 2)
	w := newWire()
	t.Cleanup(w.close)
	cfg := srv.Config()
	cfg.Credentials, cfg.HTTPClient = alibaba.CachedCredentials(src), w.client()
	call := listRules(aga.New(cfg, fastRetry))

	burst(t, call)
	require.Equal(t, 1, src.Calls(), "one fetch for a hundred callers")

	// The cache refreshes at half the life of short-lived credentials.
	time.Sleep(time.Until(src.issued[0].Add(1600 * time.Millisecond)))
	burst(t, call)
	require.Eventually(t, func() bool { return src.Calls() == 2 }, notHung, time.Millisecond, "one background refresh")
	burst(t, call)
	assert.Equal(t, 2, src.Calls())

	gens := map[string]int{}
	for _, r := range srv.Requests() {
		gens[r.Params.Get("AccessKeyId")]++
		assert.True(t, r.Time.Before(src.expiry[0]) || r.Params.Get("AccessKeyId") != "STS.NUgen1",
			"generation 1 used after its expiry")
	}
	assert.Equal(t, 3*callers, gens["STS.NUgen1"]+gens["STS.NUgen2"], "every request carried a planned generation: %v", gens)
	assert.Positive(t, gens["STS.NUgen2"], "the refreshed credentials are used")
	assert.True(t, src.issued[1].Before(src.expiry[0]), "refreshed before expiry")
}

// TestSTSRefreshFailureIsReportedAndRetried lets the first credentials
// expire while the source fails: the call fails with the source's error
// and sends nothing, and the next call, once the source recovers, asks it
// again instead of remembering the failure.
func TestSTSRefreshFailureIsReportedAndRetried(t *testing.T) {
	t.Parallel()
	src := &stsSource{life: []time.Duration{300 * time.Millisecond, time.Hour}}
	srv := stsEmulator(t, 2)
	cfg := srv.Config()
	cfg.Credentials = alibaba.CachedCredentials(src)
	call := listRules(aga.New(cfg, fastRetry))
	ctx := testContext(t)

	require.NoError(t, call(ctx))
	src.setFail(true)
	time.Sleep(time.Until(src.expiry[0]))
	err := call(ctx)
	require.ErrorIs(t, err, errSTSDown)
	assert.Contains(t, err.Error(), "alibaba ga ListForwardingRules", "the error names the call")
	assert.Equal(t, 2, src.Calls())
	assert.Equal(t, 1, srv.CountOf("ListForwardingRules"), "nothing is sent without credentials")

	src.setFail(false)
	require.NoError(t, call(ctx))
	assert.Equal(t, 3, src.Calls(), "the failure was not cached")
	assert.Equal(t, 2, srv.CountOf("ListForwardingRules"))
}

func addPort(c *apig.Client, port func() int32) func(context.Context) error {
	return func(ctx context.Context) error {
		_, err := c.AddCustomIngressPort(ctx, &apig.AddCustomIngressPortRequest{
			InstanceID: huaweitest.DefaultInstanceID, Protocol: apig.IngressProtocolHTTPS, IngressPort: port()})
		return err
	}
}

// ports hands out distinct port numbers to concurrent callers.
func ports(first int32) func() int32 {
	var mu sync.Mutex
	next := first
	return func() int32 {
		mu.Lock()
		defer mu.Unlock()
		next++
		return next
	}
}

// TestHuaweiTokensRefreshOnceForConcurrentCallers shares one APIG client
// between a hundred callers: at the start, after the token's refresh point
// (before its expiry: no request is refused), and after IAM revoked every
// token (the calls in flight refused with 401, one new token, each
// refused call replayed once). Each time, IAM is asked once.
func TestHuaweiTokensRefreshOnceForConcurrentCallers(t *testing.T) {
	t.Parallel()
	srv := huaweiEmulator(t, huaweitest.WithTokenTTL(2*time.Second))
	start := time.Now()
	call := addPort(apig.New(srv.Config(), fastRetry), ports(20000))

	burst(t, call)
	assert.Equal(t, 1, srv.IAMCalls(), "one token for a hundred callers")

	// Tokens are replaced at four fifths of a short life: after 1.6s here.
	time.Sleep(time.Until(start.Add(1700 * time.Millisecond)))
	burst(t, call)
	assert.Equal(t, 2, srv.IAMCalls(), "one refresh for a hundred callers")
	for _, r := range srv.Requests() {
		assert.NotEqual(t, 401, r.Status, "a token was used past its expiry: %+v", r)
	}

	srv.ExpireTokens()
	burst(t, call)
	assert.Equal(t, 3, srv.IAMCalls(), "one new token however many calls were refused")
	rejected := 0
	for _, r := range srv.Requests() {
		if r.Status == 401 {
			rejected++
		}
	}
	assert.Positive(t, rejected)
	assert.Equal(t, 3*callers+rejected, srv.CountOf("AddCustomIngressPort"), "each refused call replayed once")
}

// TestHuaweiIAMOutageIsReportedAndRetried holds IAM's first answer while
// a hundred callers arrive, then fails it: they all share that one
// attempt and its retries, all get IAM's error, and once IAM is back the
// next call asks again.
func TestHuaweiIAMOutageIsReportedAndRetried(t *testing.T) {
	t.Parallel()
	srv := huaweiEmulator(t)
	srv.Inject("CreateToken", huaweitest.Delay(300*time.Millisecond, 1), huaweitest.ServerError(503, 0))
	call := addPort(apig.New(srv.Config(), fastRetry), ports(21000))
	ctx := testContext(t)

	errs := make(chan error, callers)
	var wg sync.WaitGroup
	for range callers {
		wg.Go(func() { errs <- call(ctx) })
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		var apiErr *huawei.APIError
		require.ErrorAs(t, err, &apiErr)
		assert.Equal(t, "iam", apiErr.Service)
		assert.ErrorIs(t, err, huawei.ErrUnavailable)
	}
	assert.Equal(t, 4, srv.IAMCalls(), "one token request, retried, for a hundred callers")
	assert.Zero(t, srv.CountOf("AddCustomIngressPort"), "nothing is sent without a token")

	srv.Reset()
	require.NoError(t, call(ctx))
	assert.Equal(t, 1, srv.IAMCalls(), "the failure was not cached")
}
