package alibabatest

import (
	"net/http"
	"net/url"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// walkRules follows NextToken from the first page to the end and returns
// the rule IDs and the page sizes seen.
func walkRules(t *testing.T, srv *Server, s *signer, maxResults string) (ids []string, pages []int) {
	t.Helper()
	token := ""
	for len(pages) < 20 {
		p := url.Values{"MaxResults": {maxResults}}
		if token != "" {
			p.Set("NextToken", token)
		}
		a := rules(t, srv, s, p)
		require.Equal(t, http.StatusOK, a.status, a.raw)
		page := itemIDs(a, "ForwardingRules", "ForwardingRuleId")
		assert.EqualValues(t, len(page), a.body["TotalCount"], "TotalCount counts this page")
		ids, pages = append(ids, page...), append(pages, len(page))
		next, ok := a.body["NextToken"].(string)
		if !ok {
			return ids, pages
		}
		token = next
	}
	t.Fatal("the listing did not end")
	return nil, nil
}

func TestListForwardingRulesPagesByNextToken(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	ids, pages := walkRules(t, srv, testSigner(), "20")
	assert.Equal(t, []int{20, 20, 5}, pages)
	var want []string
	for _, r := range srv.GA().ForwardingRules(DefaultAcceleratorID, DefaultListenerID) {
		want = append(want, r.ForwardingRuleID)
	}
	assert.Equal(t, want, ids)
	assert.Len(t, ids, SeededForwardingRules)
}

func TestListForwardingRulesDefaultsAndLimits(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	s := testSigner()
	first := rules(t, srv, s, nil)
	assert.EqualValues(t, 20, first.body["MaxResults"], "default 20")
	for _, bad := range []string{"0", "101"} {
		a := rules(t, srv, s, url.Values{"MaxResults": {bad}})
		assert.Equal(t, http.StatusBadRequest, a.status)
		assert.Equal(t, "InvalidParameter", a.code(), bad)
	}
	assert.Equal(t, "InvalidParameter", rules(t, srv, s, url.Values{"NextToken": {"forged"}}).code())
	assert.Len(t, itemIDs(rules(t, srv, s, url.Values{"MaxResults": {"100"}}), "ForwardingRules", "ForwardingRuleId"), 45)
}

func TestListForwardingRulesValidatesItsParents(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	s := testSigner()
	srv.GA().AddForwardingRules("ga-bp1otheraccelerator00", "lsr-bp1otherlistener00000", 0)
	tests := map[string]struct {
		params url.Values
		code   string
	}{
		"no listener":    {url.Values{"ListenerId": {""}}, "MissingListenerId"},
		"no region":      {url.Values{"RegionId": {""}}, "MissingRegionId"},
		"other region":   {url.Values{"RegionId": {"cn-beijing"}}, "InvalidRegionId"},
		"no accelerator": {url.Values{"AcceleratorId": {"ga-bp1nosuchaccelerator0"}}, "NotExist.Accelerator"},
		"no such lsr":    {url.Values{"ListenerId": {"lsr-bp1nosuchlistener0000"}}, "NotExist.Listener"},
		"foreign lsr":    {url.Values{"ListenerId": {"lsr-bp1otherlistener00000"}}, "NotExist.Listener"},
	}
	for name, tt := range tests {
		assert.Equal(t, tt.code, rules(t, srv, s, tt.params).code(), name)
	}
	empty := rules(t, srv, s, url.Values{"AcceleratorId": {"ga-bp1otheraccelerator00"}, "ListenerId": {"lsr-bp1otherlistener00000"}})
	assert.Equal(t, "[]", string(mustJSON(t, empty.body["ForwardingRules"])), "an empty list is [], not null")
	assert.NotContains(t, empty.body, "NextToken")
}

func TestListForwardingRulesFiltersByRuleID(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	rule := srv.GA().AddForwardingRule(ForwardingRule{ForwardingRuleName: "mine", Priority: 7})
	a := rules(t, srv, testSigner(), url.Values{"ForwardingRuleId": {rule.ForwardingRuleID}})
	require.Equal(t, []string{rule.ForwardingRuleID}, itemIDs(a, "ForwardingRules", "ForwardingRuleId"))
	got := a.body["ForwardingRules"].([]any)[0].(map[string]any)
	assert.Equal(t, "mine", got["ForwardingRuleName"])
	assert.EqualValues(t, 7, got["Priority"])
	assert.Equal(t, DefaultListenerID, got["ListenerId"])
}

func TestPortMappingsPageByNumber(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	s := testSigner()
	var sizes []int
	for page := 1; page <= 4; page++ {
		a := mappings(t, srv, s, url.Values{"PageNumber": {strconv.Itoa(page)}})
		require.Equal(t, http.StatusOK, a.status, a.raw)
		assert.EqualValues(t, SeededPortMappings, a.body["TotalCount"], "TotalCount is the total")
		assert.EqualValues(t, 10, a.body["PageSize"], "default 10")
		assert.EqualValues(t, page, a.body["PageNumber"])
		sizes = append(sizes, len(a.body["PortMappings"].([]any)))
	}
	assert.Equal(t, []int{10, 10, 3, 0}, sizes)
	assert.Equal(t, "InvalidParameter", mappings(t, srv, s, url.Values{"PageSize": {"51"}}).code(), "at most 50")
	assert.Equal(t, "MissingDestinationAddress", mappings(t, srv, s, url.Values{"DestinationAddress": {""}}).code())
	other := mappings(t, srv, s, url.Values{"DestinationAddress": {"10.9.9.9"}})
	assert.EqualValues(t, 0, other.body["TotalCount"])
}

func TestNextTokenQuirks(t *testing.T) {
	t.Parallel()
	s := testSigner()
	t.Run("PageSizeCap", func(t *testing.T) {
		srv := newServer(t)
		srv.Inject("ListForwardingRules", PageSizeCap(10))
		_, pages := walkRules(t, srv, s, "50")
		assert.Equal(t, []int{10, 10, 10, 10, 5}, pages)
		assert.EqualValues(t, 10, rules(t, srv, s, url.Values{"MaxResults": {"50"}}).body["MaxResults"], "the cap is echoed")
	})
	t.Run("EmptyPageWithToken", func(t *testing.T) {
		srv := newServer(t)
		srv.Inject("ListForwardingRules", EmptyPageWithToken(2))
		ids, pages := walkRules(t, srv, s, "20")
		assert.Equal(t, []int{0, 0, 20, 20, 5}, pages)
		assert.Len(t, ids, SeededForwardingRules, "nothing is lost")
	})
	t.Run("RepeatToken", func(t *testing.T) {
		srv := newServer(t)
		srv.Inject("ListForwardingRules", RepeatToken())
		tok := rules(t, srv, s, nil).body["NextToken"].(string)
		assert.Equal(t, tok, rules(t, srv, s, url.Values{"NextToken": {tok}}).body["NextToken"])
	})
	t.Run("TokenCycle", func(t *testing.T) {
		srv := newServer(t)
		srv.Inject("ListForwardingRules", TokenCycle())
		a := rules(t, srv, s, url.Values{"MaxResults": {"10"}}).body["NextToken"].(string)
		b := rules(t, srv, s, url.Values{"MaxResults": {"10"}, "NextToken": {a}}).body["NextToken"].(string)
		back := rules(t, srv, s, url.Values{"MaxResults": {"10"}, "NextToken": {b}}).body["NextToken"]
		assert.NotEqual(t, a, b)
		assert.Equal(t, a, back)
	})
	t.Run("IgnorePageNumber", func(t *testing.T) {
		srv := newServer(t)
		srv.Inject("ListForwardingRules", IgnorePageNumber())
		first := rules(t, srv, s, nil)
		again := rules(t, srv, s, url.Values{"NextToken": {first.body["NextToken"].(string)}})
		assert.Equal(t, itemIDs(first, "ForwardingRules", "ForwardingRuleId"), itemIDs(again, "ForwardingRules", "ForwardingRuleId"))
	})
}

func TestPageNumberQuirks(t *testing.T) {
	t.Parallel()
	s := testSigner()
	srv := newServer(t)
	srv.Inject("ListCustomRoutingPortMappingsByDestination", PageSizeCap(4), EmptyPageWithToken(1))
	empty := mappings(t, srv, s, url.Values{"PageSize": {"10"}})
	assert.Empty(t, empty.body["PortMappings"])
	assert.EqualValues(t, SeededPortMappings, empty.body["TotalCount"])
	capped := mappings(t, srv, s, url.Values{"PageSize": {"10"}})
	assert.Len(t, capped.body["PortMappings"], 4)
	assert.EqualValues(t, 4, capped.body["PageSize"])

	srv.Reset()
	srv.Inject("ListCustomRoutingPortMappingsByDestination", IgnorePageNumber())
	p1 := mappings(t, srv, s, url.Values{"PageNumber": {"1"}})
	p2 := mappings(t, srv, s, url.Values{"PageNumber": {"2"}})
	assert.Equal(t, p1.body["PortMappings"], p2.body["PortMappings"])
	assert.EqualValues(t, 2, p2.body["PageNumber"], "the ignored number is still echoed")
}
