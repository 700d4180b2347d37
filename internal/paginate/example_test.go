package paginate_test

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/polycloud-go/polycloud/internal/paginate"
)

// listRulesRequest and listRulesResponse stand in for generated types.
type listRulesRequest struct {
	ListenerID string
	NextToken  string
	MaxResults int32
}

type listRulesResponse struct {
	Rules     []string
	NextToken string
}

// rulesServer is a fake list operation over five rules; the token is the
// index of the next rule.
func rulesServer(fail map[string]error) func(context.Context, *listRulesRequest) (*listRulesResponse, error) {
	rules := []string{"rule-1", "rule-2", "rule-3", "rule-4", "rule-5"}
	return func(_ context.Context, req *listRulesRequest) (*listRulesResponse, error) {
		if err := fail[req.NextToken]; err != nil {
			return nil, err
		}
		start, _ := strconv.Atoi(req.NextToken) // "" on the first page
		end := min(start+int(req.MaxResults), len(rules))
		resp := &listRulesResponse{Rules: rules[start:end]}
		if end < len(rules) {
			resp.NextToken = strconv.Itoa(end)
		}
		return resp, nil
	}
}

// newRulesPager is what a generated NewListRulesPager function looks like.
func newRulesPager(fetch func(context.Context, *listRulesRequest) (*listRulesResponse, error), req *listRulesRequest, opts ...paginate.Option) *paginate.Pager[*listRulesResponse, string] {
	return paginate.NewToken(fetch, req, paginate.TokenStyle[listRulesRequest, *listRulesResponse, string]{
		SetToken:  func(r *listRulesRequest, tok string) { r.NextToken = tok },
		SetSize:   func(r *listRulesRequest, n int) { r.MaxResults = int32(n) },
		NextToken: func(p *listRulesResponse) string { return p.NextToken },
		Items:     func(p *listRulesResponse) []string { return p.Rules },
		MaxSize:   100,
	}, opts...)
}

// Stop in the middle of a listing, keep the cursor, and continue later with
// a new pager.
func Example() {
	ctx := context.Background()
	req := &listRulesRequest{ListenerID: "lsr-1"}
	p := newRulesPager(rulesServer(nil), req, paginate.PageSize(2))
	for rule, err := range p.All(ctx) {
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		fmt.Println(rule)
		if rule == "rule-3" {
			break // no further page is fetched
		}
	}
	saved := p.Cursor() // store it anywhere: it is a plain string

	p = newRulesPager(rulesServer(nil), req, paginate.ResumeFrom(saved))
	for rule, err := range p.All(ctx) {
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		fmt.Println("resumed:", rule)
	}
	// Output:
	// rule-1
	// rule-2
	// rule-3
	// resumed: rule-4
	// resumed: rule-5
}

// A failed fetch ends the pager; retrying is a new pager resumed from the
// failed one's cursor, which still names the page that failed.
func ExamplePager_Cursor() {
	ctx := context.Background()
	req := &listRulesRequest{ListenerID: "lsr-1"}
	flaky := rulesServer(map[string]error{"4": errors.New("throttled")})

	p := newRulesPager(flaky, req, paginate.PageSize(2))
	for page, err := range p.Pages(ctx) {
		if err != nil {
			fmt.Println("error:", err, "- more:", p.More())
			break
		}
		fmt.Println("page:", page.Rules)
	}

	p = newRulesPager(rulesServer(nil), req, paginate.ResumeFrom(p.Cursor()))
	for page, err := range p.Pages(ctx) {
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		fmt.Println("retried page:", page.Rules)
	}
	// Output:
	// page: [rule-1 rule-2]
	// page: [rule-3 rule-4]
	// error: throttled - more: false
	// retried page: [rule-5]
}
