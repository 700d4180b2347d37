package paginate

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func tkRequests(filter string, pages, size int) []tkReq {
	out := make([]tkReq, pages)
	for i := range out {
		out[i] = tkReq{Filter: filter, MaxResults: int32(size)}
		if i > 0 {
			out[i].NextToken = fmt.Sprintf("tok-%d", i*size)
		}
	}
	return out
}

func TestTokenListings(t *testing.T) {
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
		{"default size is MaxSize", 250, 0, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &tkServer{data: makeItems(tt.n)}
			var opts []Option
			size := 100
			if tt.size > 0 {
				opts, size = append(opts, PageSize(tt.size)), tt.size
			}
			p := NewToken(s.fetch, &tkReq{Filter: "f"}, tkStyle(100), opts...)
			got, err := collect(p.All(context.Background()))
			require.NoError(t, err)
			assert.Equal(t, s.data, orEmpty(got))
			assert.Equal(t, tkRequests("f", tt.wantFetches, size), s.reqs)
		})
	}
}

func TestTokenWithoutSizeParameter(t *testing.T) {
	s := &tkServer{data: makeItems(3)}
	style := tkStyle(0)
	style.SetSize = nil
	fetch := func(ctx context.Context, r *tkReq) (*tkResp, error) {
		r.MaxResults = 2 // stands in for the server's default page size
		return s.fetch(ctx, r)
	}
	p := NewToken(fetch, &tkReq{}, style, PageSize(50))
	got, err := collect(p.All(context.Background()))
	require.NoError(t, err)
	assert.Equal(t, s.data, got)
	assert.Len(t, s.reqs, 2)
}

func tkPage(items []item, next string) *tkResp {
	return &tkResp{Items: items, NextToken: next, TotalCount: len(items)}
}

func TestTokenEmptyPagesWithTokenAreSkipped(t *testing.T) {
	items := makeItems(3)
	s := &script[tkReq, *tkResp]{t: t, pages: []*tkResp{tkPage(nil, "A"), tkPage(nil, "B"), tkPage(items, "")}}
	got, err := collect(NewToken(s.fetch, &tkReq{}, tkStyle(100)).All(context.Background()))
	require.NoError(t, err)
	assert.Equal(t, items, got)
	assert.Equal(t, []tkReq{{MaxResults: 100}, {NextToken: "A", MaxResults: 100}, {NextToken: "B", MaxResults: 100}}, s.reqs)
}

func TestTokenEndlessEmptyPages(t *testing.T) {
	calls := 0
	fetch := func(context.Context, *tkReq) (*tkResp, error) {
		calls++
		return tkPage(nil, fmt.Sprintf("fresh-%d", calls)), nil
	}
	_, err := collect(NewToken(fetch, &tkReq{}, tkStyle(100)).All(context.Background()))
	var loop *LoopError
	require.ErrorAs(t, err, &loop)
	assert.Equal(t, LoopEmptyPages, loop.Reason)
	assert.Equal(t, MaxEmptyPages, calls)
}

func TestTokenRepeated(t *testing.T) {
	tests := []struct {
		name   string
		tokens []string
	}{
		{"same token twice", []string{"A", "A"}},
		{"cycle A→B→A", []string{"A", "B", "A"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := makeItems(2 * len(tt.tokens))
			s := &script[tkReq, *tkResp]{t: t}
			for i, tok := range tt.tokens {
				s.pages = append(s.pages, tkPage(items[2*i:2*i+2], tok))
			}
			p := NewToken(s.fetch, &tkReq{}, tkStyle(100))
			got, err := collect(p.All(context.Background()))
			var loop *LoopError
			require.ErrorAs(t, err, &loop)
			require.ErrorIs(t, err, ErrPaginationLoop)
			assert.Equal(t, LoopRepeatedToken, loop.Reason)
			assert.Equal(t, "A", loop.Token)
			assert.Equal(t, len(tt.tokens), loop.Page)
			assert.Equal(t, items, got, "every page the server sent is delivered")
			assert.Len(t, s.reqs, len(tt.tokens), "no request with the repeated token")
			assert.False(t, p.More())
		})
	}
}

func TestTokenRepeatingResumedToken(t *testing.T) {
	items := makeItems(2)
	first := &script[tkReq, *tkResp]{t: t, pages: []*tkResp{tkPage(items, "A")}}
	p := NewToken(first.fetch, &tkReq{}, tkStyle(100))
	_, err := p.NextPage(context.Background())
	require.NoError(t, err)

	again := &script[tkReq, *tkResp]{t: t, pages: []*tkResp{tkPage(items, "A")}}
	_, err = collect(NewToken(again.fetch, &tkReq{}, tkStyle(100), ResumeFrom(p.Cursor())).All(context.Background()))
	require.ErrorIs(t, err, ErrPaginationLoop, "the token resumed from counts as seen")
}

func TestHardPageCap(t *testing.T) {
	assert.Equal(t, HardPageCap, collectOptions(nil).pageCap)
	calls := 0
	fetch := func(context.Context, *tkReq) (*tkResp, error) {
		calls++
		return tkPage(makeItems(1), fmt.Sprintf("t%d", calls)), nil
	}
	got, err := collect(NewToken(fetch, &tkReq{}, tkStyle(100), withPageCap(50)).All(context.Background()))
	var loop *LoopError
	require.ErrorAs(t, err, &loop)
	assert.Equal(t, LoopPageCap, loop.Reason)
	assert.Equal(t, 50, calls)
	assert.Len(t, got, 50)
}

func TestLoopErrorMessageIsShort(t *testing.T) {
	long := strings.Repeat("x", 4000)
	err := &LoopError{Reason: LoopRepeatedToken, Token: long, Page: 7}
	assert.Less(t, len(err.Error()), 120)
	assert.Contains(t, err.Error(), "4000 bytes")
	assert.Equal(t, `paginate: pagination loop: repeated token "A" (after 2 pages)`,
		(&LoopError{Reason: LoopRepeatedToken, Token: "A", Page: 2}).Error())
}
