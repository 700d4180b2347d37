package alibabatest_test

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/alibaba/alibabatest"
	"github.com/polycloud-go/polycloud/alibaba/apigateway"
	"github.com/polycloud-go/polycloud/alibaba/ga"
)

// The generated service clients with Config.Signature = SignatureV3,
// end to end against the emulator's own V3 verification.

// captured is what a capturing transport saw leave the client.
type captured struct {
	URL    string
	Header http.Header
}

// capture is an http.RoundTripper that records every attempt's URL and
// headers before passing it on.
type capture struct {
	mu   sync.Mutex
	seen []captured
}

func (c *capture) RoundTrip(req *http.Request) (*http.Response, error) {
	c.mu.Lock()
	c.seen = append(c.seen, captured{URL: req.URL.String(), Header: req.Header.Clone()})
	c.mu.Unlock()
	return http.DefaultTransport.RoundTrip(req)
}

func (c *capture) attempts() []captured {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.seen)
}

// assertAllV3 checks that every logged request was signed with V3.
func assertAllV3(t *testing.T, srv *alibabatest.Server) {
	t.Helper()
	for _, r := range srv.Requests() {
		assert.Equal(t, "ACS3-HMAC-SHA256", r.Signature, "%s attempt at %v", r.Action, r.Time)
		assert.NotContains(t, r.Params, "Signature")
		assert.NotContains(t, r.Params, "Action", "Action travels in x-acs-action")
	}
}

func TestV3GeneratedGAClientListsForwardingRules(t *testing.T) {
	t.Parallel()
	srv := start(t)
	c := ga.New(srv.ConfigV3())
	req := &ga.ListForwardingRulesRequest{AcceleratorID: alibabatest.DefaultAcceleratorID, ListenerID: alibabatest.DefaultListenerID}
	total := 0
	for range 10 {
		page, err := c.ListForwardingRules(t.Context(), req)
		require.NoError(t, err)
		total += len(page.ForwardingRules)
		if page.NextToken == "" {
			break
		}
		req.NextToken = page.NextToken
	}
	assert.Equal(t, alibabatest.SeededForwardingRules, total)
	assert.Equal(t, 3, srv.CountOf("ListForwardingRules"))
	assertAllV3(t, srv)
}

func TestV3GeneratedPagerWalksEveryRule(t *testing.T) {
	t.Parallel()
	srv := start(t)
	p := ga.NewListForwardingRulesPager(ga.New(srv.ConfigV3()),
		&ga.ListForwardingRulesRequest{AcceleratorID: alibabatest.DefaultAcceleratorID, ListenerID: alibabatest.DefaultListenerID},
		alibaba.PageSize(20))
	var ids []string
	for rule, err := range p.All(t.Context()) {
		require.NoError(t, err)
		ids = append(ids, rule.ForwardingRuleID)
	}
	assert.Len(t, ids, alibabatest.SeededForwardingRules)
	assert.Len(t, slices.Compact(slices.Sorted(slices.Values(ids))), alibabatest.SeededForwardingRules, "no rule twice")
	assertAllV3(t, srv)
}

func TestV3GeneratedAPIGatewayClientDescribesBackends(t *testing.T) {
	t.Parallel()
	srv := start(t)
	out, err := apigateway.New(srv.ConfigV3()).DescribeBackendInfo(t.Context(),
		&apigateway.DescribeBackendInfoRequest{BackendID: alibabatest.DefaultBackendID})
	require.NoError(t, err)
	assert.Equal(t, "orders-backend", out.BackendInfo.BackendName)
	assertAllV3(t, srv)
}

// TestV3KeepsTheSTSTokenOutOfTheURL checks on the wire (a capturing
// transport) and in the emulator's log that the token travels only in
// x-acs-security-token and the signature only in Authorization.
func TestV3KeepsTheSTSTokenOutOfTheURL(t *testing.T) {
	t.Parallel()
	const token = "CAIS+sts/Token=Value-for-v3"
	srv := start(t, alibabatest.WithSTSCredentials("STS.NV3Key", "sts-secret", token, time.Time{}))
	wire := &capture{}
	cfg := srv.ConfigV3()
	cfg.Credentials = alibaba.StaticCredentials("STS.NV3Key", "sts-secret", token)
	cfg.HTTPClient = &http.Client{Transport: wire}

	_, err := ga.New(cfg).ListForwardingRules(t.Context(),
		&ga.ListForwardingRulesRequest{AcceleratorID: alibabatest.DefaultAcceleratorID, ListenerID: alibabatest.DefaultListenerID})
	require.NoError(t, err)
	_, err = apigateway.New(cfg).DescribeBackendInfo(t.Context(),
		&apigateway.DescribeBackendInfoRequest{BackendID: alibabatest.DefaultBackendID})
	require.NoError(t, err)
	// API Gateway actions declare a SecurityToken parameter of their own;
	// with STS credentials it is dropped rather than sent in the URL.
	own := &alibaba.Params{}
	own.Set("BackendId", alibabatest.DefaultBackendID)
	own.Set("SecurityToken", "the-action's-own-parameter")
	require.NoError(t, alibaba.NewClient(cfg, apiProduct).Call(t.Context(), describe, own, nil))

	attempts := wire.attempts()
	require.Len(t, attempts, 3)
	for _, a := range attempts {
		for _, form := range []string{token, url.QueryEscape(token), url.PathEscape(token), "Signature=", "SecurityToken", "Action="} {
			assert.NotContains(t, a.URL, form)
		}
		assert.Equal(t, []string{token}, a.Header.Values("X-Acs-Security-Token"))
		assert.True(t, strings.HasPrefix(a.Header.Get("Authorization"), "ACS3-HMAC-SHA256 Credential=STS.NV3Key,"))
	}
	for _, r := range srv.Requests() {
		assert.Empty(t, r.Code)
		assert.NotContains(t, r.Params, "SecurityToken")
		assert.Equal(t, "REDACTED", r.Header.Get("X-Acs-Security-Token"))
		assert.NotContains(t, fmt.Sprint(r), token)
	}
}

func TestV3ThrottledCallIsResignedWithAFreshNonce(t *testing.T) {
	t.Parallel()
	srv := start(t)
	srv.Inject("ListForwardingRules", alibabatest.Throttle(2))
	page, err := ga.New(fastRetries(srv.ConfigV3())).ListForwardingRules(t.Context(),
		&ga.ListForwardingRulesRequest{AcceleratorID: alibabatest.DefaultAcceleratorID, ListenerID: alibabatest.DefaultListenerID})
	require.NoError(t, err)
	assert.Len(t, page.ForwardingRules, 20)

	log := srv.Requests()
	require.Len(t, log, 3, "two throttled attempts and a success; a reused nonce would have been refused")
	assert.Equal(t, []string{"Throttling.User", "Throttling.User", ""}, []string{log[0].Code, log[1].Code, log[2].Code})
	nonces, dates := map[string]bool{}, 0
	for _, r := range log {
		nonces[r.Header.Get("X-Acs-Signature-Nonce")] = true
		if r.Header.Get("X-Acs-Date") != "" {
			dates++
		}
	}
	assert.Len(t, nonces, 3, "every attempt is signed afresh")
	assert.Equal(t, 3, dates)
	assertAllV3(t, srv)
}

func TestV3WrongSecretIsDiagnosedAndNotRetried(t *testing.T) {
	t.Parallel()
	const token = "CAIS-v3-token-the-server-echoes"
	srv := start(t, alibabatest.WithSTSCredentials("STS.NV3Diag", "sts-secret", token, time.Time{}))
	cfg := srv.ConfigV3()
	cfg.Credentials = alibaba.StaticCredentials("STS.NV3Diag", "wrong-secret", token)
	_, err := apigateway.New(cfg).DescribeBackendInfo(t.Context(), &apigateway.DescribeBackendInfoRequest{BackendID: alibabatest.DefaultBackendID})
	var apiErr *alibaba.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "SignatureDoesNotMatch", apiErr.Code)
	assert.ErrorIs(t, err, alibaba.ErrUnauthorized)
	assert.True(t, strings.HasSuffix(apiErr.Message, "[polycloud computed the same string to sign: the AccessKeySecret is wrong]"), apiErr.Message)
	assert.NotContains(t, fmt.Sprintf("%v %+v %#v", err, err, apiErr), token)
	assert.Equal(t, 1, srv.CountOf("DescribeBackendInfo"))
}

func TestV1AndV3ClientsShareOneServer(t *testing.T) {
	t.Parallel()
	srv := start(t)
	for _, cfg := range []alibaba.Config{srv.Config(), srv.ConfigV3()} {
		_, err := apigateway.New(cfg).DescribeBackendInfo(t.Context(), &apigateway.DescribeBackendInfoRequest{BackendID: alibabatest.DefaultBackendID})
		require.NoError(t, err, cfg.Signature.String())
	}
	log := srv.Requests()
	require.Len(t, log, 2)
	assert.Equal(t, []string{"HMAC-SHA1", "ACS3-HMAC-SHA256"}, []string{log[0].Signature, log[1].Signature})
}

// TestV1SignsParametersWhoseNamesPrefixOthers is a regression test: the
// emulator once sorted encoded pairs ("Tag.1=…" before "Tag=…") instead of
// names, and refused correctly signed requests with such parameters.
func TestV1SignsParametersWhoseNamesPrefixOthers(t *testing.T) {
	t.Parallel()
	srv := start(t)
	for _, cfg := range []alibaba.Config{srv.Config(), srv.ConfigV3()} {
		p := &alibaba.Params{}
		p.Set("BackendId", alibabatest.DefaultBackendID)
		p.Set("Tag", "a")
		p.Set("Tag.1", "b")
		p.Set("Tag.1.Key", "c")
		require.NoError(t, alibaba.NewClient(cfg, apiProduct).Call(t.Context(), describe, p, nil), cfg.Signature.String())
	}
}
