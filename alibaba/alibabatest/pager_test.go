package alibabatest_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/alibaba/alibabatest"
	"github.com/polycloud-go/polycloud/alibaba/ga"
)

// The emulator's pagination quirks against polycloud's generated pagers.

func rulesPager(c *ga.Client, opts ...alibaba.PagerOption) *alibaba.Pager[*ga.ListForwardingRulesResponse, ga.ForwardingRule] {
	req := &ga.ListForwardingRulesRequest{AcceleratorID: alibabatest.DefaultAcceleratorID, ListenerID: alibabatest.DefaultListenerID}
	return ga.NewListForwardingRulesPager(c, req, opts...)
}

type mappingsPage = ga.ListCustomRoutingPortMappingsByDestinationResponse

func mappingsPager(c *ga.Client, opts ...alibaba.PagerOption) *alibaba.Pager[*mappingsPage, ga.PortMapping] {
	return ga.NewListCustomRoutingPortMappingsByDestinationPager(c, &ga.ListCustomRoutingPortMappingsByDestinationRequest{
		EndpointID: alibabatest.DefaultEndpointID, DestinationAddress: alibabatest.DefaultDestinationAddress,
	}, opts...)
}

// collect reads a whole listing and returns the count and the final error.
func collect[P, T any](t *testing.T, p *alibaba.Pager[P, T]) (int, error) {
	n := 0
	for _, err := range p.All(t.Context()) {
		if err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func TestPagerReadsEveryRuleDespiteCapsAndEmptyPages(t *testing.T) {
	t.Parallel()
	for _, fault := range []alibabatest.Fault{alibabatest.PageSizeCap(7), alibabatest.EmptyPageWithToken(2)} {
		srv := start(t)
		srv.Inject("ListForwardingRules", fault)
		n, err := collect(t, rulesPager(ga.New(srv.Config())))
		require.NoError(t, err, fault.String())
		assert.Equal(t, alibabatest.SeededForwardingRules, n, fault.String())
	}
}

func TestPagerStopsOnLoopingTokens(t *testing.T) {
	t.Parallel()
	for _, fault := range []alibabatest.Fault{
		alibabatest.RepeatToken(), alibabatest.TokenCycle(), alibabatest.IgnorePageNumber(), alibabatest.EmptyPageWithToken(0),
	} {
		srv := start(t)
		srv.Inject("ListForwardingRules", fault)
		_, err := collect(t, rulesPager(ga.New(srv.Config()), alibaba.PageSize(10)))
		assert.ErrorIs(t, err, alibaba.ErrPaginationLoop, fault.String())
		assert.Less(t, srv.CountOf("ListForwardingRules"), 1000, "the pager gave up")
	}
}

func TestPagerReadsPortMappingsByPageNumber(t *testing.T) {
	t.Parallel()
	srv := start(t)
	srv.Inject("ListCustomRoutingPortMappingsByDestination", alibabatest.PageSizeCap(4))
	n, err := collect(t, mappingsPager(ga.New(srv.Config())))
	require.NoError(t, err)
	assert.Equal(t, alibabatest.SeededPortMappings, n, "the echoed PageSize keeps the pages aligned")

	srv.Reset()
	srv.Inject("ListCustomRoutingPortMappingsByDestination", alibabatest.IgnorePageNumber())
	_, err = collect(t, mappingsPager(ga.New(srv.Config()), alibaba.PageSize(10)))
	assert.ErrorIs(t, err, alibaba.ErrPaginationLoop)
}
