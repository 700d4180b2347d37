package emu

import (
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func tok(token, size string) url.Values {
	v := url.Values{}
	if token != "" {
		v.Set("NextToken", token)
	}
	if size != "" {
		v.Set("MaxResults", size)
	}
	return v
}

func TestNextTokenWalksToALastPageWithoutToken(t *testing.T) {
	t.Parallel()
	l := nextTokenListing(45)
	var got []string
	token := ""
	for pages := 0; ; pages++ {
		require.Less(t, pages, 10, "the listing must end")
		page := serve(t, l, tok(token, ""), Quirks{})
		items := ids(t, page, "Items")
		got = append(got, items...)
		assert.EqualValues(t, len(items), page["TotalCount"], "TotalCount counts this page only")
		assert.EqualValues(t, 20, page["MaxResults"])
		next, has := page["NextToken"]
		if !has {
			break
		}
		token = next.(string)
		require.NotEmpty(t, token)
	}
	assert.Equal(t, idRange(0, 45), got)
}

func TestNextTokenRefusesForeignAndMangledTokens(t *testing.T) {
	t.Parallel()
	foreign := encodeToken("OtherList", 20, 0)
	for _, bad := range []string{"garbage", foreign, encodeToken("List", 20, 0)[:10]} {
		_, err := serveErr(nextTokenListing(45), tok(bad, ""), Quirks{})
		var invalid *InvalidParamError
		require.ErrorAs(t, err, &invalid, bad)
		assert.Equal(t, "NextToken", invalid.Name)
	}
}

func TestNextTokenEmptyPageKeepsPositionWithAFreshToken(t *testing.T) {
	t.Parallel()
	l := nextTokenListing(45)
	empty := serve(t, l, tok("", ""), Quirks{EmptyPage: true})
	assert.Empty(t, ids(t, empty, "Items"))
	fresh := empty["NextToken"].(string)
	assert.NotEqual(t, encodeToken("List", 0, 0), fresh)

	after := serve(t, l, tok(fresh, ""), Quirks{})
	assert.Equal(t, idRange(0, 20), ids(t, after, "Items"), "no item is lost")
}

func TestNextTokenRepeatAndCycleQuirks(t *testing.T) {
	t.Parallel()
	l := nextTokenListing(100)
	a := serve(t, l, tok("", "10"), Quirks{TokenCycle: true})["NextToken"].(string)
	b := serve(t, l, tok(a, "10"), Quirks{TokenCycle: true})["NextToken"].(string)
	third := serve(t, l, tok(b, "10"), Quirks{TokenCycle: true})
	assert.NotEqual(t, a, b)
	assert.Equal(t, a, third["NextToken"], "A→B→A")
	assert.Equal(t, idRange(20, 30), ids(t, third, "Items"))

	repeated := serve(t, l, tok(a, "10"), Quirks{RepeatToken: true})
	assert.Equal(t, a, repeated["NextToken"], "the token never advances")
	first := serve(t, l, tok("", "10"), Quirks{RepeatToken: true})
	assert.Equal(t, a, first["NextToken"], "a first page still gets a token")
}

func TestNextTokenCapAndIgnoreQuirks(t *testing.T) {
	t.Parallel()
	l := nextTokenListing(45)
	capped := serve(t, l, tok("", "50"), Quirks{PageSizeCap: 10})
	assert.Len(t, ids(t, capped, "Items"), 10)
	assert.EqualValues(t, 10, capped["MaxResults"])

	second := serve(t, l, tok("", ""), Quirks{})["NextToken"].(string)
	ignored := serve(t, l, tok(second, ""), Quirks{IgnorePosition: true})
	assert.Equal(t, idRange(0, 20), ids(t, ignored, "Items"))
}
