package emu

import (
	"encoding/json"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// poolMeta is a Marker listing as polycloud-gen declares it.
func poolMeta() ListingMeta {
	return ListingMeta{
		Service: "ga", Version: "v1", Op: "ListPools", Method: "GET", Path: "/v1/pools",
		Paging: Listing{
			Style: Marker, PositionParam: "marker", SizeParam: "limit",
			ItemsKey: "pools", TokenKey: "page_info.next_marker", CountKey: "page_info.current_count",
			DefaultSize: 500, MinSize: 1, MaxSize: 2000,
		},
		Sample: `{"name":"name-2","id":"id-1","tags":[{"key":"key-3"}],"size":4,"created_at":"2024-01-02T03:04:05Z"}`,
		IDKey:  "id",
	}
}

func register(t *testing.T, meta ListingMeta, n int) (*Synthetic, *Listing) {
	t.Helper()
	var s Synthetic
	l, err := s.Register(meta, n)
	require.NoError(t, err)
	return &s, &l
}

func TestSyntheticItemsCopyTheSampleWithTheirOwnIdentity(t *testing.T) {
	t.Parallel()
	s, _ := register(t, poolMeta(), 3)
	items, err := s.Items("ListPools")
	require.NoError(t, err)
	require.Len(t, items, 3)
	for i, id := range []string{"id-1-1", "id-1-2", "id-1-3"} {
		assert.Equal(t, map[string]any{
			"name": "name-2", "id": id, "tags": []any{map[string]any{"key": "key-3"}},
			"size": 4.0, "created_at": "2024-01-02T03:04:05Z",
		}, items[i])
	}
	raw, err := json.Marshal(mustSnapshot(t, s, "ListPools")[0])
	require.NoError(t, err)
	assert.JSONEq(t, `{"name":"name-2","id":"id-1-1","tags":[{"key":"key-3"}],"size":4,"created_at":"2024-01-02T03:04:05Z"}`, string(raw))
	assert.Regexp(t, `^\{"name":"name-2","id":"id-1-1",`, string(raw), "the sample's member order is kept")
}

func mustSnapshot(t *testing.T, s *Synthetic, op string) []any {
	t.Helper()
	items, err := s.snapshot(op)
	require.NoError(t, err)
	return items
}

func TestSyntheticListingPagesByTheItemsIdentity(t *testing.T) {
	t.Parallel()
	s, l := register(t, poolMeta(), 0)
	require.NoError(t, s.Seed("ListPools", 5))
	first := serve(t, l, url.Values{"limit": {"2"}}, Quirks{})
	assert.Equal(t, "id-1-2", pageInfo(first)["next_marker"])
	last := serve(t, l, url.Values{"limit": {"2"}, "marker": {"id-1-4"}}, Quirks{})
	assert.Len(t, last["pools"], 1)
	assert.NotContains(t, pageInfo(last), "next_marker")
}

func TestSyntheticSetItemsKeepsTheirIdentity(t *testing.T) {
	t.Parallel()
	s, l := register(t, poolMeta(), 3)
	require.NoError(t, s.SetItems("ListPools", []any{
		map[string]any{"id": "pool-a"}, struct {
			ID string `json:"id"`
		}{"pool-b"}, map[string]any{"name": "no id"},
	}))
	page := serve(t, l, url.Values{"limit": {"2"}}, Quirks{})
	assert.Equal(t, "pool-b", pageInfo(page)["next_marker"])
	last := serve(t, l, url.Values{"marker": {"pool-b"}}, Quirks{})
	assert.Equal(t, []any{map[string]any{"name": "no id"}}, last["pools"])
	require.NoError(t, s.SetItems("ListPools", nil))
	items, err := s.Items("ListPools")
	require.NoError(t, err)
	assert.Empty(t, items)
	assert.Error(t, s.SetItems("ListPools", []any{func() {}}), "an item that does not encode")
}

func TestSyntheticStringItemsAreTheirOwnIdentity(t *testing.T) {
	t.Parallel()
	meta := ListingMeta{Op: "ListTags", Sample: `"tags-7"`, Paging: Listing{
		Style: Offset, PositionParam: "offset", SizeParam: "limit", ItemsKey: "tags", TotalKey: "total",
		DefaultSize: 20, MinSize: 1, MaxSize: 500,
	}}
	s, l := register(t, meta, 2)
	page := serve(t, l, url.Values{}, Quirks{})
	assert.Equal(t, []any{"tags-7-1", "tags-7-2"}, page["tags"])
	assert.EqualValues(t, 2, page["total"])
	require.NoError(t, s.SetItems("ListTags", []any{"a", "b", "c"}))
	items, err := s.Items("ListTags")
	require.NoError(t, err)
	assert.Equal(t, []any{"a", "b", "c"}, items)
}

func TestSyntheticRefusesUnknownOperationsAndBadDeclarations(t *testing.T) {
	t.Parallel()
	s, _ := register(t, poolMeta(), 1)
	assert.Equal(t, []string{"ListPools"}, s.Ops())
	assert.Error(t, s.Seed("ListNothing", 1))
	assert.Error(t, s.SetItems("ListNothing", nil))
	_, err := s.Items("ListNothing")
	assert.Error(t, err)

	bad := poolMeta()
	bad.Paging.TokenKey = ""
	_, err = s.Register(bad, 1)
	assert.Error(t, err, "a Marker listing without TokenKey")

	for _, sample := range []string{`{"id":7}`, `{"name":"x"}`, `[1]`, `{`} {
		broken := poolMeta()
		broken.Op, broken.Sample = "ListBroken", sample
		_, err := s.Register(broken, 1)
		require.NoError(t, err, "samples are parsed when first read")
		_, err = s.Items("ListBroken")
		assert.Error(t, err, sample)
	}
}

func TestSyntheticSeedReplacesTheItems(t *testing.T) {
	t.Parallel()
	s, _ := register(t, poolMeta(), 3)
	require.NoError(t, s.Seed("ListPools", 250))
	items, err := s.Items("ListPools")
	require.NoError(t, err)
	require.Len(t, items, 250)
	assert.Equal(t, "id-1-250", items[249].(map[string]any)["id"])
	require.NoError(t, s.Seed("ListPools", -1))
	items, err = s.Items("ListPools")
	require.NoError(t, err)
	assert.Empty(t, items)
}

func TestNextTokenListingWithoutSizeParameterServesDefaultPages(t *testing.T) {
	t.Parallel()
	l := nextTokenListing(45)
	l.SizeParam = ""
	require.NoError(t, l.Validate())
	page := serve(t, l, url.Values{"MaxResults": {"5"}}, Quirks{})
	assert.Len(t, ids(t, page, "Items"), 20, "no size parameter: the default applies")
	l.Style = Offset
	assert.Error(t, l.Validate(), "only NextToken listings may have no size parameter")
}
