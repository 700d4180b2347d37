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

// Generic listings through the SDK: seeded data, pagination quirks and
// faults, as for the hand-written ones.

func acceleratorsPager(srv *huaweitest.Server, opts ...huawei.PagerOption) *huawei.Pager[*hga.ListAcceleratorsResponse, hga.Accelerator] {
	return hga.NewListAcceleratorsPager(hga.New(srv.Config()), &hga.ListAcceleratorsRequest{}, opts...)
}

func apisPager(srv *huaweitest.Server, opts ...huawei.PagerOption) *huawei.Pager[*apig.ListApisV2Response, apig.APIInfoPerPage] {
	return apig.NewListApisV2Pager(apig.New(srv.Config()), &apig.ListApisV2Request{InstanceID: "any-instance"}, opts...)
}

func TestGenericListingItemsDecodeIntoTheGeneratedType(t *testing.T) {
	t.Parallel()
	srv := start(t)
	var pages []*hga.ListAcceleratorsResponse
	for page, err := range acceleratorsPager(srv).Pages(t.Context()) {
		require.NoError(t, err)
		pages = append(pages, page)
	}
	require.Len(t, pages, 1)
	page := pages[0]
	assert.NotEmpty(t, page.RequestID, "request_id is filled")
	require.Len(t, page.Accelerators, huaweitest.SeededListingItems, "a new server holds a few items in every listing")
	acc := page.Accelerators[0]
	assert.Equal(t, "id-1-1", acc.ID)
	assert.Equal(t, "id-1-3", page.Accelerators[2].ID)
	assert.NotEmpty(t, acc.Name)
	assert.False(t, acc.CreatedAt.IsZero(), "times are RFC 3339")
	require.Len(t, acc.IPSets, 1, "lists hold one element")

	var tags []string
	for tag, err := range apig.NewListTagsV2Pager(apig.New(srv.Config()), &apig.ListTagsV2Request{InstanceID: "any"}).All(t.Context()) {
		require.NoError(t, err)
		tags = append(tags, tag)
	}
	assert.Len(t, tags, huaweitest.SeededListingItems, "listings of strings")

	n, err := collect(t, apig.NewListInstancesByTagsPager(apig.New(srv.Config()), &apig.ListInstancesByTagsRequest{}))
	require.NoError(t, err)
	assert.Equal(t, huaweitest.SeededListingItems, n, "a POST listing")
}

func TestGenericListingReadsEverythingDespiteCaps(t *testing.T) {
	t.Parallel()
	srv := start(t, huaweitest.WithoutSeed())
	require.NoError(t, srv.GA().SeedListing("ListAccelerators", 25))
	require.NoError(t, srv.APIG().SeedListing("ListApisV2", 25))
	srv.Inject("*", huaweitest.PageSizeCap(4))
	n, err := collect(t, acceleratorsPager(srv))
	require.NoError(t, err)
	assert.Equal(t, 25, n, "Marker")
	assert.Equal(t, 7, srv.CountOf("ListAccelerators"), "pages of 4")
	n, err = collect(t, apisPager(srv))
	require.NoError(t, err)
	assert.Equal(t, 25, n, "Offset: the pager advances by the items it got")
}

func TestGenericListingLoopsEndInErrPaginationLoop(t *testing.T) {
	t.Parallel()
	for _, fault := range []huaweitest.Fault{huaweitest.RepeatToken(), huaweitest.TokenCycle(), huaweitest.IgnorePageNumber()} {
		srv := start(t, huaweitest.WithoutSeed())
		require.NoError(t, srv.GA().SeedListing("ListAccelerators", 50))
		require.NoError(t, srv.APIG().SeedListing("ListApisV2", 50))
		srv.Inject("*", fault)
		_, err := collect(t, acceleratorsPager(srv, huawei.PageSize(10)))
		assert.ErrorIs(t, err, huawei.ErrPaginationLoop, "Marker: %s", fault)
		if fault.String() == "IgnorePageNumber" {
			_, err = collect(t, apisPager(srv, huawei.PageSize(10)))
			assert.ErrorIs(t, err, huawei.ErrPaginationLoop, "Offset: %s", fault)
		}
		assert.Less(t, srv.CountOf("ListAccelerators")+srv.CountOf("ListApisV2"), 20, "the pager gave up")
	}
}

func TestGenericListingFaults(t *testing.T) {
	t.Parallel()
	srv := start(t)
	cfg := fastRetries(srv.Config())
	srv.Inject("ListApisV2", huaweitest.Throttle(2))
	out, err := apig.New(cfg).ListApisV2(t.Context(), &apig.ListApisV2Request{InstanceID: "any"})
	require.NoError(t, err)
	assert.Len(t, out.APIs, huaweitest.SeededListingItems)
	assert.Equal(t, 3, srv.CountOf("ListApisV2"), "two throttled, one served")

	srv.Inject("ListApisV2", huaweitest.ServerError(500, 0))
	_, err = apig.New(cfg).ListApisV2(t.Context(), &apig.ListApisV2Request{InstanceID: "any"})
	var apiErr *huawei.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "APIG.9999", apiErr.Code)
}

func TestSeedingGenericListings(t *testing.T) {
	t.Parallel()
	srv := start(t)
	require.NoError(t, srv.GA().SetListingItems("ListAccelerators",
		map[string]any{"id": "acc-a", "name": "edge"}, map[string]any{"id": "acc-b"}, map[string]any{"id": "acc-c"}))
	var ids []string
	for acc, err := range acceleratorsPager(srv, huawei.PageSize(2)).All(t.Context()) {
		require.NoError(t, err)
		ids = append(ids, acc.ID)
	}
	assert.Equal(t, []string{"acc-a", "acc-b", "acc-c"}, ids, "the items' ids are their markers")

	items, err := srv.GA().ListingItems("ListAccelerators")
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"id": "acc-a", "name": "edge"}, items[0])

	for _, op := range []string{"ListByoipPools", "ShowAccelerator", "ListApisV2"} {
		assert.Error(t, srv.GA().SeedListing(op, 1), "%s is not a generic GA listing", op)
	}
	_, err = srv.APIG().ListingItems("ListCustomIngressPorts")
	assert.ErrorContains(t, err, "hand-written listings are seeded through their own methods")
	require.NoError(t, srv.APIG().SeedListing("ListApisV2", 1200))
	n, err := collect(t, apisPager(srv))
	require.NoError(t, err)
	assert.Equal(t, 1200, n)
	assert.Equal(t, 3, srv.CountOf("ListApisV2"), "pages of 500")
}
