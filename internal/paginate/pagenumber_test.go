package paginate

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pnRequests is the exact request sequence of a minimal listing.
func pnRequests(filter string, pages, size int) []pnReq {
	out := make([]pnReq, pages)
	for i := range out {
		out[i] = pnReq{Filter: filter, PageNumber: int32(i + 1), PageSize: int32(size)}
	}
	return out
}

func TestPageNumberListings(t *testing.T) {
	tests := []struct {
		name        string
		n, size     int
		wantFetches int
	}{
		{"no items", 0, 5, 1},
		{"one item", 1, 5, 1},
		{"exactly one page", 5, 5, 1},
		{"many pages", 15, 5, 3},
		{"not a multiple of the page size", 13, 5, 3},
		{"pages of one", 3, 1, 3},
	}
	for _, echo := range []bool{true, false} {
		for _, tt := range tests {
			name := tt.name
			if !echo {
				name += " without echoed PageSize"
			}
			t.Run(name, func(t *testing.T) {
				s := &pnServer{data: makeItems(tt.n), echo: echo}
				p := NewPageNumber(s.fetch, &pnReq{Filter: "f"}, pnStyle(100), PageSize(tt.size))
				got, err := collect(p.All(context.Background()))
				require.NoError(t, err)
				assert.Equal(t, s.data, orEmpty(got), "every item once, in order")
				assert.Equal(t, pnRequests("f", tt.wantFetches, tt.size), s.reqs, "minimal fetches")
				assert.False(t, p.More())
			})
		}
	}
}

func TestPageNumberDefaultSizeIsMaxSize(t *testing.T) {
	s := &pnServer{data: makeItems(250), echo: true}
	_, err := collect(NewPageNumber(s.fetch, &pnReq{}, pnStyle(100)).All(context.Background()))
	require.NoError(t, err)
	assert.Equal(t, pnRequests("", 3, 100), s.reqs)
}

// TestPageNumberServerCapsPageSize: the server returns fewer items than
// requested. Whether it echoes its cap or not, the listing is complete and
// makes no extra request.
func TestPageNumberServerCapsPageSize(t *testing.T) {
	for _, echo := range []bool{true, false} {
		s := &pnServer{data: makeItems(25), limit: 10, echo: echo}
		got, err := collect(NewPageNumber(s.fetch, &pnReq{}, pnStyle(100), PageSize(100)).All(context.Background()))
		require.NoError(t, err)
		assert.Equal(t, s.data, got, "echo=%v: no truncation at the first short page", echo)
		assert.Equal(t, pnRequests("", 3, 100), s.reqs, "echo=%v", echo)
	}
}

func TestPageNumberWithoutTotalOrEcho(t *testing.T) {
	style := pnStyle(100)
	style.Total, style.EchoedSize = nil, nil
	s := &pnServer{data: makeItems(12)}
	got, err := collect(NewPageNumber(s.fetch, &pnReq{}, style, PageSize(5)).All(context.Background()))
	require.NoError(t, err)
	assert.Equal(t, s.data, got)
	assert.Equal(t, pnRequests("", 3, 5), s.reqs, "the short page ends it")
}

func TestPageNumberWithoutDeclaredSize(t *testing.T) {
	s := &pnServer{data: makeItems(10), defSize: 4}
	got, err := collect(NewPageNumber(s.fetch, &pnReq{}, pnStyle(0)).All(context.Background()))
	require.NoError(t, err)
	assert.Equal(t, s.data, got)
	assert.Equal(t, pnRequests("", 3, 0), s.reqs, "no size sent; the server's default is learned from TotalCount")
}

func TestPageNumberTotalChangesMidListing(t *testing.T) {
	items := makeItems(12)
	page := func(lo, hi int, total int64) *pnResp {
		return &pnResp{Items: items[lo:hi], TotalCount: total, PageSize: 5}
	}
	tests := []struct {
		name  string
		pages []*pnResp
		want  []item
	}{
		{"shrinks below the pages read", []*pnResp{page(0, 5, 20), page(5, 10, 10)}, items[:10]},
		{"shrinks to a short page", []*pnResp{page(0, 5, 20), page(5, 8, 8)}, items[:8]},
		{"grows", []*pnResp{page(0, 5, 10), page(5, 10, 12), page(10, 12, 12)}, items[:12]},
		{"grows past the count first announced", []*pnResp{page(0, 5, 8), page(5, 10, 12), page(10, 12, 12)}, items},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &script[pnReq, *pnResp]{t: t, pages: tt.pages}
			got, err := collect(NewPageNumber(s.fetch, &pnReq{}, pnStyle(100), PageSize(5)).All(context.Background()))
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Len(t, s.reqs, len(tt.pages), "the latest TotalCount decides, with no extra request")
		})
	}
}

func TestPageNumberIgnoredByServer(t *testing.T) {
	s := &pnServer{data: makeItems(12), echo: true, ignorePage: true}
	p := NewPageNumber(s.fetch, &pnReq{}, pnStyle(100), PageSize(5))
	got, err := collect(p.All(context.Background()))
	var loop *LoopError
	require.ErrorAs(t, err, &loop)
	require.ErrorIs(t, err, ErrPaginationLoop)
	assert.Equal(t, LoopRepeatedPage, loop.Reason)
	assert.Equal(t, 2, loop.Page)
	assert.Equal(t, s.data[:5], got, "the repeated page is not delivered")
	assert.Equal(t, pnRequests("", 2, 5), s.reqs)
	assert.False(t, p.More())
}

func TestPageNumberItemsWithoutJSON(t *testing.T) {
	type odd struct{ C chan int } // cannot be fingerprinted; the repeat check is skipped
	pages := [][]odd{{{}, {}}, {{}, {}}, {{}}}
	calls := 0
	fetch := func(_ context.Context, r *pnReq) (*pnResp, error) {
		calls++
		return &pnResp{TotalCount: 5, PageSize: 2}, nil
	}
	style := PageNumberStyle[pnReq, *pnResp, odd]{
		SetPage:    func(r *pnReq, n int) { r.PageNumber = int32(n) },
		SetSize:    func(r *pnReq, n int) { r.PageSize = int32(n) },
		Items:      func(*pnResp) []odd { return pages[calls-1] },
		Total:      func(p *pnResp) int64 { return p.TotalCount },
		EchoedSize: func(p *pnResp) int { return int(p.PageSize) },
		MaxSize:    2,
	}
	n := 0
	for _, err := range NewPageNumber(fetch, nil, style).All(context.Background()) {
		require.NoError(t, err)
		n++
	}
	assert.Equal(t, 5, n)
	assert.Equal(t, 3, calls)
}
