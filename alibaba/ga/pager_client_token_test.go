package ga_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/alibaba/ga"
)

// Each page of a pager is a logical call of its own. A ClientToken set on
// the request is not copied onto every page (the server would take the
// second page for a retry of the first); the client makes a fresh token
// for each page, and the caller's request keeps its own.
func TestListForwardingRulesPagerSendsATokenPerPage(t *testing.T) {
	f := &fakeGA{n: 25}
	req := &ga.ListForwardingRulesRequest{AcceleratorID: "ga-1", ListenerID: "lsr-1", ClientToken: "caller-token"}
	_, err := readRules(t, ga.NewListForwardingRulesPager(newGAPagerClient(t, f), req, alibaba.PageSize(10)), 0)
	require.NoError(t, err)

	tokens := f.paging("ClientToken")
	require.Len(t, tokens, 3, "one request per page")
	seen := map[string]bool{}
	for _, tok := range tokens {
		assert.NotContains(t, []string{"-", "caller-token"}, tok, "a generated token")
		assert.False(t, seen[tok], "token %s sent with two pages", tok)
		seen[tok] = true
	}
	assert.Equal(t, "caller-token", req.ClientToken, "the caller's request is not modified")
}

// The cursor does not depend on the ClientToken: a cursor taken from a
// pager whose request had one token resumes with a request that has
// another.
func TestListForwardingRulesPagerCursorIgnoresClientToken(t *testing.T) {
	f := &fakeGA{n: 25}
	c := newGAPagerClient(t, f)
	withToken := func(tok string) *ga.ListForwardingRulesRequest {
		return &ga.ListForwardingRulesRequest{AcceleratorID: "ga-1", ListenerID: "lsr-1", ClientToken: tok}
	}
	p := ga.NewListForwardingRulesPager(c, withToken("first"), alibaba.PageSize(10))
	first, err := readRules(t, p, 13)
	require.NoError(t, err)

	rest, err := readRules(t, ga.NewListForwardingRulesPager(c, withToken("second"), alibaba.ResumeFrom(p.Cursor())), 0)
	require.NoError(t, err)
	assert.Equal(t, ruleIDs(0, 13), first)
	assert.Equal(t, ruleIDs(13, 25), rest)
}
