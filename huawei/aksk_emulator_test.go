package huawei_test

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

// These tests hold the signer to huaweitest's own reference
// implementation, through the whole client.

var (
	gaService = huawei.Service{Name: "ga", Endpoint: "ga.myhuaweicloud.com", DomainScoped: true}
	listPools = &huawei.Operation{Name: "ListByoipPools", Method: http.MethodGet, Path: "/v1/byoip-pools", Idempotent: true}
)

// steppingClock starts at start and moves a second every time it is read.
func steppingClock(start time.Time) func() time.Time {
	var mu sync.Mutex
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		start = start.Add(time.Second)
		return start
	}
}

func TestThrottledAttemptIsSignedAgainWithANewDate(t *testing.T) {
	srv := huaweitest.NewServer()
	t.Cleanup(srv.Close)
	cfg := srv.ConfigAccessKey()
	cfg.DomainID = huaweitest.DomainID
	cfg.Retry = huawei.RetryPolicy{MinBackoff: time.Millisecond, MaxBackoff: 2 * time.Millisecond}
	c := huawei.NewClient(cfg, gaService)
	huawei.SetSigningClock(c, steppingClock(time.Now().UTC()))
	srv.Inject("ListByoipPools", huaweitest.Throttle(1))

	_, err := c.Call(t.Context(), listPools, nil, nil)
	require.NoError(t, err)
	log := srv.Requests()
	require.Len(t, log, 2)
	assert.Equal(t, []int{http.StatusTooManyRequests, http.StatusOK}, []int{log[0].Status, log[1].Status},
		"the throttled attempt's signature was accepted, and so was the retry's")
	assert.NotEqual(t, log[0].Header.Get("X-Sdk-Date"), log[1].Header.Get("X-Sdk-Date"))
}

func TestStaleClockIsRefused(t *testing.T) {
	srv := huaweitest.NewServer()
	t.Cleanup(srv.Close)
	cfg := srv.ConfigAccessKey()
	cfg.DomainID = huaweitest.DomainID
	c := huawei.NewClient(cfg, gaService)
	huawei.SetSigningClock(c, func() time.Time { return time.Now().Add(-16 * time.Minute) })
	_, err := c.Call(t.Context(), listPools, nil, nil)
	var apiErr *huawei.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "APIGW.0301", apiErr.Code)
	assert.Contains(t, apiErr.Message, "x-sdk-date expired")
	assert.ErrorIs(t, err, huawei.ErrUnauthorized)
}
