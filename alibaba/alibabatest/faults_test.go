package alibabatest

import (
	"encoding/json"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestThrottleRefusesTheNextCallsLikeFlowControl(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	s := testSigner()
	srv.Inject("DescribeBackendInfo", Throttle(2))
	for range 2 {
		a := backend(t, srv, s, DefaultBackendID)
		assert.Equal(t, http.StatusBadRequest, a.status, "Alibaba throttles with 400, not 429")
		assert.Equal(t, "Throttling.User", a.code())
		assert.Equal(t, "Request was denied due to user flow control.", a.body["Message"])
	}
	assert.Equal(t, http.StatusOK, backend(t, srv, s, DefaultBackendID).status)
	assert.Equal(t, http.StatusOK, rules(t, srv, s, nil).status, "faults are per action")
}

func TestRetryAfterAddsAlibabasHintInMilliseconds(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	srv.Inject("DescribeBackendInfo", RetryAfter(1500*time.Millisecond, 1))
	a := backend(t, srv, testSigner(), DefaultBackendID)
	assert.Equal(t, "Throttling.User", a.code())
	assert.Equal(t, "1500", a.header.Get("X-Acs-Retry-After"))
}

func TestServerErrorBodies(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	s := testSigner()
	srv.Inject("DescribeBackendInfo", ServerError(503, 1), ServerError(500, 1), ServerError(502, 1))
	for _, want := range []struct {
		status int
		code   string
	}{{503, "ServiceUnavailable"}, {500, "InternalError"}, {502, "InternalError"}} {
		a := backend(t, srv, s, DefaultBackendID)
		assert.Equal(t, want.status, a.status)
		assert.Equal(t, want.code, a.code())
		assert.NotEmpty(t, a.body["RequestId"])
	}
}

func TestHTMLPageIsAGatewayPage(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	srv.Inject("DescribeBackendInfo", HTMLPage(502, 1))
	a := backend(t, srv, testSigner(), DefaultBackendID)
	assert.Equal(t, http.StatusBadGateway, a.status)
	assert.Equal(t, "text/html", a.header.Get("Content-Type"))
	assert.Contains(t, a.raw, "<center><h1>502 Bad Gateway</h1></center>")
}

func TestTruncateBodySendsHalfAValidAnswer(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	srv.Inject("DescribeBackendInfo", TruncateBody(1))
	p := testSigner().sign(http.MethodPost, url.Values{"Action": {"DescribeBackendInfo"}, "Version": {apiGatewayVersion},
		"BackendId": {DefaultBackendID}})
	resp, err := http.Post(srv.URL+"/?"+p.Encode(), "", nil)
	require.NoError(t, err)
	defer resp.Body.Close()
	var v any
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Error(t, json.NewDecoder(resp.Body).Decode(&v))
	whole := backend(t, srv, testSigner(), DefaultBackendID)
	assert.Equal(t, resp.ContentLength, int64(len(whole.raw)/2))
}

func TestDelayHoldsTheAnswer(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	srv.Inject("DescribeBackendInfo", Delay(100*time.Millisecond, 1))
	start := time.Now()
	assert.Equal(t, http.StatusOK, backend(t, srv, testSigner(), DefaultBackendID).status)
	assert.GreaterOrEqual(t, time.Since(start), 100*time.Millisecond)
	start = time.Now()
	backend(t, srv, testSigner(), DefaultBackendID)
	assert.Less(t, time.Since(start), 100*time.Millisecond, "only once")
}

func postSigned(srv *Server, action, version string) (*http.Response, error) {
	p := testSigner().sign(http.MethodPost, url.Values{"Action": {action}, "Version": {version}, "BackendId": {DefaultBackendID}})
	return http.Post(srv.URL+"/?"+p.Encode(), "", nil)
}

func TestDropConnectionAndDropResponse(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	srv.Inject("DescribeBackendInfo", DropConnection(1), DropResponse(1))
	for range 2 {
		_, err := postSigned(srv, "DescribeBackendInfo", apiGatewayVersion)
		require.Error(t, err)
	}
	resp, err := postSigned(srv, "DescribeBackendInfo", apiGatewayVersion)
	require.NoError(t, err)
	_ = resp.Body.Close()

	log := srv.Requests()
	require.Len(t, log, 3)
	assert.Equal(t, []string{"DropConnection", "DropResponse", ""}, []string{log[0].Fault, log[1].Fault, log[2].Fault})
	assert.Equal(t, []int{0, 0, 200}, []int{log[0].Status, log[1].Status, log[2].Status})
	assert.Empty(t, log[0].Params, "the early drop never read the request")
	assert.Equal(t, DefaultBackendID, log[1].Params.Get("BackendId"), "the late drop ran the action")
}

func TestFaultsForEveryActionAndReset(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	s := testSigner()
	srv.Inject("*", ServerError(503, 0))
	assert.Equal(t, "ServiceUnavailable", rules(t, srv, s, nil).code())
	assert.Equal(t, "ServiceUnavailable", backend(t, srv, s, DefaultBackendID).code())
	srv.Reset()
	assert.Equal(t, http.StatusOK, backend(t, srv, s, DefaultBackendID).status)
	assert.Len(t, srv.Requests(), 1, "Reset emptied the log too")
}

func TestFaultsWaitForAnAuthenticatedRequest(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	srv.Inject("DescribeBackendInfo", Throttle(1))
	bad := testSigner()
	bad.secret = "wrong"
	assert.Equal(t, "SignatureDoesNotMatch", backend(t, srv, bad, DefaultBackendID).code(), "a fault never hides a signing bug")
	assert.Equal(t, "Throttling.User", backend(t, srv, testSigner(), DefaultBackendID).code())
}

func TestFaultStringNamesIt(t *testing.T) {
	t.Parallel()
	assert.Equal(t, "ServerError(503)", ServerError(503, 1).String())
	assert.Equal(t, "PageSizeCap(5)", PageSizeCap(5).String())
}
