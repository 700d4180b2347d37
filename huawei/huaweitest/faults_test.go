package huaweitest

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestThrottleAndRetryAfterAnswer429(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	tok := issue(t, srv, domainScope)
	srv.Inject("ListByoipPools", Throttle(1), RetryAfter(1500*time.Millisecond, 1))
	a := do(t, http.MethodGet, poolsURL(srv, ""), tok, "")
	assert.Equal(t, http.StatusTooManyRequests, a.status)
	assert.Equal(t, "APIGW.0308", a.code())
	assert.Empty(t, a.header.Get("Retry-After"))
	b := do(t, http.MethodGet, poolsURL(srv, ""), tok, "")
	assert.Equal(t, "APIGW.0308", b.code())
	assert.Equal(t, "2", b.header.Get("Retry-After"), "whole seconds, rounded up")
	assert.Equal(t, http.StatusOK, do(t, http.MethodGet, poolsURL(srv, ""), tok, "").status)
}

func TestServerErrorSpeaksEachServicesDialect(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	domain, project := issue(t, srv, domainScope), issue(t, srv, projectScope(Region))
	srv.Inject("*", ServerError(503, 3))
	ga := do(t, http.MethodGet, poolsURL(srv, ""), domain, "")
	assert.Equal(t, http.StatusServiceUnavailable, ga.status)
	assert.Equal(t, "GA.9201", ga.code())
	apig := do(t, http.MethodGet, portsURL(srv, ProjectID, DefaultInstanceID, ""), project, "")
	assert.Equal(t, "APIG.9999", apig.code())
	iam := do(t, http.MethodPost, srv.URL+"/v3/auth/tokens", "", authBody(UserName, Password, domainScope))
	assert.Equal(t, "503", iam.code(), "Keystone's shape for IAM")
	assert.Equal(t, http.StatusOK, do(t, http.MethodGet, poolsURL(srv, ""), domain, "").status, "three times only")
}

func TestHTMLPageKeepsTheRequestID(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	srv.Inject("ListByoipPools", HTMLPage(504, 1))
	a := do(t, http.MethodGet, poolsURL(srv, ""), issue(t, srv, domainScope), "")
	assert.Equal(t, http.StatusGatewayTimeout, a.status)
	assert.Equal(t, "text/html", a.header.Get("Content-Type"))
	assert.Contains(t, a.raw, "<title>504 Gateway Timeout</title>")
	assert.NotEmpty(t, a.header.Get("X-Request-Id"))
}

func TestTruncateBodyCutsTheJSON(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	tok := issue(t, srv, domainScope)
	srv.Inject("ListByoipPools", TruncateBody(1))
	req, err := http.NewRequest(http.MethodGet, poolsURL(srv, ""), nil)
	require.NoError(t, err)
	req.Header.Set("X-Auth-Token", tok)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	var v any
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Error(t, json.NewDecoder(resp.Body).Decode(&v))
}

func TestDropResponseKeepsTheEffect(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	tok := issue(t, srv, projectScope(Region))
	srv.Inject("AddCustomIngressPort", DropConnection(1), DropResponse(1))
	post := func() error {
		req, _ := http.NewRequest(http.MethodPost, portsURL(srv, ProjectID, DefaultInstanceID, ""),
			strings.NewReader(`{"protocol":"HTTP","ingress_port":9100}`))
		req.Header.Set("X-Auth-Token", tok)
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			_ = resp.Body.Close()
		}
		return err
	}
	require.Error(t, post())
	assert.Len(t, srv.APIG().IngressPorts(DefaultInstanceID), 2, "dropped before anything happened")
	require.Error(t, post())
	assert.Len(t, srv.APIG().IngressPorts(DefaultInstanceID), 3, "the port was added, the answer lost")
	assert.Equal(t, "APIG.2012", addPort(t, srv, tok, DefaultInstanceID, `{"protocol":"HTTP","ingress_port":9100}`).code(),
		"so a blind retry clashes")
}

func TestFaultsOnIAMAndDelay(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	srv.Inject("CreateToken", Delay(80*time.Millisecond, 1), Throttle(1))
	start := time.Now()
	a := do(t, http.MethodPost, srv.URL+"/v3/auth/tokens", "", authBody(UserName, Password, domainScope))
	assert.GreaterOrEqual(t, time.Since(start), 80*time.Millisecond)
	assert.Equal(t, "APIGW.0308", a.code())
	assert.Equal(t, "Delay+Throttle", srv.Requests()[0].Fault)
	issue(t, srv, domainScope)
}

func TestFaultsWaitForAValidToken(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	srv.Inject("ListByoipPools", Throttle(1))
	assert.Equal(t, "APIGW.0301", do(t, http.MethodGet, poolsURL(srv, ""), "", "").code(), "a fault never hides an auth failure")
	assert.Equal(t, "APIGW.0308", do(t, http.MethodGet, poolsURL(srv, ""), issue(t, srv, domainScope), "").code())
}

func TestMarkerQuirksOverHTTP(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	tok := issue(t, srv, domainScope)
	srv.GA().AddByoipPools(25) // 30 in all
	pools := srv.GA().ByoipPools()
	get := func(q string) answer { return do(t, http.MethodGet, poolsURL(srv, q), tok, "") }
	nextOf := func(a answer) any { return a.body["page_info"].(map[string]any)["next_marker"] }

	srv.Inject("ListByoipPools", PageSizeCap(4))
	assert.Len(t, get("?limit=10").body["byoip_pools"], 4)
	srv.Reset()

	srv.Inject("ListByoipPools", EmptyPageWithToken(1))
	empty := get("?limit=5")
	assert.Empty(t, empty.body["byoip_pools"])
	assert.Equal(t, pools[4].ID, nextOf(empty))
	srv.Reset()

	srv.Inject("ListByoipPools", RepeatToken())
	assert.Equal(t, pools[4].ID, nextOf(get("?limit=5&marker="+pools[4].ID)))
	srv.Reset()

	srv.Inject("ListByoipPools", TokenCycle())
	assert.Equal(t, pools[4].ID, nextOf(get("?limit=5&marker="+pools[9].ID)), "A→B→A")
	srv.Reset()

	srv.Inject("ListByoipPools", IgnorePageNumber())
	assert.Equal(t, pools[4].ID, nextOf(get("?limit=5&marker="+pools[9].ID)), "always the first page")
}

func TestOffsetQuirksOverHTTP(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	tok := issue(t, srv, projectScope(Region))
	get := func(q string) answer {
		return do(t, http.MethodGet, portsURL(srv, ProjectID, DefaultInstanceID, q), tok, "")
	}
	srv.Inject("ListCustomIngressPorts", EmptyPageWithToken(1), IgnorePageNumber(), PageSizeCap(1))
	empty := get("")
	assert.EqualValues(t, 0, empty.body["size"])
	assert.EqualValues(t, 2, empty.body["total"])
	p := get("?offset=1&limit=5")
	assert.EqualValues(t, 1, p.body["size"], "capped")
	assert.Equal(t, []string{"8080"}, itemIDs(p, "ingress_port_infos", "ingress_port"), "offset ignored")
}
