package alibabatest_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/alibaba/alibabatest"
	"github.com/polycloud-go/polycloud/alibaba/apigateway"
	"github.com/polycloud-go/polycloud/alibaba/ga"
)

// The generated service clients, end to end against the emulator.

func TestGeneratedGAClientListsForwardingRules(t *testing.T) {
	t.Parallel()
	srv := start(t)
	c := ga.New(srv.Config())
	req := &ga.ListForwardingRulesRequest{AcceleratorID: alibabatest.DefaultAcceleratorID, ListenerID: alibabatest.DefaultListenerID}
	var total int
	for range 10 {
		page, err := c.ListForwardingRules(t.Context(), req)
		require.NoError(t, err)
		assert.EqualValues(t, len(page.ForwardingRules), page.TotalCount)
		total += len(page.ForwardingRules)
		if page.NextToken == "" {
			break
		}
		req.NextToken = page.NextToken
	}
	assert.Equal(t, alibabatest.SeededForwardingRules, total)
	want := srv.GA().ForwardingRules(alibabatest.DefaultAcceleratorID, alibabatest.DefaultListenerID)[0]
	first, err := c.ListForwardingRules(t.Context(), &ga.ListForwardingRulesRequest{
		AcceleratorID: alibabatest.DefaultAcceleratorID, ListenerID: alibabatest.DefaultListenerID,
		ForwardingRuleID: want.ForwardingRuleID,
	})
	require.NoError(t, err)
	require.Len(t, first.ForwardingRules, 1)
	got := first.ForwardingRules[0]
	assert.Equal(t, want.ForwardingRuleName, got.ForwardingRuleName)
	assert.EqualValues(t, want.Priority, got.Priority)
	assert.Equal(t, want.ListenerID, got.ListenerID)
	assert.Len(t, got.RuleConditions, 1)
	assert.Len(t, got.RuleActions, 1)
}

func TestGeneratedGAClientListsPortMappings(t *testing.T) {
	t.Parallel()
	srv := start(t)
	page, err := ga.New(srv.Config()).ListCustomRoutingPortMappingsByDestination(t.Context(),
		&ga.ListCustomRoutingPortMappingsByDestinationRequest{
			EndpointID: alibabatest.DefaultEndpointID, DestinationAddress: alibabatest.DefaultDestinationAddress, PageNumber: 3,
		})
	require.NoError(t, err)
	assert.EqualValues(t, alibabatest.SeededPortMappings, page.TotalCount)
	assert.EqualValues(t, 10, page.PageSize)
	assert.Len(t, page.PortMappings, 3)
}

func TestGeneratedAPIGatewayClientDescribesBackends(t *testing.T) {
	t.Parallel()
	srv := start(t)
	out, err := apigateway.New(srv.Config()).DescribeBackendInfo(t.Context(),
		&apigateway.DescribeBackendInfoRequest{BackendID: alibabatest.DefaultBackendID})
	require.NoError(t, err)
	assert.Equal(t, alibabatest.DefaultBackendID, out.BackendInfo.BackendID)
	assert.Equal(t, "orders-backend", out.BackendInfo.BackendName)
	require.Len(t, out.BackendInfo.BackendModels, 1)
	assert.Equal(t, "RELEASE", out.BackendInfo.BackendModels[0].StageName)
}
