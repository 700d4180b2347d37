package alibabatest

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Generic listings on the wire: the paging members, list wrappers and
// required parameters their generated declarations give them.

func TestGenericListingAnswersInTheDocumentedShape(t *testing.T) {
	t.Parallel()
	srv, s := newServer(t), testSigner()
	a := invoke(t, srv, s, apiGatewayVersion, "DescribeApis", url.Values{"PageSize": {"2"}})
	require.Equal(t, http.StatusOK, a.status, a.raw)
	assert.Equal(t, []string{"RequestId", "TotalCount", "PageSize", "PageNumber", "ApiSummarys"}, orderedKeys(t, a.raw))
	assert.EqualValues(t, SeededListingItems, a.body["TotalCount"])
	assert.EqualValues(t, 2, a.body["PageSize"])
	assert.EqualValues(t, 1, a.body["PageNumber"])
	wrapped := a.body["ApiSummarys"].(map[string]any)["ApiSummary"].([]any)
	require.Len(t, wrapped, 2, "items sit in their list wrapper")
	first := wrapped[0].(map[string]any)
	assert.Equal(t, "ApiId-1-1", first["ApiId"])
	assert.Equal(t, "ApiId-1-2", wrapped[1].(map[string]any)["ApiId"])
	assert.Contains(t, first["TagList"], "Tag", "nested lists are wrapped too")
}

func TestGenericListingRequiresItsRequiredParameters(t *testing.T) {
	t.Parallel()
	srv, s := newServer(t), testSigner()
	a := invoke(t, srv, s, gaVersion, "ListTagResources", url.Values{"RegionId": {Region}})
	assert.Equal(t, http.StatusBadRequest, a.status)
	assert.Equal(t, "MissingResourceType", a.code())
	assert.Equal(t, "ResourceType is mandatory for this action.", a.body["Message"])

	a = invoke(t, srv, s, gaVersion, "ListTagResources", url.Values{"RegionId": {Region}, "ResourceType": {"accelerator"}})
	require.Equal(t, http.StatusOK, a.status, a.raw)
	assert.Len(t, a.body["TagResources"].(map[string]any)["TagResource"], SeededListingItems)
	assert.NotContains(t, a.body, "NextToken", "one page holds them all")
}

func TestGenericListingRefusesOutOfRangePageSizes(t *testing.T) {
	t.Parallel()
	srv, s := newServer(t), testSigner()
	for _, size := range []string{"0", "101", "x"} {
		a := invoke(t, srv, s, gaVersion, "ListAccelerators", url.Values{"PageSize": {size}})
		assert.Equal(t, http.StatusBadRequest, a.status, size)
		assert.Equal(t, "InvalidParameter", a.code(), size)
	}
}

func TestActionsThatAreNotListingsAreStillNotImplemented(t *testing.T) {
	t.Parallel()
	srv, s := newServer(t), testSigner()
	for version, action := range map[string]string{gaVersion: "CreateAccelerator", apiGatewayVersion: "DescribeApi"} {
		a := invoke(t, srv, s, version, action, url.Values{"RegionId": {Region}})
		assert.Equal(t, http.StatusNotFound, a.status, action)
		assert.Equal(t, "InvalidAction.NotFound", a.code(), action)
		assert.Contains(t, a.body["Message"], "alibabatest does not implement", action)
	}
}

func TestServerServesEveryPaginatedAction(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	generic := len(srv.ga.listings.Ops()) + len(srv.apigw.listings.Ops())
	assert.Equal(t, 24+44-2, generic, "all but the two hand-written GA listings are generic")
	for _, meta := range generatedListings() {
		assert.Contains(t, srv.ops, opKey(meta.Version, meta.Op), meta.Op)
	}
}
