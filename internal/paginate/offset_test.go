package paginate

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ofRequests(filter string, offsets []int64, size int) []ofReq {
	out := make([]ofReq, len(offsets))
	for i, o := range offsets {
		out[i] = ofReq{Filter: filter, Offset: o, Limit: size}
	}
	return out
}

func TestOffsetListings(t *testing.T) {
	tests := []struct {
		name    string
		n, size int
		offsets []int64
	}{
		{"no items", 0, 5, []int64{0}},
		{"one item", 1, 5, []int64{0}},
		{"exactly one page", 5, 5, []int64{0}},
		{"many pages", 15, 5, []int64{0, 5, 10}},
		{"not a multiple of the page size", 13, 5, []int64{0, 5, 10}},
		{"default size is MaxSize", 1200, 0, []int64{0, 500, 1000}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &ofServer{data: makeItems(tt.n)}
			var opts []Option
			size := 500
			if tt.size > 0 {
				opts, size = append(opts, PageSize(tt.size)), tt.size
			}
			p := NewOffset(s.fetch, &ofReq{Filter: "f"}, ofStyle(500), opts...)
			got, err := collect(p.All(context.Background()))
			require.NoError(t, err)
			assert.Equal(t, s.data, orEmpty(got))
			assert.Equal(t, ofRequests("f", tt.offsets, size), s.reqs)
		})
	}
}

func TestOffsetServerCapsLimit(t *testing.T) {
	s := &ofServer{data: makeItems(8)}
	capped := func(ctx context.Context, r *ofReq) (*ofResp, error) {
		c := *r
		c.Limit = min(c.Limit, 3)
		resp, err := s.fetch(ctx, &c)
		s.reqs[len(s.reqs)-1] = *r // record what the pager sent
		return resp, err
	}
	got, err := collect(NewOffset(capped, &ofReq{}, ofStyle(500), PageSize(5)).All(context.Background()))
	require.NoError(t, err)
	assert.Equal(t, s.data, got, "the offset advances by what came back, not by the limit")
	assert.Equal(t, ofRequests("", []int64{0, 3, 6}, 5), s.reqs)
}

func TestOffsetTotalChangesMidListing(t *testing.T) {
	items := makeItems(12)
	page := func(lo, hi int, total int64) *ofResp {
		return &ofResp{Items: items[lo:hi], Total: total, Size: hi - lo}
	}
	tests := []struct {
		name  string
		pages []*ofResp
		want  []item
	}{
		{"shrinks", []*ofResp{page(0, 5, 20), page(5, 10, 10)}, items[:10]},
		{"grows", []*ofResp{page(0, 5, 10), page(5, 10, 12), page(10, 12, 12)}, items},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &script[ofReq, *ofResp]{t: t, pages: tt.pages}
			got, err := collect(NewOffset(s.fetch, &ofReq{}, ofStyle(500), PageSize(5)).All(context.Background()))
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Len(t, s.reqs, len(tt.pages))
		})
	}
}

func TestOffsetWithoutTotal(t *testing.T) {
	style := ofStyle(500)
	style.Total = nil
	s := &ofServer{data: makeItems(12)}
	got, err := collect(NewOffset(s.fetch, &ofReq{}, style, PageSize(5)).All(context.Background()))
	require.NoError(t, err)
	assert.Equal(t, s.data, got)
	assert.Equal(t, ofRequests("", []int64{0, 5, 10}, 5), s.reqs)
}

func TestOffsetIgnoredByServer(t *testing.T) {
	s := &ofServer{data: makeItems(12), ignoreOffset: true}
	got, err := collect(NewOffset(s.fetch, &ofReq{}, ofStyle(500), PageSize(5)).All(context.Background()))
	var loop *LoopError
	require.ErrorAs(t, err, &loop)
	assert.Equal(t, LoopRepeatedPage, loop.Reason)
	assert.Equal(t, s.data[:5], got)
	assert.Len(t, s.reqs, 2)
}
