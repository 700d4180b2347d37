package emu

import (
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func pageNumberListing(n int) *Listing {
	return &Listing{
		Style: PageNumber, PositionParam: "PageNumber", SizeParam: "PageSize", Required: []string{"EndpointId"},
		ItemsKey: "Items", TotalKey: "TotalCount", SizeKey: "PageSize", NumberKey: "PageNumber",
		DefaultSize: 10, MinSize: 1, MaxSize: 50, Items: source(n),
	}
}

func nextTokenListing(n int) *Listing {
	return &Listing{
		Style: NextToken, PositionParam: "NextToken", SizeParam: "MaxResults",
		ItemsKey: "Items", TokenKey: "NextToken", CountKey: "TotalCount", SizeKey: "MaxResults",
		DefaultSize: 20, MinSize: 1, MaxSize: 100, Items: source(n),
	}
}

func markerListing(n int) *Listing {
	return &Listing{
		Style: Marker, PositionParam: "marker", SizeParam: "limit",
		ItemsKey: "pools", TokenKey: "page_info.next_marker", CountKey: "page_info.current_count",
		DefaultSize: 500, MinSize: 1, MaxSize: 2000, Items: source(n),
		ItemID: func(it any) string { return it.(item).ID },
	}
}

func offsetListing(n int) *Listing {
	return &Listing{
		Style: Offset, PositionParam: "offset", SizeParam: "limit",
		ItemsKey: "infos", TotalKey: "total", CountKey: "size",
		DefaultSize: 20, MinSize: 1, MaxSize: 500, ClampSize: true, Items: source(n),
	}
}

func TestListingDeclarationsValidate(t *testing.T) {
	t.Parallel()
	for _, l := range []*Listing{pageNumberListing(1), nextTokenListing(1), markerListing(1), offsetListing(1)} {
		assert.NoError(t, l.Validate(), l.Style.String())
	}
	bad := markerListing(1)
	bad.ItemID = nil
	assert.Error(t, bad.Validate())
	bad = nextTokenListing(1)
	bad.DefaultSize = 101
	assert.Error(t, bad.Validate())
	assert.Error(t, (&Listing{}).Validate())
}

func TestListingChecksRequiredParameters(t *testing.T) {
	t.Parallel()
	_, err := serveErr(pageNumberListing(3), url.Values{}, Quirks{})
	var missing *MissingParamError
	require.ErrorAs(t, err, &missing)
	assert.Equal(t, "EndpointId", missing.Name)
}

func TestListingRejectsBadPageSizesUnlessClamping(t *testing.T) {
	t.Parallel()
	for _, size := range []string{"0", "101", "x"} {
		_, err := serveErr(nextTokenListing(3), url.Values{"MaxResults": {size}}, Quirks{})
		var invalid *InvalidParamError
		require.ErrorAs(t, err, &invalid, size)
		assert.Equal(t, "MaxResults", invalid.Name)
	}
	for size, want := range map[string]int{"0": 20, "-3": 20, "600": 23, "7": 7} {
		got := serve(t, offsetListing(23), url.Values{"limit": {size}}, Quirks{})
		assert.Len(t, ids(t, got, "infos"), want, "limit=%s", size)
	}
}
