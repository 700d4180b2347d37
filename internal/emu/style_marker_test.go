package emu

import (
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func mk(marker, limit string) url.Values {
	v := url.Values{}
	if marker != "" {
		v.Set("marker", marker)
	}
	if limit != "" {
		v.Set("limit", limit)
	}
	return v
}

func pageInfo(page map[string]any) map[string]any { return page["page_info"].(map[string]any) }

func TestMarkerPagesEndWithoutNextMarker(t *testing.T) {
	t.Parallel()
	l := markerListing(12)
	p1 := serve(t, l, mk("", "5"), Quirks{})
	assert.Equal(t, idRange(0, 5), ids(t, p1, "pools"))
	assert.Equal(t, map[string]any{"next_marker": "item-04", "current_count": 5.0}, pageInfo(p1))

	p2 := serve(t, l, mk("item-04", "5"), Quirks{})
	assert.Equal(t, idRange(5, 10), ids(t, p2, "pools"))
	assert.Equal(t, "item-09", pageInfo(p2)["next_marker"])

	last := serve(t, l, mk("item-09", "5"), Quirks{})
	assert.Equal(t, idRange(10, 12), ids(t, last, "pools"))
	assert.Equal(t, map[string]any{"current_count": 2.0}, pageInfo(last), "next_marker is absent on the last page")

	all := serve(t, l, mk("", ""), Quirks{})
	assert.Len(t, ids(t, all, "pools"), 12, "the default limit is 500")
	assert.NotContains(t, pageInfo(all), "next_marker")
}

func TestMarkerRejectsUnknownMarkersAndLimits(t *testing.T) {
	t.Parallel()
	for _, params := range []url.Values{mk("nope", ""), mk("", "0"), mk("", "2001")} {
		_, err := serveErr(markerListing(12), params, Quirks{})
		var invalid *InvalidParamError
		require.ErrorAs(t, err, &invalid, "%v", params)
	}
}

func TestMarkerQuirks(t *testing.T) {
	t.Parallel()
	l := markerListing(30)

	empty := serve(t, l, mk("", "5"), Quirks{EmptyPage: true})
	assert.Empty(t, ids(t, empty, "pools"))
	assert.Equal(t, map[string]any{"next_marker": "item-04", "current_count": 0.0}, pageInfo(empty),
		"the withheld page's marker skips its items")

	repeated := serve(t, l, mk("item-04", "5"), Quirks{RepeatToken: true})
	assert.Equal(t, "item-04", pageInfo(repeated)["next_marker"])

	cycled := serve(t, l, mk("item-09", "5"), Quirks{TokenCycle: true})
	assert.Equal(t, idRange(10, 15), ids(t, cycled, "pools"))
	assert.Equal(t, "item-04", pageInfo(cycled)["next_marker"], "A→B→A")

	capped := serve(t, l, mk("", "10"), Quirks{PageSizeCap: 3})
	assert.Equal(t, "item-02", pageInfo(capped)["next_marker"])

	ignored := serve(t, l, mk("item-09", "5"), Quirks{IgnorePosition: true})
	assert.Equal(t, idRange(0, 5), ids(t, ignored, "pools"))
}
