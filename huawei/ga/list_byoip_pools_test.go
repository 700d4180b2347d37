package ga_test

import (
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/huawei/ga"
	"github.com/polycloud-go/polycloud/internal/codegen/gentest"
	"github.com/polycloud-go/polycloud/internal/jsonx"
)

func TestListByoipPoolsSendsRequest(t *testing.T) {
	c, srv := newClient(t, gentest.Reply{Body: []byte(`{"request_id":"r-1"}`)})
	_, err := c.ListByoipPools(testContext(t), &ga.ListByoipPoolsRequest{Limit: 100, Marker: "ac1bf54f-6a23-4074-af77-800648d25bc8"})
	require.NoError(t, err)
	gentest.AssertREST(t, srv.Single(t), gentest.REST{
		Method: "GET", Path: "/v1/byoip-pools", Token: testToken,
		Query: url.Values{"limit": {"100"}, "marker": {"ac1bf54f-6a23-4074-af77-800648d25bc8"}},
	})
}

// A nil request lists the first page with the server's default limit.
func TestListByoipPoolsNilRequest(t *testing.T) {
	c, srv := newClient(t, gentest.Reply{Body: []byte(`{}`)})
	_, err := c.ListByoipPools(testContext(t), nil)
	require.NoError(t, err)
	gentest.AssertREST(t, srv.Single(t), gentest.REST{Method: "GET", Path: "/v1/byoip-pools", Token: testToken})
}

func TestListByoipPoolsDecodesExample(t *testing.T) {
	example := gentest.Testdata(t, "ListByoipPools.json")
	c, _ := newClient(t, gentest.Reply{Body: example})
	out, err := c.ListByoipPools(testContext(t), nil)
	require.NoError(t, err)
	at := time.Date(2019, 1, 8, 1, 21, 37, 0, time.UTC)
	assert.Equal(t, &ga.ListByoipPoolsResponse{
		RequestID: "915a14a6-867b-4af7-83d1-70efceb146f9",
		ByoipPools: []ga.ByoipPool{{
			ID: "ac1bf54f-6a23-4074-af77-800648d25bc8", CIDR: "208.188.100.0/24", IPType: ga.IPTypeIPv4,
			CreatedAt: at, UpdatedAt: at, Area: ga.AreaOutsideChineseMainland, DomainID: "99a3fff0d03c428eac3678da6a7d0f24",
		}},
		PageInfo: ga.PageInfo{NextMarker: "09e86f09-03fc-440e-8132-03f3e149e979", CurrentCount: 10},
	}, out)

	again, err := jsonx.Marshal(out)
	require.NoError(t, err)
	gentest.AssertKeysKept(t, example, again)
}

func TestListByoipPoolsRefusesLimitOutOfRange(t *testing.T) {
	for _, limit := range []int32{-1, 2001} {
		c, srv := newClient(t, gentest.Reply{Body: []byte(`{}`)})
		_, err := c.ListByoipPools(testContext(t), &ga.ListByoipPoolsRequest{Limit: limit})
		gentest.AssertRefused(t, srv, err, gentest.Refusal{
			Provider: "huawei", Service: "ga", Operation: "ListByoipPools", Field: "limit", Problem: "must be between 1 and 2000",
		})
	}
}
