package ga_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/huawei"
	"github.com/polycloud-go/polycloud/huawei/ga"
)

// The generated ListByoipPools pager against a fake Huawei GA that pages
// by marker/limit like the real one: the marker is the ID of the last pool
// of the previous page, and page_info.next_marker names the next page.

// lastPage says how the fake's last page says there is no next page.
type lastPage string

const (
	markerAbsent   lastPage = "next_marker absent"
	markerEmpty    lastPage = `next_marker ""`
	markerNull     lastPage = "next_marker null"
	pageInfoAbsent lastPage = "page_info absent"
)

// fakePools serves n BYOIP pools and records the query of every request.
type fakePools struct {
	n    int
	last lastPage
	// stuckMarker, when set, is the next_marker of every page: a server
	// that loops.
	stuckMarker string

	mu   sync.Mutex
	sent []url.Values
}

// newPoolsClient starts f and returns a client that talks to it.
func newPoolsClient(t *testing.T, f *fakePools) *ga.Client {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(srv.Close)
	return ga.New(huawei.Config{
		Credentials: huawei.StaticToken(testToken),
		Endpoint:    srv.URL,
		Retry:       huawei.RetryPolicy{MaxAttempts: 1},
	})
}

func (f *fakePools) serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet || r.URL.Path != "/v1/byoip-pools" || r.Header.Get("X-Auth-Token") != testToken {
		http.Error(w, `{"error_code":"GA.0000","error_msg":"unexpected request"}`, http.StatusBadRequest)
		return
	}
	q := r.URL.Query()
	f.mu.Lock()
	f.sent = append(f.sent, q)
	f.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(f.page(q))
}

// page answers one request.
func (f *fakePools) page(q url.Values) map[string]any {
	start := 0
	if m := q.Get("marker"); m != "" {
		start = slices.Index(poolIDs(0, f.n), m) + 1
	}
	limit, _ := strconv.Atoi(q.Get("limit"))
	end := min(start+limit, f.n)
	pools := []map[string]any{}
	for _, id := range poolIDs(start, end) {
		pools = append(pools, map[string]any{"id": id, "cidr": "208.188.100.0/24", "ip_type": "IPV4"})
	}
	body := map[string]any{"request_id": "req", "byoip_pools": pools}
	info := map[string]any{"current_count": len(pools)}
	switch {
	case f.stuckMarker != "":
		info["next_marker"] = f.stuckMarker
	case end < f.n:
		info["next_marker"] = poolID(end - 1)
	case f.last == markerEmpty:
		info["next_marker"] = ""
	case f.last == markerNull:
		info["next_marker"] = nil
	case f.last == pageInfoAbsent:
		return body
	}
	body["page_info"] = info
	return body
}

// paging returns the marker and limit of each request as "marker/limit",
// "-" standing for a parameter not sent.
func (f *fakePools) paging() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := []string{}
	for _, q := range f.sent {
		marker, limit := "-", "-"
		if q.Has("marker") {
			marker = q.Get("marker")
		}
		if q.Has("limit") {
			limit = q.Get("limit")
		}
		out = append(out, marker+"/"+limit)
	}
	return out
}

func (f *fakePools) reset() {
	f.mu.Lock()
	f.sent = nil
	f.mu.Unlock()
}

func poolID(i int) string { return fmt.Sprintf("pool-%03d", i) }

func poolIDs(from, to int) []string {
	ids := []string{}
	for i := from; i < to; i++ {
		ids = append(ids, poolID(i))
	}
	return ids
}

// markerRequests is the marker/limit of each request a limit of 4 takes
// to list n pools: one per page, and one for an empty listing. The limit
// goes with every marker.
func markerRequests(n int) []string {
	want := []string{"-/4"}
	for start := 4; start < n; start += 4 {
		want = append(want, poolID(start-1)+"/4")
	}
	return want
}

// readPools reads a pager to its end, or to the first error, or, when
// stopAfter > 0, until that many pools were read.
func readPools(t *testing.T, p *huawei.Pager[*ga.ListByoipPoolsResponse, ga.ByoipPool], stopAfter int) ([]string, error) {
	ids := []string{}
	for pool, err := range p.All(testContext(t)) {
		if err != nil {
			return ids, err
		}
		ids = append(ids, pool.ID)
		if len(ids) == stopAfter {
			break
		}
	}
	return ids, nil
}

func TestListByoipPoolsPagerReadsEveryPoolOnce(t *testing.T) {
	for _, n := range []int{0, 1, 4, 10, 12} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			f := &fakePools{n: n, last: markerAbsent}
			p := ga.NewListByoipPoolsPager(newPoolsClient(t, f), nil, huawei.PageSize(4))
			ids, err := readPools(t, p, 0)
			require.NoError(t, err)
			assert.Equal(t, poolIDs(0, n), ids)
			assert.Equal(t, markerRequests(n), f.paging(), "marker/limit of each request")
			assert.False(t, p.More())
		})
	}
}

// A missing page_info, a missing or null next_marker and an empty one all
// end the listing, without a request for an empty page.
func TestListByoipPoolsPagerEndsOnAnyEmptyMarker(t *testing.T) {
	for _, last := range []lastPage{markerAbsent, markerEmpty, markerNull, pageInfoAbsent} {
		t.Run(string(last), func(t *testing.T) {
			f := &fakePools{n: 6, last: last}
			ids, err := readPools(t, ga.NewListByoipPoolsPager(newPoolsClient(t, f), nil, huawei.PageSize(4)), 0)
			require.NoError(t, err)
			assert.Equal(t, poolIDs(0, 6), ids)
			assert.Equal(t, []string{"-/4", "pool-003/4"}, f.paging())
		})
	}
}

func TestListByoipPoolsPagerPageSize(t *testing.T) {
	for _, opts := range [][]huawei.PagerOption{nil, {huawei.PageSize(5000)}} {
		f := &fakePools{n: 2500}
		ids, err := readPools(t, ga.NewListByoipPoolsPager(newPoolsClient(t, f), nil, opts...), 0)
		require.NoError(t, err)
		assert.Len(t, ids, 2500)
		assert.Equal(t, []string{"-/2000", "pool-1999/2000"}, f.paging(), "the maximum, 2000")
	}
}

// Stop after k pools, keep the cursor, and read the rest with a new pager:
// together they read every pool once, and the new pager starts at the
// page holding pool k+1, with the cursor's limit.
func TestListByoipPoolsPagerResumes(t *testing.T) {
	for _, k := range []int{1, 4, 6, 9} {
		t.Run(strconv.Itoa(k), func(t *testing.T) {
			f := &fakePools{n: 10}
			c := newPoolsClient(t, f)
			p := ga.NewListByoipPoolsPager(c, nil, huawei.PageSize(4))
			first, err := readPools(t, p, k)
			require.NoError(t, err)
			assert.Len(t, f.paging(), (k+3)/4, "pages fetched before the break")

			f.reset()
			rest, err := readPools(t, ga.NewListByoipPoolsPager(c, &ga.ListByoipPoolsRequest{}, huawei.ResumeFrom(p.Cursor())), 0)
			require.NoError(t, err)
			assert.Equal(t, poolIDs(0, k), first)
			assert.Equal(t, poolIDs(k, 10), rest)
			assert.Equal(t, markerRequests(10)[k/4:], f.paging(), "the resumed pager's requests")
		})
	}
}

// ListByoipPools has no filters, so no cursor of its own can mismatch; a
// damaged one is refused before anything is sent.
func TestListByoipPoolsPagerRefusesDamagedCursor(t *testing.T) {
	f := &fakePools{n: 10}
	_, err := readPools(t, ga.NewListByoipPoolsPager(newPoolsClient(t, f), nil, huawei.ResumeFrom("not-a-cursor")), 0)
	require.ErrorIs(t, err, huawei.ErrInvalidCursor)
	assert.Empty(t, f.paging())
}

// A server that hands out the same next_marker again ends the listing
// with ErrPaginationLoop after delivering the page that carried it.
func TestListByoipPoolsPagerStopsOnRepeatedMarker(t *testing.T) {
	f := &fakePools{n: 10, stuckMarker: "pool-003"}
	ids, err := readPools(t, ga.NewListByoipPoolsPager(newPoolsClient(t, f), nil, huawei.PageSize(4)), 0)
	require.ErrorIs(t, err, huawei.ErrPaginationLoop)
	assert.Equal(t, poolIDs(0, 8), ids)
	assert.Equal(t, []string{"-/4", "pool-003/4"}, f.paging())
}
