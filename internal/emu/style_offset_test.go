package emu

import (
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
)

func off(offset, limit string) url.Values {
	v := url.Values{}
	if offset != "" {
		v.Set("offset", offset)
	}
	if limit != "" {
		v.Set("limit", limit)
	}
	return v
}

func TestOffsetPagesReportSizeAndTotal(t *testing.T) {
	t.Parallel()
	l := offsetListing(23)
	tests := []struct {
		offset, limit string
		want          []string
	}{
		{"", "", idRange(0, 20)},
		{"20", "", idRange(20, 23)},
		{"10", "5", idRange(10, 15)},
		{"-5", "5", idRange(0, 5)},
		{"23", "", nil},
	}
	for _, tt := range tests {
		got := serve(t, l, off(tt.offset, tt.limit), Quirks{})
		assert.ElementsMatch(t, tt.want, ids(t, got, "infos"), "offset=%s limit=%s", tt.offset, tt.limit)
		assert.EqualValues(t, len(tt.want), got["size"])
		assert.EqualValues(t, 23, got["total"], "total counts every match")
	}
}

func TestOffsetQuirks(t *testing.T) {
	t.Parallel()
	l := offsetListing(23)
	empty := serve(t, l, off("5", "5"), Quirks{EmptyPage: true})
	assert.EqualValues(t, 0, empty["size"])
	assert.EqualValues(t, 23, empty["total"])

	ignored := serve(t, l, off("10", "5"), Quirks{IgnorePosition: true})
	assert.Equal(t, idRange(0, 5), ids(t, ignored, "infos"))

	capped := serve(t, l, off("0", "20"), Quirks{PageSizeCap: 7})
	assert.EqualValues(t, 7, capped["size"])
}
