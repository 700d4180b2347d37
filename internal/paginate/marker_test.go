package paginate

import (
	"context"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func mkRequests(filter string, pages, size int) []mkReq {
	out := make([]mkReq, pages)
	for i := range out {
		out[i] = mkReq{Filter: filter, Limit: size} // the limit goes with every marker
		if i > 0 {
			out[i].Marker = strconv.Itoa(i * size)
		}
	}
	return out
}

func TestMarkerListings(t *testing.T) {
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
		{"default size is MaxSize", 4500, 0, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &mkServer{data: makeItems(tt.n)}
			var opts []Option
			size := 2000
			if tt.size > 0 {
				opts, size = append(opts, PageSize(tt.size)), tt.size
			}
			p := NewMarker(s.fetch, &mkReq{Filter: "f"}, mkStyle(2000), opts...)
			got, err := collect(p.All(context.Background()))
			require.NoError(t, err)
			assert.Equal(t, s.data, orEmpty(got))
			assert.Equal(t, mkRequests("f", tt.wantFetches, size), s.reqs)
		})
	}
}

// TestMarkerEndings: an empty, null or absent next_marker, or no page_info
// at all, ends the listing without another request.
func TestMarkerEndings(t *testing.T) {
	for name, body := range map[string]string{
		"empty marker":     `{"items":[{"id":1}],"page_info":{"next_marker":"","current_count":1}}`,
		"null marker":      `{"items":[{"id":1}],"page_info":{"next_marker":null,"current_count":1}}`,
		"absent marker":    `{"items":[{"id":1}],"page_info":{"current_count":1}}`,
		"absent page_info": `{"items":[{"id":1}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			s := &script[mkReq, *mkResp]{t: t, pages: []*mkResp{
				mustJSON(t, `{"items":[{"id":0}],"page_info":{"next_marker":"m0","current_count":1}}`),
				mustJSON(t, body),
			}}
			got, err := collect(NewMarker(s.fetch, &mkReq{}, mkStyle(2000)).All(context.Background()))
			require.NoError(t, err)
			assert.Equal(t, []item{{ID: 0}, {ID: 1}}, got)
			assert.Equal(t, []mkReq{{Limit: 2000}, {Marker: "m0", Limit: 2000}}, s.reqs)
		})
	}
}

func TestMarkerRepeated(t *testing.T) {
	marker := func(m string) string { return `"` + m + `"` }
	s := &script[mkReq, *mkResp]{t: t, pages: []*mkResp{
		mustJSON(t, `{"items":[{"id":1}],"page_info":{"next_marker":`+marker("A")+`}}`),
		mustJSON(t, `{"items":[{"id":2}],"page_info":{"next_marker":`+marker("B")+`}}`),
		mustJSON(t, `{"items":[{"id":3}],"page_info":{"next_marker":`+marker("A")+`}}`),
	}}
	got, err := collect(NewMarker(s.fetch, &mkReq{}, mkStyle(2000)).All(context.Background()))
	var loop *LoopError
	require.ErrorAs(t, err, &loop)
	assert.Equal(t, LoopRepeatedMarker, loop.Reason)
	assert.Equal(t, "A", loop.Token)
	assert.Len(t, got, 3)
	assert.Len(t, s.reqs, 3)
}

func TestMarkerEmptyPagesWithMarker(t *testing.T) {
	s := &script[mkReq, *mkResp]{t: t, pages: []*mkResp{
		mustJSON(t, `{"items":[],"page_info":{"next_marker":"A"}}`),
		mustJSON(t, `{"items":[{"id":1}],"page_info":{"next_marker":""}}`),
	}}
	got, err := collect(NewMarker(s.fetch, &mkReq{}, mkStyle(2000)).All(context.Background()))
	require.NoError(t, err)
	assert.Equal(t, []item{{ID: 1}}, got)
	assert.Len(t, s.reqs, 2)
}
