package emu

import (
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func pn(page, size string) url.Values {
	v := url.Values{"EndpointId": {"ep"}}
	if page != "" {
		v.Set("PageNumber", page)
	}
	if size != "" {
		v.Set("PageSize", size)
	}
	return v
}

func TestPageNumberPagesReportTotalsAndEchoes(t *testing.T) {
	t.Parallel()
	l := pageNumberListing(23)
	tests := []struct {
		page string
		want []string
	}{
		{"", idRange(0, 10)}, {"2", idRange(10, 20)}, {"3", idRange(20, 23)}, {"4", nil}, {"99999999999", nil},
	}
	for _, tt := range tests {
		got := serve(t, l, pn(tt.page, ""), Quirks{})
		assert.ElementsMatch(t, tt.want, ids(t, got, "Items"), "page %s", tt.page)
		assert.EqualValues(t, 23, got["TotalCount"])
		assert.EqualValues(t, 10, got["PageSize"], "the default page size is echoed")
	}
	assert.EqualValues(t, 3, serve(t, l, pn("3", ""), Quirks{})["PageNumber"])
}

func TestPageNumberRejectsPageZero(t *testing.T) {
	t.Parallel()
	_, err := serveErr(pageNumberListing(3), pn("0", ""), Quirks{})
	var invalid *InvalidParamError
	require.ErrorAs(t, err, &invalid)
	assert.Equal(t, "PageNumber", invalid.Name)
}

func TestPageNumberQuirks(t *testing.T) {
	t.Parallel()
	l := pageNumberListing(23)

	capped := serve(t, l, pn("2", "10"), Quirks{PageSizeCap: 4})
	assert.Equal(t, idRange(4, 8), ids(t, capped, "Items"), "the cap changes the page boundaries")
	assert.EqualValues(t, 4, capped["PageSize"], "and is echoed")

	ignored := serve(t, l, pn("2", ""), Quirks{IgnorePosition: true})
	assert.Equal(t, idRange(0, 10), ids(t, ignored, "Items"))
	assert.EqualValues(t, 2, ignored["PageNumber"], "the requested number is echoed, as buggy servers do")

	empty := serve(t, l, pn("1", ""), Quirks{EmptyPage: true})
	assert.Empty(t, ids(t, empty, "Items"))
	assert.EqualValues(t, 23, empty["TotalCount"], "the total still says there is more")
}
