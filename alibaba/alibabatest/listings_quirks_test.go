package alibabatest_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/alibaba/alibabatest"
	"github.com/polycloud-go/polycloud/alibaba/apigateway"
	"github.com/polycloud-go/polycloud/alibaba/ga"
)

// Generic listings through the SDK: seeded data, pagination quirks and
// faults, as for the hand-written ones.

func acceleratorsPager(srv *alibabatest.Server, opts ...alibaba.PagerOption) *alibaba.Pager[*ga.ListAcceleratorsResponse, ga.Accelerator] {
	return ga.NewListAcceleratorsPager(ga.New(srv.Config()), &ga.ListAcceleratorsRequest{}, opts...)
}

func aclsPager(srv *alibabatest.Server, opts ...alibaba.PagerOption) *alibaba.Pager[*ga.ListAclsResponse, ga.ACL] {
	return ga.NewListAclsPager(ga.New(srv.Config()), &ga.ListAclsRequest{}, opts...)
}

func TestGenericListingItemsDecodeIntoTheGeneratedType(t *testing.T) {
	t.Parallel()
	srv := start(t)
	var got []ga.Accelerator
	for acc, err := range acceleratorsPager(srv).All(t.Context()) {
		require.NoError(t, err)
		got = append(got, acc)
	}
	require.Len(t, got, alibabatest.SeededListingItems, "a new server holds a few items in every listing")
	acc := got[0]
	assert.Equal(t, "AcceleratorId-1-1", acc.AcceleratorID)
	assert.Equal(t, "AcceleratorId-1-3", got[2].AcceleratorID)
	assert.EqualValues(t, 2, acc.Bandwidth)
	assert.EqualValues(t, 4, acc.BasicBandwidthPackage.Bandwidth, "nested objects are filled")
	require.Len(t, acc.Tags, 1)
	assert.Equal(t, "Key-32", acc.Tags[0].Key, "lists hold one element")

	apis, err := collect(t, apigateway.NewDescribeApisPager(apigateway.New(srv.Config()), &apigateway.DescribeApisRequest{}))
	require.NoError(t, err)
	assert.Equal(t, alibabatest.SeededListingItems, apis, "items in list wrappers arrive too")
}

func TestGenericListingsStartEmptyWithoutSeed(t *testing.T) {
	t.Parallel()
	srv := start(t, alibabatest.WithoutSeed())
	n, err := collect(t, acceleratorsPager(srv))
	require.NoError(t, err)
	assert.Zero(t, n)
}

func TestGenericListingReadsEverythingDespiteCapsAndEmptyPages(t *testing.T) {
	t.Parallel()
	srv := start(t, alibabatest.WithoutSeed())
	require.NoError(t, srv.GA().SeedListing("ListAcls", 40))
	require.NoError(t, srv.GA().SeedListing("ListAccelerators", 40))
	srv.Inject("*", alibabatest.PageSizeCap(7))
	n, err := collect(t, aclsPager(srv, alibaba.PageSize(20)))
	require.NoError(t, err)
	assert.Equal(t, 40, n, "NextToken")
	assert.Equal(t, 6, srv.CountOf("ListAcls"), "pages of 7")
	n, err = collect(t, acceleratorsPager(srv, alibaba.PageSize(20)))
	require.NoError(t, err)
	assert.Equal(t, 40, n, "PageNumber: the pager learns the capped size from TotalCount")

	srv.Reset()
	srv.Inject("ListAcls", alibabatest.EmptyPageWithToken(2))
	n, err = collect(t, aclsPager(srv, alibaba.PageSize(20)))
	require.NoError(t, err)
	assert.Equal(t, 40, n, "empty pages with a token lose nothing")
	assert.Equal(t, 4, srv.CountOf("ListAcls"))
}

func TestGenericListingLoopsEndInErrPaginationLoop(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		action string
		fault  alibabatest.Fault
	}{
		{"ListAcls", alibabatest.RepeatToken()},
		{"ListAcls", alibabatest.TokenCycle()},
		{"ListAccelerators", alibabatest.IgnorePageNumber()},
	} {
		srv := start(t, alibabatest.WithoutSeed())
		require.NoError(t, srv.GA().SeedListing(tt.action, 50))
		srv.Inject(tt.action, tt.fault)
		var err error
		if tt.action == "ListAcls" {
			_, err = collect(t, aclsPager(srv, alibaba.PageSize(10)))
		} else {
			_, err = collect(t, acceleratorsPager(srv, alibaba.PageSize(10)))
		}
		assert.ErrorIs(t, err, alibaba.ErrPaginationLoop, "%s %s", tt.action, tt.fault)
		assert.Less(t, srv.CountOf(tt.action), 10, "the pager gave up")
	}
}

func TestGenericListingFaults(t *testing.T) {
	t.Parallel()
	srv := start(t)
	cfg := srv.Config()
	cfg.Retry = alibaba.RetryPolicy{MinBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond}
	srv.Inject("DescribeApis", alibabatest.Throttle(2))
	out, err := apigateway.New(cfg).DescribeApis(t.Context(), &apigateway.DescribeApisRequest{})
	require.NoError(t, err)
	assert.Len(t, out.APISummarys, alibabatest.SeededListingItems)
	assert.Equal(t, 3, srv.CountOf("DescribeApis"), "two throttled, one served")

	srv.Inject("DescribeApis", alibabatest.ServerError(500, 0))
	_, err = apigateway.New(cfg).DescribeApis(t.Context(), &apigateway.DescribeApisRequest{})
	var apiErr *alibaba.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "InternalError", apiErr.Code)
}

func TestSeedingGenericListings(t *testing.T) {
	t.Parallel()
	srv := start(t)
	require.NoError(t, srv.APIGateway().SetListingItems("DescribeApis",
		map[string]any{"ApiId": "api-a", "ApiName": "orders"}, map[string]any{"ApiId": "api-b"}))
	out, err := apigateway.New(srv.Config()).DescribeApis(t.Context(), &apigateway.DescribeApisRequest{})
	require.NoError(t, err)
	require.Len(t, out.APISummarys, 2)
	assert.Equal(t, "orders", out.APISummarys[0].APIName)
	assert.EqualValues(t, 2, out.TotalCount)

	items, err := srv.APIGateway().ListingItems("DescribeApis")
	require.NoError(t, err)
	assert.Equal(t, []any{map[string]any{"ApiId": "api-a", "ApiName": "orders"}, map[string]any{"ApiId": "api-b"}}, items)

	for _, action := range []string{"ListForwardingRules", "CreateAccelerator", "DescribeApis"} {
		assert.Error(t, srv.GA().SeedListing(action, 1), "%s is not a generic GA listing", action)
	}
	_, err = srv.GA().ListingItems("ListForwardingRules")
	assert.ErrorContains(t, err, "hand-written listings are seeded through their own methods")
	assert.Error(t, srv.APIGateway().SetListingItems("ListAcls"))
}
