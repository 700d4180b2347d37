package huaweitest_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/huawei"
	"github.com/polycloud-go/polycloud/huawei/apig"
	hga "github.com/polycloud-go/polycloud/huawei/ga"
	"github.com/polycloud-go/polycloud/huawei/huaweitest"
)

// The generated service clients, end to end against the emulator.

func TestGeneratedGAClientPagesByoipPools(t *testing.T) {
	t.Parallel()
	srv := start(t)
	srv.GA().AddByoipPools(7)
	c := hga.New(srv.Config())
	req := &hga.ListByoipPoolsRequest{Limit: 5}
	var ids []string
	for range 10 {
		page, err := c.ListByoipPools(t.Context(), req)
		require.NoError(t, err)
		for _, p := range page.ByoipPools {
			ids = append(ids, p.ID)
		}
		if page.PageInfo.NextMarker == "" {
			break
		}
		req.Marker = page.PageInfo.NextMarker
	}
	assert.Len(t, ids, huaweitest.SeededByoipPools+7)
	assert.Equal(t, 1, srv.IAMCalls())
}

func TestGeneratedAPIGClientAddsAPort(t *testing.T) {
	t.Parallel()
	srv := start(t)
	c := apig.New(srv.Config())
	out, err := c.AddCustomIngressPort(t.Context(), &apig.AddCustomIngressPortRequest{
		InstanceID: huaweitest.DefaultInstanceID, Protocol: apig.IngressProtocolHTTPS, IngressPort: 9443,
	})
	require.NoError(t, err)
	assert.EqualValues(t, 9443, out.IngressPort)
	assert.Len(t, out.IngressPortID, 32)
	assert.EqualValues(t, "normal", out.Status)

	srv.ExpireTokens()
	_, err = c.AddCustomIngressPort(t.Context(), &apig.AddCustomIngressPortRequest{
		InstanceID: huaweitest.DefaultInstanceID, Protocol: apig.IngressProtocolHTTP, IngressPort: 9443,
	})
	var apiErr *huawei.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "APIG.2012", apiErr.Code, "a port can only support one protocol")
	assert.Equal(t, 2, srv.IAMCalls(), "the expired token was replaced once")
}
