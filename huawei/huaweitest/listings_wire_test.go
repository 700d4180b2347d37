package huaweitest

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Generic listings on the wire: routes with placeholders, the paging
// members their generated declarations give them, required parameters
// and token scopes.

func apisURL(srv *Server, project, instance, rest string) string {
	return srv.URL + "/v2/" + project + "/apigw/instances/" + instance + rest
}

func TestGenericMarkerListingAnswersInTheDocumentedShape(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	a := do(t, http.MethodGet, srv.URL+"/v1/accelerators?limit=2", issue(t, srv, domainScope), "")
	require.Equal(t, http.StatusOK, a.status, a.raw)
	assert.Equal(t, []string{"request_id", "accelerators", "page_info"}, orderedKeys(t, a.raw))
	assert.Equal(t, a.header.Get("X-Request-Id"), a.body["request_id"])
	assert.Equal(t, []string{`"id-1-1"`, `"id-1-2"`}, itemIDs(a, "accelerators", "id"))
	assert.Equal(t, map[string]any{"next_marker": "id-1-2", "current_count": 2.0}, a.body["page_info"])
}

func TestGenericOffsetListingMatchesAnyInstanceOfTheTokensProject(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	tok := issue(t, srv, projectScope(Region))
	a := do(t, http.MethodGet, apisURL(srv, ProjectID, "0f1e2d3c", "/apis?offset=1&limit=0"), tok, "")
	require.Equal(t, http.StatusOK, a.status, a.raw)
	assert.Equal(t, []string{"size", "total", "apis"}, orderedKeys(t, a.raw))
	assert.EqualValues(t, SeededListingItems, a.body["total"])
	assert.EqualValues(t, 2, a.body["size"], "limit 0 becomes the default; offset 1 skips one")

	other := do(t, http.MethodGet, apisURL(srv, "0123456789abcdef0123456789abcdef", "0f1e2d3c", "/apis"), tok, "")
	assert.Equal(t, http.StatusForbidden, other.status)
	assert.Equal(t, "APIG.1005", other.code())

	ga := do(t, http.MethodGet, srv.URL+"/v1/accelerators", tok, "")
	assert.Equal(t, http.StatusUnauthorized, ga.status, "GA needs a domain-scoped token")
}

func TestGenericListingRequiresItsRequiredQueryParameters(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	tok := issue(t, srv, projectScope(Region))
	a := do(t, http.MethodGet, apisURL(srv, ProjectID, "0f1e2d3c", "/acl-bindings/binded-apis"), tok, "")
	assert.Equal(t, http.StatusBadRequest, a.status)
	assert.Equal(t, "APIG.2001", a.code())
	assert.Contains(t, a.body["error_msg"], "parameterName:acl_id")

	a = do(t, http.MethodGet, apisURL(srv, ProjectID, "0f1e2d3c", "/acl-bindings/binded-apis?acl_id=acl-1"), tok, "")
	assert.Equal(t, http.StatusOK, a.status, a.raw)
}

func TestGenericListingsOnPathsWithPlaceholders(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	a := do(t, http.MethodGet, srv.URL+"/v1/accelerators/tags?limit=2", issue(t, srv, domainScope), "")
	require.Equal(t, http.StatusOK, a.status, a.raw)
	assert.Equal(t, []string{"request_id", "total_count", "tags"}, orderedKeys(t, a.raw), "ListTags, for resource_type accelerators")
	assert.EqualValues(t, SeededListingItems, a.body["total_count"])
}

func TestServerServesEveryPaginatedOperation(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	generic := len(srv.ga.listings.Ops()) + len(srv.apig.listings.Ops())
	assert.Equal(t, 11+52-2, generic, "all but ListByoipPools and ListCustomIngressPorts are generic")
	for _, meta := range generatedListings() {
		name, _, ok := srv.router.Match(meta.Method, meta.Path)
		assert.True(t, ok, meta.Op)
		assert.Equal(t, meta.Op, name, "the route of %s leads to it", meta.Op)
	}
}
