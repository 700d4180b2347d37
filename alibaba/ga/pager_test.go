package ga_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/alibaba/ga"
)

// The generated pagers against a fake GA that pages like the real one:
// ListForwardingRules by NextToken/MaxResults (TotalCount counts the page
// only, the last page has no NextToken) and
// ListCustomRoutingPortMappingsByDestination by PageNumber/PageSize
// (TotalCount is the total, numbers arrive as strings as GA sends them).

// fakeGA serves n forwarding rules and n port mappings and records the
// parameters of every request.
type fakeGA struct {
	n int
	// stuckToken, when set, is the NextToken of every rules page: a server
	// that loops.
	stuckToken string

	mu   sync.Mutex
	sent []url.Values
}

// newGAPagerClient starts f and returns a client that talks to it.
func newGAPagerClient(t *testing.T, f *fakeGA) *ga.Client {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(srv.Close)
	return ga.New(alibaba.Config{
		Credentials: alibaba.StaticCredentials("testid", "testsecret", ""),
		Endpoint:    srv.URL,
		Retry:       alibaba.RetryPolicy{MaxAttempts: 1},
	})
}

func (f *fakeGA) serve(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	f.mu.Lock()
	f.sent = append(f.sent, r.Form)
	f.mu.Unlock()
	var body map[string]any
	switch r.Form.Get("Action") {
	case "ListForwardingRules":
		body = f.rulesPage(r.Form)
	case "ListCustomRoutingPortMappingsByDestination":
		body = f.mappingsPage(r.Form)
	default:
		http.Error(w, "unexpected action", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(body)
}

// rulesPage answers ListForwardingRules. A token is "tok-" plus the index
// of the page's first rule.
func (f *fakeGA) rulesPage(q url.Values) map[string]any {
	start, _ := strconv.Atoi(strings.TrimPrefix(q.Get("NextToken"), "tok-"))
	size, _ := strconv.Atoi(q.Get("MaxResults"))
	end := min(start+size, f.n)
	rules := []map[string]any{}
	for i := start; i < end; i++ {
		rules = append(rules, map[string]any{"ForwardingRuleId": ruleID(i), "Priority": i + 1})
	}
	body := map[string]any{"RequestId": "req", "TotalCount": len(rules), "MaxResults": size, "ForwardingRules": rules}
	switch {
	case f.stuckToken != "":
		body["NextToken"] = f.stuckToken
	case end < f.n:
		body["NextToken"] = "tok-" + strconv.Itoa(end)
	}
	return body
}

// mappingsPage answers ListCustomRoutingPortMappingsByDestination.
func (f *fakeGA) mappingsPage(q url.Values) map[string]any {
	page, _ := strconv.Atoi(q.Get("PageNumber"))
	size, _ := strconv.Atoi(q.Get("PageSize"))
	start := min((max(page, 1)-1)*size, f.n)
	end := min(start+size, f.n)
	mappings := []map[string]any{}
	for i := start; i < end; i++ {
		mappings = append(mappings, map[string]any{"AcceleratorPort": i + 1, "EndpointId": q.Get("EndpointId")})
	}
	return map[string]any{
		"RequestId": "req", "TotalCount": strconv.Itoa(f.n), "PageSize": strconv.Itoa(size),
		"PageNumber": strconv.Itoa(page), "PortMappings": mappings,
	}
}

// paging returns, per request, the values of the named parameters joined
// by "/" ("tok-10/10"); a parameter not sent shows as "-".
func (f *fakeGA) paging(names ...string) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := []string{}
	for _, q := range f.sent {
		vals := make([]string, len(names))
		for i, name := range names {
			vals[i] = "-"
			if q.Has(name) {
				vals[i] = q.Get(name)
			}
		}
		out = append(out, strings.Join(vals, "/"))
	}
	return out
}

func (f *fakeGA) reset() {
	f.mu.Lock()
	f.sent = nil
	f.mu.Unlock()
}

func ruleID(i int) string { return fmt.Sprintf("frule-%03d", i) }

func ruleIDs(from, to int) []string {
	ids := []string{}
	for i := from; i < to; i++ {
		ids = append(ids, ruleID(i))
	}
	return ids
}

func ports(from, to int) []int32 {
	out := []int32{}
	for i := from; i < to; i++ {
		out = append(out, int32(i+1))
	}
	return out
}

var rulesReq = &ga.ListForwardingRulesRequest{AcceleratorID: "ga-1", ListenerID: "lsr-1"}

var mappingsReq = &ga.ListCustomRoutingPortMappingsByDestinationRequest{EndpointID: "ep-1", DestinationAddress: "10.0.0.8"}

// readRules reads a rules pager to its end, or to the first error, or,
// when stopAfter > 0, until that many rules were read.
func readRules(t *testing.T, p *alibaba.Pager[*ga.ListForwardingRulesResponse, ga.ForwardingRule], stopAfter int) ([]string, error) {
	ids := []string{}
	for rule, err := range p.All(testContext(t)) {
		if err != nil {
			return ids, err
		}
		ids = append(ids, rule.ForwardingRuleID)
		if len(ids) == stopAfter {
			break
		}
	}
	return ids, nil
}

func readPorts(t *testing.T, p *alibaba.Pager[*ga.ListCustomRoutingPortMappingsByDestinationResponse, ga.PortMapping], stopAfter int) ([]int32, error) {
	out := []int32{}
	for m, err := range p.All(testContext(t)) {
		if err != nil {
			return out, err
		}
		out = append(out, m.AcceleratorPort)
		if len(out) == stopAfter {
			break
		}
	}
	return out, nil
}

// tokenRequests is the NextToken/MaxResults of each request a page size
// of 10 takes to list n rules: one per page, and one for an empty listing.
func tokenRequests(n int) []string {
	want := []string{"-/10"}
	for start := 10; start < n; start += 10 {
		want = append(want, "tok-"+strconv.Itoa(start)+"/10")
	}
	return want
}

func TestListForwardingRulesPagerReadsEveryRuleOnce(t *testing.T) {
	for _, n := range []int{0, 1, 10, 25, 30} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			f := &fakeGA{n: n}
			p := ga.NewListForwardingRulesPager(newGAPagerClient(t, f), rulesReq, alibaba.PageSize(10))
			ids, err := readRules(t, p, 0)
			require.NoError(t, err)
			assert.Equal(t, ruleIDs(0, n), ids)
			assert.Equal(t, tokenRequests(n), f.paging("NextToken", "MaxResults"), "NextToken/MaxResults of each request")
			assert.Equal(t, []string{"ga-1/lsr-1"}, dedupe(f.paging("AcceleratorId", "ListenerId")), "filters on every request")
			assert.False(t, p.More())
		})
	}
}

func TestListForwardingRulesPagerPageSize(t *testing.T) {
	tests := []struct {
		name string
		opts []alibaba.PagerOption
		want []string
	}{
		{"default is the maximum", nil, []string{"-/100", "tok-100/100", "tok-200/100"}},
		{"clamped to the maximum", []alibaba.PagerOption{alibaba.PageSize(500)}, []string{"-/100", "tok-100/100", "tok-200/100"}},
		{"smaller on request", []alibaba.PagerOption{alibaba.PageSize(40), alibaba.MaxPages(1)}, []string{"-/40"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &fakeGA{n: 250}
			_, err := readRules(t, ga.NewListForwardingRulesPager(newGAPagerClient(t, f), rulesReq, tt.opts...), 0)
			require.NoError(t, err)
			assert.Equal(t, tt.want, f.paging("NextToken", "MaxResults"))
		})
	}
}

// Stop after k rules, keep the cursor, and read the rest with a new pager:
// together they read every rule once, and the new pager starts at the page
// holding rule k+1 with the page size of the cursor.
func TestListForwardingRulesPagerResumes(t *testing.T) {
	for _, k := range []int{1, 10, 13, 24} {
		t.Run(strconv.Itoa(k), func(t *testing.T) {
			f := &fakeGA{n: 25}
			c := newGAPagerClient(t, f)
			p := ga.NewListForwardingRulesPager(c, rulesReq, alibaba.PageSize(10))
			first, err := readRules(t, p, k)
			require.NoError(t, err)
			assert.Len(t, f.paging("NextToken"), (k+9)/10, "pages fetched before the break")
			cursor := p.Cursor()
			require.NotEmpty(t, cursor)

			f.reset()
			rest, err := readRules(t, ga.NewListForwardingRulesPager(c, &ga.ListForwardingRulesRequest{AcceleratorID: "ga-1", ListenerID: "lsr-1"}, alibaba.ResumeFrom(cursor)), 0)
			require.NoError(t, err)
			assert.Equal(t, ruleIDs(0, k), first)
			assert.Equal(t, ruleIDs(k, 25), rest)
			assert.Equal(t, tokenRequests(25)[k/10:], f.paging("NextToken", "MaxResults"), "the resumed pager's requests")
		})
	}
}

func TestListForwardingRulesPagerRefusesCursorOfOtherFilters(t *testing.T) {
	f := &fakeGA{n: 25}
	c := newGAPagerClient(t, f)
	p := ga.NewListForwardingRulesPager(c, rulesReq, alibaba.PageSize(10))
	_, err := readRules(t, p, 5)
	require.NoError(t, err)
	f.reset()

	for _, other := range []*ga.ListForwardingRulesRequest{
		{AcceleratorID: "ga-1", ListenerID: "lsr-2"},
		{AcceleratorID: "ga-2", ListenerID: "lsr-1"},
	} {
		_, err := readRules(t, ga.NewListForwardingRulesPager(c, other, alibaba.ResumeFrom(p.Cursor())), 0)
		require.ErrorIs(t, err, alibaba.ErrCursorMismatch)
	}
	assert.Empty(t, f.paging("NextToken"), "no request is sent with a foreign cursor")
}

// A server that hands out the same NextToken again ends the listing with
// ErrPaginationLoop after delivering the page that carried it.
func TestListForwardingRulesPagerStopsOnRepeatedToken(t *testing.T) {
	f := &fakeGA{n: 25, stuckToken: "tok-10"}
	ids, err := readRules(t, ga.NewListForwardingRulesPager(newGAPagerClient(t, f), rulesReq, alibaba.PageSize(10)), 0)
	require.ErrorIs(t, err, alibaba.ErrPaginationLoop)
	assert.Equal(t, append(ruleIDs(0, 10), ruleIDs(10, 20)...), ids)
	assert.Equal(t, []string{"-/10", "tok-10/10"}, f.paging("NextToken", "MaxResults"))
}

// pageRequests is the PageNumber/PageSize of each request a page size of
// 10 takes to list n mappings: one per page, and one for an empty listing.
func pageRequests(n int) []string {
	want := []string{"1/10"}
	for page := 2; (page-1)*10 < n; page++ {
		want = append(want, strconv.Itoa(page)+"/10")
	}
	return want
}

func TestListCustomRoutingPortMappingsByDestinationPagerReadsEveryMappingOnce(t *testing.T) {
	for _, n := range []int{0, 1, 10, 25, 30} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			f := &fakeGA{n: n}
			p := ga.NewListCustomRoutingPortMappingsByDestinationPager(newGAPagerClient(t, f), mappingsReq, alibaba.PageSize(10))
			got, err := readPorts(t, p, 0)
			require.NoError(t, err)
			assert.Equal(t, ports(0, n), got)
			assert.Equal(t, pageRequests(n), f.paging("PageNumber", "PageSize"), "PageNumber/PageSize of each request")
			assert.Equal(t, []string{"ep-1/10.0.0.8"}, dedupe(f.paging("EndpointId", "DestinationAddress")), "filters on every request")
		})
	}
}

func TestListCustomRoutingPortMappingsByDestinationPagerPageSize(t *testing.T) {
	for _, opts := range [][]alibaba.PagerOption{nil, {alibaba.PageSize(80)}} {
		f := &fakeGA{n: 120}
		got, err := readPorts(t, ga.NewListCustomRoutingPortMappingsByDestinationPager(newGAPagerClient(t, f), mappingsReq, opts...), 0)
		require.NoError(t, err)
		assert.Len(t, got, 120)
		assert.Equal(t, []string{"1/50", "2/50", "3/50"}, f.paging("PageNumber", "PageSize"), "the maximum, 50")
	}
}

func TestListCustomRoutingPortMappingsByDestinationPagerResumes(t *testing.T) {
	for _, k := range []int{1, 10, 13, 24} {
		t.Run(strconv.Itoa(k), func(t *testing.T) {
			f := &fakeGA{n: 25}
			c := newGAPagerClient(t, f)
			p := ga.NewListCustomRoutingPortMappingsByDestinationPager(c, mappingsReq, alibaba.PageSize(10))
			first, err := readPorts(t, p, k)
			require.NoError(t, err)
			assert.Len(t, f.paging("PageNumber"), (k+9)/10, "pages fetched before the break")

			f.reset()
			rest, err := readPorts(t, ga.NewListCustomRoutingPortMappingsByDestinationPager(c, mappingsReq, alibaba.ResumeFrom(p.Cursor())), 0)
			require.NoError(t, err)
			assert.Equal(t, ports(0, k), first)
			assert.Equal(t, ports(k, 25), rest)
			assert.Equal(t, pageRequests(25)[k/10:], f.paging("PageNumber", "PageSize"), "the resumed pager's requests")
		})
	}
}

func TestListCustomRoutingPortMappingsByDestinationPagerRefusesCursorOfOtherFilters(t *testing.T) {
	f := &fakeGA{n: 25}
	c := newGAPagerClient(t, f)
	p := ga.NewListCustomRoutingPortMappingsByDestinationPager(c, mappingsReq, alibaba.PageSize(10))
	_, err := readPorts(t, p, 5)
	require.NoError(t, err)
	f.reset()

	other := &ga.ListCustomRoutingPortMappingsByDestinationRequest{EndpointID: "ep-2", DestinationAddress: "10.0.0.8"}
	_, err = readPorts(t, ga.NewListCustomRoutingPortMappingsByDestinationPager(c, other, alibaba.ResumeFrom(p.Cursor())), 0)
	require.ErrorIs(t, err, alibaba.ErrCursorMismatch)
	assert.False(t, errors.Is(err, alibaba.ErrInvalidCursor), "a well-formed cursor is not invalid")
	assert.Empty(t, f.paging("PageNumber"), "no request is sent with a foreign cursor")
}

// dedupe drops repeated values, keeping the first of each.
func dedupe(values []string) []string {
	out := []string{}
	for _, v := range values {
		if len(out) == 0 || out[len(out)-1] != v {
			out = append(out, v)
		}
	}
	return out
}
