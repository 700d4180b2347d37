package huaweitest_test

import (
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/huawei"
	"github.com/polycloud-go/polycloud/huawei/huaweitest"
)

// These tests drive the emulator through polycloud's own REST client, so
// the SDK's token cache, re-authentication, retries and error decoding
// meet the emulator's independent checks.

var (
	gaService   = huawei.Service{Name: "ga", Endpoint: "ga.myhuaweicloud.com", DomainScoped: true}
	apigService = huawei.Service{Name: "apig", Endpoint: "apig.{region}.myhuaweicloud.com"}

	listPools = &huawei.Operation{Name: "ListByoipPools", Method: http.MethodGet, Path: "/v1/byoip-pools", Idempotent: true}
	addPort   = &huawei.Operation{Name: "AddCustomIngressPort", Method: http.MethodPost,
		Path: "/v2/{project_id}/apigw/instances/{instance_id}/custom-ingress-ports"}
	listPorts = &huawei.Operation{Name: "ListCustomIngressPorts", Method: http.MethodGet,
		Path: "/v2/{project_id}/apigw/instances/{instance_id}/custom-ingress-ports", Idempotent: true}
)

type poolsPage struct {
	RequestID  string `json:"request_id"`
	ByoipPools []struct {
		ID string `json:"id"`
	} `json:"byoip_pools"`
	PageInfo struct {
		NextMarker   string `json:"next_marker"`
		CurrentCount int    `json:"current_count"`
	} `json:"page_info"`
}

type port struct {
	Protocol      string `json:"protocol"`
	IngressPort   int    `json:"ingress_port"`
	IngressPortID string `json:"ingress_port_id"`
	Status        string `json:"status"`
}

func start(t *testing.T, opts ...huaweitest.Option) *huaweitest.Server {
	srv := huaweitest.NewServer(opts...)
	t.Cleanup(srv.Close)
	return srv
}

// fastRetries keeps retried calls quick in tests.
func fastRetries(cfg huawei.Config) huawei.Config {
	cfg.Retry = huawei.RetryPolicy{MinBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond}
	return cfg
}

func portRequest(t *testing.T, protocol string, number int) *huawei.Request {
	req := &huawei.Request{}
	req.SetPath("instance_id", huaweitest.DefaultInstanceID)
	require.NoError(t, req.SetJSON(map[string]any{"protocol": protocol, "ingress_port": number}))
	return req
}

func TestSDKListsByoipPoolsWithADomainScopedToken(t *testing.T) {
	t.Parallel()
	srv := start(t)
	c := huawei.NewClient(srv.Config(), gaService)
	var page poolsPage
	hdr, err := c.Call(t.Context(), listPools, nil, &page)
	require.NoError(t, err)
	assert.Len(t, page.ByoipPools, huaweitest.SeededByoipPools)
	assert.Empty(t, page.PageInfo.NextMarker)
	assert.Equal(t, hdr.Get("X-Request-Id"), page.RequestID)
	assert.Equal(t, 1, srv.IAMCalls())
}

func TestSDKLearnsTheProjectFromTheToken(t *testing.T) {
	t.Parallel()
	srv := start(t)
	c := huawei.NewClient(srv.Config(), apigService)
	var added port
	_, err := c.Call(t.Context(), addPort, portRequest(t, "HTTPS", 9443), &added)
	require.NoError(t, err)
	assert.Equal(t, "normal", added.Status)

	req := &huawei.Request{}
	req.SetPath("instance_id", huaweitest.DefaultInstanceID)
	req.SetQuery("protocol", "HTTPS")
	var list struct {
		Size             int    `json:"size"`
		Total            int    `json:"total"`
		IngressPortInfos []port `json:"ingress_port_infos"`
	}
	_, err = c.Call(t.Context(), listPorts, req, &list)
	require.NoError(t, err)
	assert.Equal(t, 2, list.Total)
	assert.Contains(t, list.IngressPortInfos, added)

	log := srv.Requests()
	require.Len(t, log, 3)
	assert.Equal(t, "/v2/"+huaweitest.ProjectID+"/apigw/instances/"+huaweitest.DefaultInstanceID+"/custom-ingress-ports", log[1].Path)
	assert.Equal(t, 1, srv.IAMCalls(), "one token serves both calls")
}

func TestSDKReauthenticatesOnceAfterTokensExpire(t *testing.T) {
	t.Parallel()
	srv := start(t)
	c := huawei.NewClient(srv.Config(), gaService)
	_, err := c.Call(t.Context(), listPools, nil, &poolsPage{})
	require.NoError(t, err)
	require.Equal(t, 1, srv.IAMCalls())

	srv.ExpireTokens()
	_, err = c.Call(t.Context(), listPools, nil, &poolsPage{})
	require.NoError(t, err)
	assert.Equal(t, 2, srv.IAMCalls(), "exactly one new token")

	log := srv.Requests()
	require.Len(t, log, 5)
	assert.Equal(t, []int{201, 200, 401, 201, 200}, []int{log[0].Status, log[1].Status, log[2].Status, log[3].Status, log[4].Status})
	assert.Equal(t, "REDACTED", log[4].Header.Get("X-Auth-Token"))
}

func TestSDKSharesOneTokenRequestAmongConcurrentCalls(t *testing.T) {
	t.Parallel()
	srv := start(t)
	srv.Inject("CreateToken", huaweitest.Delay(50*time.Millisecond, 1))
	c := huawei.NewClient(srv.Config(), gaService)
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for range 20 {
		wg.Go(func() {
			_, err := c.Call(t.Context(), listPools, nil, &poolsPage{})
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	assert.Equal(t, 1, srv.IAMCalls())
	assert.Equal(t, 20, srv.CountOf("ListByoipPools"))
}

func TestSDKReportsAWrongPassword(t *testing.T) {
	t.Parallel()
	srv := start(t)
	cfg := srv.Config()
	cfg.Credentials = huawei.Password{DomainName: huaweitest.DomainName, UserName: huaweitest.UserName, Password: "wrong"}
	_, err := huawei.NewClient(cfg, gaService).Call(t.Context(), listPools, nil, &poolsPage{})
	var apiErr *huawei.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, http.StatusUnauthorized, apiErr.StatusCode)
	assert.Contains(t, apiErr.Message, "The username or password is wrong.")
	assert.ErrorIs(t, err, huawei.ErrUnauthorized)
	assert.NotContains(t, err.Error(), "wrong\"")
	assert.Zero(t, srv.CountOf("ListByoipPools"), "no token, no call")
}

func TestSDKReportsAPIGErrors(t *testing.T) {
	t.Parallel()
	srv := start(t)
	c := huawei.NewClient(srv.Config(), apigService)
	_, err := c.Call(t.Context(), addPort, portRequest(t, "HTTPS", 8080), &port{})
	var apiErr *huawei.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "APIG.2012", apiErr.Code)
	assert.Equal(t, http.StatusBadRequest, apiErr.StatusCode)
	assert.NotEmpty(t, apiErr.RequestID)
	assert.ErrorIs(t, err, huawei.ErrInvalidArgument)
}

func TestSDKRetriesThrottlingAndServerErrorsOnReads(t *testing.T) {
	t.Parallel()
	srv := start(t)
	srv.Inject("ListByoipPools", huaweitest.Throttle(1), huaweitest.ServerError(503, 1), huaweitest.HTMLPage(502, 1),
		huaweitest.DropConnection(1))
	cfg := fastRetries(srv.Config())
	cfg.Retry.MaxAttempts = 5
	_, err := huawei.NewClient(cfg, gaService).Call(t.Context(), listPools, nil, &poolsPage{})
	require.NoError(t, err)
	assert.Equal(t, 5, srv.CountOf("ListByoipPools"))
}

func TestSDKHonoursRetryAfter(t *testing.T) {
	t.Parallel()
	srv := start(t)
	c := huawei.NewClient(fastRetries(srv.Config()), gaService)
	_, err := c.Call(t.Context(), listPools, nil, &poolsPage{}) // get the token first
	require.NoError(t, err)
	srv.Inject("ListByoipPools", huaweitest.RetryAfter(time.Second, 1))
	begin := time.Now()
	_, err = c.Call(t.Context(), listPools, nil, &poolsPage{})
	require.NoError(t, err)
	assert.GreaterOrEqual(t, time.Since(begin), time.Second, "the server asked for a second")
}

func TestSDKDoesNotBlindlyRetryALostWrite(t *testing.T) {
	t.Parallel()
	srv := start(t)
	srv.Inject("AddCustomIngressPort", huaweitest.DropResponse(1))
	_, err := huawei.NewClient(fastRetries(srv.Config()), apigService).Call(t.Context(), addPort, portRequest(t, "HTTP", 9200), &port{})
	require.Error(t, err)
	assert.Equal(t, 1, srv.CountOf("AddCustomIngressPort"), "an ambiguous write is not repeated")
	assert.Len(t, srv.APIG().IngressPorts(huaweitest.DefaultInstanceID), 3, "yet the port was added")
}
