package ga_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/alibaba/ga"
	"github.com/polycloud-go/polycloud/internal/codegen/gentest"
	"github.com/polycloud-go/polycloud/internal/jsonx"
)

func TestListCustomRoutingPortMappingsByDestinationSendsParameters(t *testing.T) {
	c, srv := newClient(t, gentest.Reply{Body: []byte(`{"RequestId":"r-1"}`)})
	_, err := c.ListCustomRoutingPortMappingsByDestination(testContext(t), &ga.ListCustomRoutingPortMappingsByDestinationRequest{
		EndpointID: "ep-bp16jdc00bhe97sr5****", DestinationAddress: "10.0.XX.XX", PageNumber: 2, PageSize: 50,
	})
	require.NoError(t, err)
	gentest.AssertRPC(t, srv.Single(t), gentest.RPC{
		Action: "ListCustomRoutingPortMappingsByDestination", Version: "2019-11-20", RegionID: "cn-hangzhou",
		Params: map[string]string{
			"EndpointId": "ep-bp16jdc00bhe97sr5****", "DestinationAddress": "10.0.XX.XX",
			"PageNumber": "2", "PageSize": "50",
		},
	})
}

// Zero page fields are not sent: the server applies its defaults.
func TestListCustomRoutingPortMappingsByDestinationLeavesDefaultsToServer(t *testing.T) {
	c, srv := newClient(t, gentest.Reply{Body: []byte(`{}`)})
	_, err := c.ListCustomRoutingPortMappingsByDestination(testContext(t), &ga.ListCustomRoutingPortMappingsByDestinationRequest{
		EndpointID: "ep-1", DestinationAddress: "10.0.0.1",
	})
	require.NoError(t, err)
	gentest.AssertRPC(t, srv.Single(t), gentest.RPC{
		Action: "ListCustomRoutingPortMappingsByDestination", Version: "2019-11-20", RegionID: "cn-hangzhou",
		Params: map[string]string{"EndpointId": "ep-1", "DestinationAddress": "10.0.0.1"},
	})
}

func TestListCustomRoutingPortMappingsByDestinationDecodesExample(t *testing.T) {
	example := gentest.Testdata(t, "ListCustomRoutingPortMappingsByDestination.json")
	c, _ := newClient(t, gentest.Reply{Body: example})
	out, err := c.ListCustomRoutingPortMappingsByDestination(testContext(t), &ga.ListCustomRoutingPortMappingsByDestinationRequest{
		EndpointID: "ep-1", DestinationAddress: "10.0.0.1",
	})
	require.NoError(t, err)
	assert.Equal(t, &ga.ListCustomRoutingPortMappingsByDestinationResponse{
		RequestID: "String\t04F0F334-1335-436C-A1D7-6C044FE73368", TotalCount: 1, PageSize: 10, PageNumber: 1,
		PortMappings: []ga.PortMapping{{
			AcceleratorID: "ga-bp1odcab8tmno0hdq****", ListenerID: "ga-bp1odcab8tmno0hdq****",
			EndpointGroupID: "epg-bp14sz7ftcwwjgrdm****", EndpointID: "ep-bp14sz7ftcwwjgrdm****",
			EndpointGroupRegion: "us-west-1", VSwitch: "vsw-test01", AcceleratorPort: 3000,
			Protocols: []string{"TCP"}, DestinationTrafficState: "allow",
			DestinationSocketAddress: ga.SocketAddress{IPAddress: "10.0.XX.XX", Port: 443},
		}},
	}, out)

	again, err := jsonx.Marshal(out)
	require.NoError(t, err)
	gentest.AssertKeysKept(t, example, again)
}

func TestListCustomRoutingPortMappingsByDestinationRefusesBadRequests(t *testing.T) {
	valid := func(edit func(*ga.ListCustomRoutingPortMappingsByDestinationRequest)) *ga.ListCustomRoutingPortMappingsByDestinationRequest {
		r := &ga.ListCustomRoutingPortMappingsByDestinationRequest{EndpointID: "ep-1", DestinationAddress: "10.0.0.1"}
		edit(r)
		return r
	}
	tests := []struct {
		name           string
		req            *ga.ListCustomRoutingPortMappingsByDestinationRequest
		field, problem string
	}{
		{"nil request", nil, "EndpointId", "is required"},
		{"no endpoint", valid(func(r *ga.ListCustomRoutingPortMappingsByDestinationRequest) { r.EndpointID = "" }), "EndpointId", "is required"},
		{"no address", valid(func(r *ga.ListCustomRoutingPortMappingsByDestinationRequest) { r.DestinationAddress = "" }), "DestinationAddress", "is required"},
		{"page size above 50", valid(func(r *ga.ListCustomRoutingPortMappingsByDestinationRequest) { r.PageSize = 51 }), "PageSize", "must be between 1 and 50"},
		{"negative page", valid(func(r *ga.ListCustomRoutingPortMappingsByDestinationRequest) { r.PageNumber = -1 }), "PageNumber", "must be at least 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, srv := newClient(t, gentest.Reply{Body: []byte(`{}`)})
			_, err := c.ListCustomRoutingPortMappingsByDestination(testContext(t), tt.req)
			gentest.AssertRefused(t, srv, err, refusal("ListCustomRoutingPortMappingsByDestination", tt.field, tt.problem))
		})
	}
}
