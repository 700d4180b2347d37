package paginate

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var errBoom = errors.New("boom")

func TestConstructorIsLazy(t *testing.T) {
	for _, fx := range fixtures() {
		t.Run(fx.name, func(t *testing.T) {
			p, calls := fx.start(makeItems(12), "f", nil, PageSize(5))
			assert.Equal(t, 0, calls(), "constructor must not fetch")
			assert.True(t, p.More())
			assert.Equal(t, "", p.Cursor(), "nothing read yet means the start")
		})
	}
}

func TestBreakStopsFetching(t *testing.T) {
	for _, fx := range fixtures() {
		for _, stopAfter := range []int{1, 3, 5} { // 5 is the last item of page 1
			t.Run(fmt.Sprintf("%s/stop after %d", fx.name, stopAfter), func(t *testing.T) {
				p, calls := fx.start(makeItems(12), "f", nil, PageSize(5))
				n := 0
				for _, err := range p.All(context.Background()) {
					require.NoError(t, err)
					if n++; n == stopAfter {
						break
					}
				}
				assert.Equal(t, 1, calls(), "no request beyond the page being read")
			})
		}
	}
}

func TestAllAgainContinuesAfterBreak(t *testing.T) {
	for _, fx := range fixtures() {
		t.Run(fx.name, func(t *testing.T) {
			data := makeItems(12)
			p, calls := fx.start(data, "f", nil, PageSize(5))
			var got []item
			for it, err := range p.All(context.Background()) {
				require.NoError(t, err)
				if got = append(got, it); len(got) == 3 {
					break
				}
			}
			rest, err := collect(p.All(context.Background()))
			require.NoError(t, err)
			assert.Equal(t, data, append(got, rest...))
			assert.Equal(t, 3, calls())
		})
	}
}

func TestErrorIsTerminalAndCursorResumes(t *testing.T) {
	for _, fx := range fixtures() {
		t.Run(fx.name, func(t *testing.T) {
			data := makeItems(23)
			p, calls := fx.start(data, "f", map[int]error{3: errBoom}, PageSize(5))
			got, err := collect(p.All(context.Background()))
			require.ErrorIs(t, err, errBoom)
			assert.Equal(t, data[:10], got)
			assert.False(t, p.More(), "a failed pager is terminal")

			again, err := collect(p.All(context.Background()))
			assert.Empty(t, again)
			require.ErrorIs(t, err, ErrPagerDone, "ranging again reports the failure, never an empty listing")
			assert.Equal(t, 3, calls(), "a failed pager makes no new request")

			retry, retryCalls := fx.start(data, "f", nil, PageSize(5), ResumeFrom(p.Cursor()))
			rest, err := collect(retry.All(context.Background()))
			require.NoError(t, err)
			assert.Equal(t, data, append(got, rest...), "every item exactly once, in order")
			assert.Equal(t, 3, retryCalls(), "the retry starts at the failed page")
		})
	}
}

// TestCursorInsideAllResumesAtNextItem takes the cursor after every item
// (mid-page ones included) and checks that a fresh pager continues with
// exactly the following item.
func TestCursorInsideAllResumesAtNextItem(t *testing.T) {
	for _, fx := range fixtures() {
		t.Run(fx.name, func(t *testing.T) {
			data := makeItems(12)
			p, _ := fx.start(data, "f", nil, PageSize(5))
			k := 0
			for _, err := range p.All(context.Background()) {
				require.NoError(t, err)
				k++
				resumed, _ := fx.start(data, "f", nil, ResumeFrom(p.Cursor()))
				rest, err := collect(resumed.All(context.Background()))
				require.NoError(t, err)
				require.Equal(t, data[k:], orEmpty(rest), "cursor after item %d", k)
			}
			assert.Equal(t, len(data), k)
		})
	}
}

func orEmpty(s []item) []item {
	if len(s) == 0 {
		return []item{}
	}
	return s
}

func TestMidPageCursorSurvivesFailure(t *testing.T) {
	for _, fx := range fixtures() {
		t.Run(fx.name, func(t *testing.T) {
			data := makeItems(12)
			p, _ := fx.start(data, "f", nil, PageSize(5))
			for _, err := range p.All(context.Background()) {
				require.NoError(t, err)
				break
			}
			mid := p.Cursor()

			failing, _ := fx.start(data, "f", map[int]error{1: errBoom}, ResumeFrom(mid))
			_, err := collect(failing.All(context.Background()))
			require.ErrorIs(t, err, errBoom)
			assert.Equal(t, mid, failing.Cursor(), "a failed first fetch leaves the cursor where it was")
		})
	}
}

func TestCursorOfCompleteListing(t *testing.T) {
	for _, fx := range fixtures() {
		t.Run(fx.name, func(t *testing.T) {
			data := makeItems(7)
			p, _ := fx.start(data, "f", nil, PageSize(5))
			_, err := collect(p.All(context.Background()))
			require.NoError(t, err)
			done := p.Cursor()
			require.NotEmpty(t, done, "a complete listing is not the start")

			resumed, calls := fx.start(data, "f", nil, ResumeFrom(done))
			assert.False(t, resumed.More())
			rest, err := collect(resumed.All(context.Background()))
			require.NoError(t, err)
			assert.Empty(t, rest)
			assert.Equal(t, 0, calls())
		})
	}
}

func TestMaxItems(t *testing.T) {
	for _, fx := range fixtures() {
		t.Run(fx.name, func(t *testing.T) {
			data := makeItems(23)
			for _, tc := range []struct{ max, calls int }{{7, 2}, {5, 1}, {1, 1}, {100, 5}} {
				p, calls := fx.start(data, "f", nil, PageSize(5), MaxItems(tc.max))
				got, err := collect(p.All(context.Background()))
				require.NoError(t, err)
				assert.Equal(t, data[:min(tc.max, len(data))], got)
				assert.Equal(t, tc.calls, calls(), "MaxItems(%d) fetches only the pages it needs", tc.max)
				assert.False(t, p.More())

				resumed, _ := fx.start(data, "f", nil, ResumeFrom(p.Cursor()))
				rest, err := collect(resumed.All(context.Background()))
				require.NoError(t, err)
				assert.Equal(t, data, append(got, rest...), "the cursor continues after the limit")
			}
		})
	}
}

func TestMaxPages(t *testing.T) {
	for _, fx := range fixtures() {
		t.Run(fx.name, func(t *testing.T) {
			data := makeItems(23)
			p, calls := fx.start(data, "f", nil, PageSize(5), MaxPages(2))
			got, err := collect(p.All(context.Background()))
			require.NoError(t, err)
			assert.Equal(t, data[:10], got)
			assert.Equal(t, 2, calls())
			assert.False(t, p.More())

			resumed, _ := fx.start(data, "f", nil, ResumeFrom(p.Cursor()))
			rest, err := collect(resumed.All(context.Background()))
			require.NoError(t, err)
			assert.Equal(t, data[10:], rest)
		})
	}
}

func TestPagesAndNextPageHonourLimits(t *testing.T) {
	ctx := context.Background()
	s := &pnServer{data: makeItems(23), echo: true}
	p := NewPageNumber(s.fetch, &pnReq{}, pnStyle(100), PageSize(5), MaxItems(7))
	var sizes []int
	for page, err := range p.Pages(ctx) {
		require.NoError(t, err)
		sizes = append(sizes, len(page.Items))
	}
	assert.Equal(t, []int{5, 5}, sizes, "Pages stops after the page that reaches MaxItems")

	s = &pnServer{data: makeItems(23), echo: true}
	p = NewPageNumber(s.fetch, &pnReq{}, pnStyle(100), PageSize(5), MaxPages(1))
	_, err := p.NextPage(ctx)
	require.NoError(t, err)
	assert.False(t, p.More())
	_, err = p.NextPage(ctx)
	require.ErrorIs(t, err, ErrPagerDone)
	assert.Len(t, s.reqs, 1)
}

func TestNextPageAfterFailure(t *testing.T) {
	ctx := context.Background()
	s := &pnServer{data: makeItems(23), echo: true, faults: faults{failAt: map[int]error{2: errBoom}}}
	p := NewPageNumber(s.fetch, &pnReq{}, pnStyle(100), PageSize(5))

	page, err := p.NextPage(ctx)
	require.NoError(t, err)
	assert.Len(t, page.Items, 5)
	page, err = p.NextPage(ctx)
	require.ErrorIs(t, err, errBoom, "the failure is returned once")
	assert.Nil(t, page)
	assert.False(t, p.More())

	_, err = p.NextPage(ctx)
	require.ErrorIs(t, err, ErrPagerDone)
	require.NotErrorIs(t, err, errBoom)
	var pages, errs int
	for _, err := range p.Pages(ctx) {
		pages++
		if err != nil {
			errs++
			require.ErrorIs(t, err, ErrPagerDone)
		}
	}
	assert.Equal(t, 1, pages)
	assert.Equal(t, 1, errs)
	assert.Len(t, s.reqs, 2, "no request after the failure")
}

func TestPagesBreakStopsFetching(t *testing.T) {
	s := &pnServer{data: makeItems(23), echo: true}
	p := NewPageNumber(s.fetch, &pnReq{}, pnStyle(100), PageSize(5))
	for _, err := range p.Pages(context.Background()) {
		require.NoError(t, err)
		break
	}
	assert.Len(t, s.reqs, 1)
	assert.True(t, p.More())
}

func TestManualLoopReadsEveryPage(t *testing.T) {
	ctx := context.Background()
	s := &tkServer{data: makeItems(23)}
	p := NewToken(s.fetch, &tkReq{}, tkStyle(100), PageSize(5))
	var got []item
	for p.More() {
		page, err := p.NextPage(ctx)
		require.NoError(t, err)
		got = append(got, page.Items...)
	}
	assert.Equal(t, s.data, got)
	assert.Len(t, s.reqs, 5)
	_, err := p.NextPage(ctx)
	require.ErrorIs(t, err, ErrPagerDone)
	assert.Len(t, s.reqs, 5)
}

func TestContextIsPassedAndChecked(t *testing.T) {
	type key struct{}
	ctx := context.WithValue(context.Background(), key{}, "v")
	var seen []any
	fetch := func(ctx context.Context, r *tkReq) (*tkResp, error) {
		seen = append(seen, ctx.Value(key{}))
		return &tkResp{Items: makeItems(1)}, nil
	}
	p := NewToken(fetch, nil, tkStyle(10))
	_, err := collect(p.All(ctx))
	require.NoError(t, err)
	assert.Equal(t, []any{"v"}, seen, "every fetch gets the caller's context")

	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	p = NewToken(fetch, nil, tkStyle(10))
	_, err = p.NextPage(canceled)
	require.ErrorIs(t, err, context.Canceled)
	assert.Len(t, seen, 1, "no request with a canceled context")
	assert.False(t, p.More())
	assert.Equal(t, "", p.Cursor(), "still at the start")
}

func TestRequestIsNotMutated(t *testing.T) {
	ctx := context.Background()
	t.Run("page", func(t *testing.T) {
		s := &pnServer{data: makeItems(12), echo: true}
		req := &pnReq{Filter: "f", PageNumber: 3, PageSize: 2}
		_, err := collect(NewPageNumber(s.fetch, req, pnStyle(100), PageSize(5)).All(ctx))
		require.NoError(t, err)
		assert.Equal(t, pnReq{Filter: "f", PageNumber: 3, PageSize: 2}, *req)
		assert.Equal(t, pnReq{Filter: "f", PageNumber: 1, PageSize: 5}, s.reqs[0], "pagination fields of the request are ignored")
	})
	t.Run("token", func(t *testing.T) {
		s := &tkServer{data: makeItems(12)}
		req := &tkReq{Filter: "f", NextToken: "mine", MaxResults: 2}
		_, err := collect(NewToken(s.fetch, req, tkStyle(100), PageSize(5)).All(ctx))
		require.NoError(t, err)
		assert.Equal(t, tkReq{Filter: "f", NextToken: "mine", MaxResults: 2}, *req)
	})
	t.Run("marker", func(t *testing.T) {
		s := &mkServer{data: makeItems(12)}
		req := &mkReq{Filter: "f", Marker: "mine", Limit: 2}
		_, err := collect(NewMarker(s.fetch, req, mkStyle(100), PageSize(5)).All(ctx))
		require.NoError(t, err)
		assert.Equal(t, mkReq{Filter: "f", Marker: "mine", Limit: 2}, *req)
	})
	t.Run("offset", func(t *testing.T) {
		s := &ofServer{data: makeItems(12)}
		req := &ofReq{Filter: "f", Offset: 9, Limit: 2}
		_, err := collect(NewOffset(s.fetch, req, ofStyle(100), PageSize(5)).All(ctx))
		require.NoError(t, err)
		assert.Equal(t, ofReq{Filter: "f", Offset: 9, Limit: 2}, *req)
	})
	t.Run("fetch may modify its copy", func(t *testing.T) {
		req := &tkReq{Filter: "f"}
		fetch := func(_ context.Context, r *tkReq) (*tkResp, error) {
			r.Filter = "changed by the client"
			return &tkResp{}, nil
		}
		_, err := collect(NewToken(fetch, req, tkStyle(100)).All(ctx))
		require.NoError(t, err)
		assert.Equal(t, "f", req.Filter)
	})
}

func TestNilRequestIsZeroRequest(t *testing.T) {
	s := &tkServer{data: makeItems(3)}
	got, err := collect(NewToken(s.fetch, nil, tkStyle(100)).All(context.Background()))
	require.NoError(t, err)
	assert.Equal(t, s.data, got)
	assert.Equal(t, []tkReq{{MaxResults: 100}}, s.reqs)
}

func TestMissingAccessorIsAnErrorNotAPanic(t *testing.T) {
	s := &tkServer{data: makeItems(3)}
	style := tkStyle(100)
	style.NextToken, style.Items = nil, nil
	p := NewToken(s.fetch, nil, style)
	assert.True(t, p.More(), "the error still has to be reported")
	_, err := p.NextPage(context.Background())
	require.Error(t, err)
	assert.Contains(t, err.Error(), "NextToken, Items")
	assert.False(t, p.More())
	assert.Empty(t, s.reqs)

	p = NewToken[tkReq, *tkResp, item](nil, nil, tkStyle(100))
	_, err = collect(p.All(context.Background()))
	require.ErrorContains(t, err, "fetch")
}

func TestZeroPager(t *testing.T) {
	var p Pager[*tkResp, item]
	assert.False(t, p.More())
	_, err := p.NextPage(context.Background())
	require.ErrorIs(t, err, ErrPagerDone)
	assert.Equal(t, "", p.Cursor())
	got, err := collect(p.All(context.Background()))
	require.NoError(t, err)
	assert.Empty(t, got)
}
