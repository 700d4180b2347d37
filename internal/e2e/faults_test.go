package e2e

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/alibaba/alibabatest"
	aga "github.com/polycloud-go/polycloud/alibaba/ga"
	"github.com/polycloud-go/polycloud/huawei"
	"github.com/polycloud-go/polycloud/huawei/apig"
	hga "github.com/polycloud-go/polycloud/huawei/ga"
	"github.com/polycloud-go/polycloud/huawei/huaweitest"
)

// slowAttempt bounds each attempt in the "slow server" rows; slowServer is
// how long the emulator holds a delayed request, unless (as it normally
// does) it sees the client give up first. Far apart, so that a loaded
// machine cannot blur them.
const (
	slowAttempt = 400 * time.Millisecond
	slowServer  = 5 * time.Second
)

// outcome is what one call under one fault must end with.
type outcome struct {
	// attempts is how many requests for the operation the emulator logged:
	// retries are counted at the server, not inferred from the client.
	attempts int
	// result is kindOf(err): "ok", "APIError(<kind>)", "DecodeError",
	// "transport", "timeout", …
	result string
}

// Alibaba Cloud's generated GA package has no write yet, and alibabatest
// implements none. The pipeline does not know what an action does, only
// what its Operation says, so the two writes below are declared exactly as
// a generated CreateXxx would be (not Idempotent; with or without a
// ClientToken) and sent to an action the emulator serves and logs.
var (
	// tokenWrite is a write protected by a ClientToken, like the 96 GA
	// actions that take one: ambiguous failures are retried, with the
	// same token every time.
	tokenWrite = &alibaba.Operation{Action: "ListForwardingRules", RegionID: true, ClientToken: true}
	// plainWrite is a write with no protection: an ambiguous failure must
	// not be retried, or the server could apply it twice.
	plainWrite = &alibaba.Operation{Action: "ListForwardingRules", RegionID: true}
)

type alibabaFaultCase struct {
	name   string
	faults []alibabatest.Fault
	opts   []alibaba.Option
	// read is ga.ListForwardingRules, idempotent; token and plain are the
	// writes above.
	read, token, plain outcome
}

func alibabaFaultCases() []alibabaFaultCase {
	slow := []alibaba.Option{alibaba.WithAttemptTimeout(slowAttempt)}
	retried := func(n int) outcome { return outcome{n, "ok"} }
	return []alibabaFaultCase{
		{name: "no fault", read: retried(1), token: retried(1), plain: retried(1)},
		{name: "throttled twice (400 Throttling.User)", faults: []alibabatest.Fault{alibabatest.Throttle(2)},
			read: retried(3), token: retried(3), plain: retried(3)},
		{name: "throttled with x-acs-retry-after", faults: []alibabatest.Fault{alibabatest.RetryAfter(20*time.Millisecond, 1)},
			read: retried(2), token: retried(2), plain: retried(2)},
		{name: "throttled until attempts run out", faults: []alibabatest.Fault{alibabatest.Throttle(0)},
			read:  outcome{4, "APIError(throttled)"},
			token: outcome{4, "APIError(throttled)"}, plain: outcome{4, "APIError(throttled)"}},
		{name: "500 InternalError", faults: []alibabatest.Fault{alibabatest.ServerError(500, 1)},
			read: retried(2), token: retried(2), plain: outcome{1, "APIError(unavailable)"}},
		{name: "502 InternalError", faults: []alibabatest.Fault{alibabatest.ServerError(502, 1)},
			read: retried(2), token: retried(2), plain: outcome{1, "APIError(unavailable)"}},
		// Alibaba's ServiceUnavailable says the request was not processed.
		{name: "503 ServiceUnavailable", faults: []alibabatest.Fault{alibabatest.ServerError(503, 1)},
			read: retried(2), token: retried(2), plain: retried(2)},
		{name: "HTML 502 page from a gateway", faults: []alibabatest.Fault{alibabatest.HTMLPage(502, 1)},
			read: retried(2), token: retried(2), plain: outcome{1, "APIError(unavailable)"}},
		{name: "HTML 502 page every time", faults: []alibabatest.Fault{alibabatest.HTMLPage(502, 0)},
			read: outcome{4, "APIError(unavailable)"}, token: outcome{4, "APIError(unavailable)"},
			plain: outcome{1, "APIError(unavailable)"}},
		{name: "HTML page with status 200", faults: []alibabatest.Fault{alibabatest.HTMLPage(200, 1)},
			read: outcome{1, "DecodeError"}, token: outcome{1, "DecodeError"}, plain: outcome{1, "DecodeError"}},
		{name: "truncated JSON body", faults: []alibabatest.Fault{alibabatest.TruncateBody(1)},
			read: outcome{1, "DecodeError"}, token: outcome{1, "DecodeError"}, plain: outcome{1, "DecodeError"}},
		// The client cannot tell a connection dropped before the request
		// was read from one dropped after it was processed: both are
		// ambiguous, so an unprotected write is not retried.
		{name: "connection dropped before the request is read", faults: []alibabatest.Fault{alibabatest.DropConnection(1)},
			read: retried(2), token: retried(2), plain: outcome{1, "transport"}},
		{name: "connection dropped after the request was processed", faults: []alibabatest.Fault{alibabatest.DropResponse(1)},
			read: retried(2), token: retried(2), plain: outcome{1, "transport"}},
		{name: "write replayed after a dropped response when the caller opts in",
			faults: []alibabatest.Fault{alibabatest.DropResponse(1)}, opts: []alibaba.Option{alibaba.WithRetryWrites()},
			read: retried(2), token: retried(2), plain: retried(2)},
		{name: "slow server past the attempt timeout once", faults: []alibabatest.Fault{alibabatest.Delay(slowServer, 1)},
			opts: slow, read: retried(2), token: retried(2), plain: outcome{1, "timeout"}},
		{name: "slow server past the attempt timeout every time", faults: []alibabatest.Fault{alibabatest.Delay(slowServer, 0)},
			opts: slow, read: outcome{4, "timeout"}, token: outcome{4, "timeout"}, plain: outcome{1, "timeout"}},
	}
}

// TestAlibabaFaults drives a read, a ClientToken write and an unprotected
// write through every fault alibabatest can inject, and checks at the
// server how often each was sent, that a retried write always carried the
// same ClientToken, and what the caller got back.
func TestAlibabaFaults(t *testing.T) {
	t.Parallel()
	for _, tc := range alibabaFaultCases() {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			t.Run("read", func(t *testing.T) {
				t.Parallel()
				srv := runAlibabaFault(t, tc, tc.read, func(ctx context.Context, cfg alibaba.Config, opts []alibaba.Option) error {
					out, err := aga.New(cfg, opts...).ListForwardingRules(ctx, &aga.ListForwardingRulesRequest{
						AcceleratorID: alibabatest.DefaultAcceleratorID, ListenerID: alibabatest.DefaultListenerID,
					})
					if err == nil { // nothing lost: the body decoded and the request id is kept
						assert.NotEmpty(t, out.RequestID)
						assert.Len(t, out.ForwardingRules, 20)
						assert.NotEmpty(t, out.NextToken)
					}
					return err
				})
				assert.Len(t, clientTokens(srv.Requests()), 1, "ListForwardingRules takes a ClientToken")
			})
			for _, w := range []struct {
				name string
				op   *alibaba.Operation
				want outcome
			}{{"write with ClientToken", tokenWrite, tc.token}, {"write without ClientToken", plainWrite, tc.plain}} {
				t.Run(w.name, func(t *testing.T) {
					t.Parallel()
					srv := runAlibabaFault(t, tc, w.want, func(ctx context.Context, cfg alibaba.Config, opts []alibaba.Option) error {
						return rawAlibabaCall(ctx, cfg, w.op, opts)
					})
					assert.Equal(t, w.op.ClientToken, len(clientTokens(srv.Requests())) == 1,
						"a ClientToken write sends one token on every attempt; a plain write sends none")
				})
			}
		})
	}
}

// TestAlibabaCallerClientTokenIsKept checks that a ClientToken the caller
// chose is the one every attempt carries, rather than a generated one.
func TestAlibabaCallerClientTokenIsKept(t *testing.T) {
	t.Parallel()
	srv, cfg := alibabaSTS(t)
	srv.Inject("ListForwardingRules", alibabatest.Throttle(2))
	_, err := aga.New(cfg, fastRetry).ListForwardingRules(testContext(t), &aga.ListForwardingRulesRequest{
		AcceleratorID: alibabatest.DefaultAcceleratorID, ListenerID: alibabatest.DefaultListenerID,
		ClientToken: "caller-chosen-token-0001",
	})
	require.NoError(t, err)
	assert.Equal(t, map[string]bool{"caller-chosen-token-0001": true}, clientTokens(srv.Requests()))
	assert.Equal(t, 3, srv.CountOf("ListForwardingRules"))
}

// TestBodyCutMidStream answers a read with a success status and part of
// its body before the connection drops, which the emulators cannot do.
// The call fails with the network's error, naming the call and quoting
// nothing. (It is not retried today, even for this idempotent read:
// reported as a gap.)
func TestBodyCutMidStream(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Length", "1000")
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte(`{"RequestId":"r1","byoip_pools":[`))
		_ = http.NewResponseController(w).Flush()
		if conn, _, err := http.NewResponseController(w).Hijack(); err == nil {
			_ = conn.Close()
		}
	}))
	t.Cleanup(srv.Close)
	ctx := testContext(t)
	_, aerr := alibabaGA(srv.URL).ListForwardingRules(ctx, &aga.ListForwardingRulesRequest{AcceleratorID: "ga-1", ListenerID: "lsr-1"})
	_, herr := hga.New(huaweiConfigAt(srv.URL), fastRetry).ListByoipPools(ctx, nil)
	for op, err := range map[string]error{"ListForwardingRules": aerr, "ListByoipPools": herr} {
		assert.ErrorIs(t, err, io.ErrUnexpectedEOF)
		assert.Equal(t, "transport", kindOf(err))
		assert.Contains(t, err.Error(), op)
		assert.NotContains(t, err.Error(), "byoip_pools", "the partial body is not quoted")
	}
}

// rawAlibabaCall sends op through the raw client, as generated code does.
func rawAlibabaCall(ctx context.Context, cfg alibaba.Config, op *alibaba.Operation, opts []alibaba.Option) error {
	c := alibaba.NewClient(cfg, alibaba.Product{Service: "ga", Version: "2019-11-20", RegionID: "cn-hangzhou"}, opts...)
	p := &alibaba.Params{}
	p.Set("AcceleratorId", alibabatest.DefaultAcceleratorID)
	p.Set("ListenerId", alibabatest.DefaultListenerID)
	var out aga.ListForwardingRulesResponse
	err := c.Call(ctx, op, p, &out)
	if err == nil && (out.RequestID == "" || len(out.ForwardingRules) == 0) {
		return errors.New("the response did not decode")
	}
	return err
}

func runAlibabaFault(t *testing.T, tc alibabaFaultCase, want outcome,
	call func(context.Context, alibaba.Config, []alibaba.Option) error) *alibabatest.Server {
	srv, cfg := alibabaSTS(t)
	w := newWire()
	t.Cleanup(w.close)
	logs := &logCapture{}
	srv.Inject("ListForwardingRules", tc.faults...)
	opts := append([]alibaba.Option{fastRetry, w.option(), alibaba.WithLogger(logs.logger())}, tc.opts...)

	start := time.Now()
	err := call(testContext(t), cfg, opts)
	assert.Less(t, time.Since(start), notHung)

	assert.Equal(t, want.result, kindOf(err), "error: %v", err)
	requireServerCount(t, func() int { return srv.CountOf("ListForwardingRules") }, want.attempts)
	checkAlibabaAttempts(t, srv.Requests())
	checkAPIError(t, err, want.attempts)
	// Every attempt is logged, and neither the logs nor the error give
	// away the secret, the STS token or a signature.
	assert.Len(t, attemptLines(logs), w.Trips())
	requireErrorClean(t, err, alibabaSecrets(w))
	logs.requireClean(t, alibabaSecrets(w))
	return srv
}

// checkAlibabaAttempts verifies that every attempt was signed afresh:
// the cloud rejects a reused SignatureNonce.
func checkAlibabaAttempts(t *testing.T, reqs []alibabatest.Request) {
	t.Helper()
	nonces := map[string]bool{}
	for _, r := range reqs {
		if r.Params == nil { // dropped before the request was read
			continue
		}
		nonce := r.Params.Get("SignatureNonce")
		assert.False(t, nonces[nonce], "SignatureNonce %q reused", nonce)
		nonces[nonce] = true
	}
}

// clientTokens returns the distinct ClientTokens the server received.
// Every attempt of one call must carry the same one, so that the server
// applies a retried write once.
func clientTokens(reqs []alibabatest.Request) map[string]bool {
	tokens := map[string]bool{}
	for _, r := range reqs {
		if tok := r.Params.Get("ClientToken"); tok != "" {
			tokens[tok] = true
		}
	}
	return tokens
}

// checkAPIError verifies that a service error keeps what a caller needs
// to act on it and to open a support case.
func checkAPIError(t *testing.T, err error, attempts int) {
	t.Helper()
	var apiErr *alibaba.APIError
	if !errors.As(err, &apiErr) {
		return
	}
	assert.NotZero(t, apiErr.StatusCode)
	assert.NotEmpty(t, apiErr.Provider)
	assert.NotEmpty(t, apiErr.Operation)
	assert.Equal(t, attempts, apiErr.Attempts)
	assert.Equal(t, errors.Is(err, alibaba.ErrThrottled) || errors.Is(err, alibaba.ErrUnavailable), apiErr.Retryable())
	if apiErr.Code != "" { // the cloud answered in its own words: its request id is kept
		assert.NotEmpty(t, apiErr.RequestID, "request id of %v", err)
	}
	switch apiErr.Kind.String() {
	case "throttled":
		assert.ErrorIs(t, err, alibaba.ErrThrottled)
	case "unavailable":
		assert.ErrorIs(t, err, alibaba.ErrUnavailable)
	}
}

// requireServerCount waits for the emulator's log to show want requests:
// a request is logged when its answer is written, which may be after the
// client gave up on it.
func requireServerCount(t *testing.T, count func() int, want int) {
	t.Helper()
	if !assert.Eventually(t, func() bool { return count() == want }, notHung, 5*time.Millisecond) {
		t.Errorf("server saw %d requests, want %d", count(), want)
	}
}

type huaweiFaultCase struct {
	name   string
	faults []huaweitest.Fault
	// iamFaults are injected for IAM's CreateToken instead.
	iamFaults []huaweitest.Fault
	opts      []huawei.Option
	// prepare runs after a warm-up call obtained the client's token.
	prepare func(*huaweitest.Server)
	// cold skips the warm-up: the call itself needs the first token.
	cold bool
	// read is ga.ListByoipPools, a GET; write is apig.AddCustomIngressPort,
	// a POST that is not idempotent.
	read, write outcome
	// created says whether the write's port exists afterwards. It never
	// exists twice: the emulator refuses a second identical port.
	created bool
	// iam is how many token requests the call made.
	iam int
	// waits is the least the call must take: a Retry-After it honoured.
	waits time.Duration
}

func huaweiFaultCases() []huaweiFaultCase {
	slow := []huawei.Option{huawei.WithAttemptTimeout(slowAttempt)}
	retried := func(n int) outcome { return outcome{n, "ok"} }
	return []huaweiFaultCase{
		{name: "no fault", read: retried(1), write: retried(1), created: true},
		{name: "throttled twice (429 APIGW.0308)", faults: []huaweitest.Fault{huaweitest.Throttle(2)},
			read: retried(3), write: retried(3), created: true},
		{name: "throttled with Retry-After", faults: []huaweitest.Fault{huaweitest.RetryAfter(time.Second, 1)},
			read: retried(2), write: retried(2), created: true, waits: time.Second},
		// Waiting longer than the caller allows would only end in a
		// deadline error: the throttling error comes back at once instead.
		{name: "Retry-After beyond the call's deadline", faults: []huaweitest.Fault{huaweitest.RetryAfter(time.Minute, 1)},
			opts: []huawei.Option{huawei.WithTimeout(5 * time.Second)},
			read: outcome{1, "APIError(throttled)"}, write: outcome{1, "APIError(throttled)"}},
		{name: "throttled until attempts run out", faults: []huaweitest.Fault{huaweitest.Throttle(0)},
			read: outcome{4, "APIError(throttled)"}, write: outcome{4, "APIError(throttled)"}},
		{name: "500", faults: []huaweitest.Fault{huaweitest.ServerError(500, 1)},
			read: retried(2), write: outcome{1, "APIError(unavailable)"}},
		{name: "502", faults: []huaweitest.Fault{huaweitest.ServerError(502, 1)},
			read: retried(2), write: outcome{1, "APIError(unavailable)"}},
		{name: "503", faults: []huaweitest.Fault{huaweitest.ServerError(503, 1)},
			read: retried(2), write: retried(2), created: true},
		{name: "HTML 502 page from a gateway", faults: []huaweitest.Fault{huaweitest.HTMLPage(502, 1)},
			read: retried(2), write: outcome{1, "APIError(unavailable)"}},
		{name: "HTML 503 page from a gateway", faults: []huaweitest.Fault{huaweitest.HTMLPage(503, 1)},
			read: retried(2), write: retried(2), created: true},
		{name: "HTML page with a success status", faults: []huaweitest.Fault{huaweitest.HTMLPage(200, 1)},
			read: outcome{1, "DecodeError"}, write: outcome{1, "DecodeError"}},
		{name: "truncated JSON body", faults: []huaweitest.Fault{huaweitest.TruncateBody(1)},
			read: outcome{1, "DecodeError"}, write: outcome{1, "DecodeError"}, created: true},
		// A GET on a reused connection may be replayed by net/http itself
		// and a POST never is, so the server counts two reads either way.
		{name: "connection dropped before the request is read", faults: []huaweitest.Fault{huaweitest.DropConnection(1)},
			read: retried(2), write: outcome{1, "transport"}},
		{name: "connection dropped after the request was processed", faults: []huaweitest.Fault{huaweitest.DropResponse(1)},
			read: retried(2), write: outcome{1, "transport"}, created: true},
		// The opt-in shows why it is off by default: the replay reaches the
		// server, which refuses the port it already added.
		{name: "write replayed after a dropped response when the caller opts in",
			faults: []huaweitest.Fault{huaweitest.DropResponse(1)}, opts: []huawei.Option{huawei.WithRetryWrites()},
			read: retried(2), write: outcome{2, "APIError(invalid argument)"}, created: true},
		{name: "slow server past the attempt timeout once", faults: []huaweitest.Fault{huaweitest.Delay(slowServer, 1)},
			opts: slow, read: retried(2), write: outcome{1, "timeout"}, created: true},
		{name: "slow server past the attempt timeout every time", faults: []huaweitest.Fault{huaweitest.Delay(slowServer, 0)},
			opts: slow, read: outcome{4, "timeout"}, write: outcome{1, "timeout"}, created: true},
		// A 401 is answered before anything is done, so even the write is
		// replayed, once, with a new token.
		{name: "token expired early (401)", prepare: (*huaweitest.Server).ExpireTokens,
			read: retried(2), write: retried(2), created: true, iam: 1},
		// The call reports IAM's failure, the one to act on, in its own
		// words: "huawei ga ListByoipPools: credentials: huawei iam CreateToken: HTTP 503 …".
		{name: "IAM down while the token is refreshed", prepare: (*huaweitest.Server).ExpireTokens,
			iamFaults: []huaweitest.Fault{huaweitest.ServerError(503, 0)},
			read:      outcome{1, "APIError(unavailable)"}, write: outcome{1, "APIError(unavailable)"}, iam: 4},
		{name: "IAM down before the first token", cold: true,
			iamFaults: []huaweitest.Fault{huaweitest.ServerError(503, 0)},
			read:      outcome{0, "APIError(unavailable)"}, write: outcome{0, "APIError(unavailable)"}, iam: 4},
	}
}

// TestHuaweiFaults drives a read and a write through every fault
// huaweitest can inject, after a warm-up call obtained the client's token,
// and checks at the server how often each was sent, that the write was
// applied at most once, and what the caller got back.
func TestHuaweiFaults(t *testing.T) {
	t.Parallel()
	for _, tc := range huaweiFaultCases() {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			t.Run("read", func(t *testing.T) {
				t.Parallel()
				rig := newHuaweiRig(t)
				c := hga.New(rig.cfg, fastRetry)
				list := func(ctx context.Context, opts ...huawei.Option) error {
					out, err := c.ListByoipPools(ctx, nil, opts...)
					if err == nil { // nothing lost: the body decoded and the request id is kept
						assert.NotEmpty(t, out.RequestID)
						assert.Len(t, out.ByoipPools, huaweitest.SeededByoipPools)
					}
					return err
				}
				rig.run(t, tc, "ListByoipPools", tc.read, list, list)
			})
			t.Run("write", func(t *testing.T) {
				t.Parallel()
				rig := newHuaweiRig(t)
				c := apig.New(rig.cfg, fastRetry)
				req := &apig.AddCustomIngressPortRequest{InstanceID: huaweitest.DefaultInstanceID,
					Protocol: apig.IngressProtocolHTTP, IngressPort: 30000}
				add := func(ctx context.Context, opts ...huawei.Option) error {
					out, err := c.AddCustomIngressPort(ctx, req, opts...)
					if err == nil {
						assert.Equal(t, req.IngressPort, out.IngressPort)
						assert.NotEmpty(t, out.IngressPortID)
					}
					return err
				}
				// The warm-up reaches the server, for a gateway that does
				// not exist, so it obtains the token and adds nothing.
				warmUp := func(ctx context.Context, _ ...huawei.Option) error {
					_, err := c.AddCustomIngressPort(ctx, &apig.AddCustomIngressPortRequest{
						InstanceID: "0000", Protocol: apig.IngressProtocolHTTP, IngressPort: 30000})
					return err
				}
				rig.run(t, tc, "AddCustomIngressPort", tc.write, warmUp, add)
				want := 0
				if tc.created {
					want = 1
				}
				requireServerCount(t, func() int { return portCount(rig.srv, int(req.IngressPort)) }, want)
			})
		})
	}
}

// huaweiRig is one emulator, the wire under the client and its config.
type huaweiRig struct {
	srv  *huaweitest.Server
	wire *wire
	cfg  huawei.Config
}

func newHuaweiRig(t *testing.T) *huaweiRig {
	srv := huaweiEmulator(t)
	w := newWire()
	t.Cleanup(w.close)
	cfg := srv.Config()
	cfg.HTTPClient = w.client()
	return &huaweiRig{srv: srv, wire: w, cfg: cfg}
}

// run warms the client up (unless tc.cold), injects tc's faults for op and
// checks what call gives under them.
func (r *huaweiRig) run(t *testing.T, tc huaweiFaultCase, op string, want outcome,
	warmUp, call func(context.Context, ...huawei.Option) error) {
	t.Helper()
	ctx := testContext(t)
	logs := &logCapture{}
	if !tc.cold {
		_ = warmUp(ctx)
		require.Equal(t, 1, r.srv.IAMCalls(), "the warm-up obtained the token")
		r.srv.Reset()
	}
	if tc.prepare != nil {
		tc.prepare(r.srv)
	}
	r.srv.Inject(op, tc.faults...)
	r.srv.Inject("CreateToken", tc.iamFaults...)

	start := time.Now()
	err := call(ctx, append([]huawei.Option{huawei.WithLogger(logs.logger())}, tc.opts...)...)
	assert.Less(t, time.Since(start), notHung)
	assert.GreaterOrEqual(t, time.Since(start), tc.waits, "the server's Retry-After was honoured")

	assert.Equal(t, want.result, kindOf(err), "error: %v", err)
	requireServerCount(t, func() int { return r.srv.CountOf(op) }, want.attempts)
	assert.Equal(t, tc.iam, r.srv.IAMCalls(), "token requests")
	if len(tc.iamFaults) > 0 {
		// Known gap, left to the huawei package: a first token fetched to
		// fill {project_id} in the path (APIG) fails with IAM's error alone,
		// which does not name the call that needed it.
		named := !(tc.cold && op == "AddCustomIngressPort")
		checkIAMError(t, err, op, tc.iam, named)
	} else {
		checkAPIError(t, err, want.attempts)
	}
	checkDecodeError(t, err)
	secrets := append(r.wire.Secrets(), huaweitest.Password)
	if want.attempts > 0 {
		assert.NotEmpty(t, attemptLines(logs))
	}
	requireErrorClean(t, err, secrets)
	logs.requireClean(t, secrets)
}

// attemptLines returns the text log's per-attempt records.
func attemptLines(logs *logCapture) []string {
	var out []string
	for _, line := range logs.Lines() {
		if strings.HasPrefix(line, "time=") && strings.Contains(line, "polycloud attempt") {
			out = append(out, line)
		}
	}
	return out
}

// checkIAMError verifies that a call whose token could not be had names
// both itself and IAM's answer.
func checkIAMError(t *testing.T, err error, op string, attempts int, named bool) {
	t.Helper()
	var apiErr *huawei.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "iam", apiErr.Service)
	assert.Equal(t, "CreateToken", apiErr.Operation)
	assert.Equal(t, attempts, apiErr.Attempts)
	assert.NotEmpty(t, apiErr.RequestID)
	if named {
		assert.Contains(t, err.Error(), op, "the error names the call that needed the token")
	}
}

// checkDecodeError verifies that an unreadable success keeps its status
// and, where the server sent one, its request id.
func checkDecodeError(t *testing.T, err error) {
	t.Helper()
	var decErr *huawei.DecodeError
	if !errors.As(err, &decErr) {
		return
	}
	assert.GreaterOrEqual(t, decErr.StatusCode, 200)
	assert.NotEmpty(t, decErr.Operation)
	if decErr.Provider == "huawei" { // huaweitest sets X-Request-Id on every answer
		assert.NotEmpty(t, decErr.RequestID)
	}
}

// portCount is how many inbound ports numbered port the seeded gateway has.
func portCount(srv *huaweitest.Server, port int) int {
	n := 0
	for _, p := range srv.APIG().IngressPorts(huaweitest.DefaultInstanceID) {
		if p.IngressPort == port {
			n++
		}
	}
	return n
}

// timeoutError reports whether err is an attempt timeout.
func timeoutError(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
