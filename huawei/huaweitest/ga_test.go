package huaweitest

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestListByoipPoolsPagesByMarker(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	srv.GA().AddByoipPools(7) // 12 in all
	tok := issue(t, srv, domainScope)
	var got []string
	marker := ""
	var counts []float64
	for range 10 {
		q := "?limit=5"
		if marker != "" {
			q += "&marker=" + marker
		}
		a := do(t, http.MethodGet, poolsURL(srv, q), tok, "")
		require.Equal(t, http.StatusOK, a.status, a.raw)
		got = append(got, itemIDs(a, "byoip_pools", "id")...)
		info := a.body["page_info"].(map[string]any)
		counts = append(counts, info["current_count"].(float64))
		next, ok := info["next_marker"].(string)
		if !ok {
			break
		}
		marker = next
	}
	assert.Equal(t, []float64{5, 5, 2}, counts)
	var want []string
	for _, p := range srv.GA().ByoipPools() {
		want = append(want, jsonText(p.ID))
	}
	assert.Equal(t, want, got)
}

func TestListByoipPoolsDefaultsShapeAndLimits(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	tok := issue(t, srv, domainScope)
	a := do(t, http.MethodGet, poolsURL(srv, ""), tok, "")
	assert.Equal(t, []string{"request_id", "byoip_pools", "page_info"}, orderedKeys(t, a.raw))
	assert.Equal(t, a.header.Get("X-Request-Id"), a.body["request_id"])
	assert.Equal(t, map[string]any{"current_count": float64(SeededByoipPools)}, a.body["page_info"], "one page: no next_marker")
	pool := a.body["byoip_pools"].([]any)[0].(map[string]any)
	assert.Equal(t, []string{"id", "cidr", "ip_type", "created_at", "updated_at", "area", "domain_id"}, orderedKeys(t, jsonText(srv.GA().ByoipPools()[0])))
	assert.Equal(t, DomainID, pool["domain_id"])

	for _, q := range []string{"?limit=0", "?limit=2001", "?limit=x", "?marker=nope"} {
		bad := do(t, http.MethodGet, poolsURL(srv, q), tok, "")
		assert.Equal(t, http.StatusBadRequest, bad.status, q)
		assert.Equal(t, "GA.9001", bad.code(), q)
	}
	assert.Equal(t, http.StatusOK, do(t, http.MethodGet, poolsURL(srv, "?limit=2000"), tok, "").status)
}
