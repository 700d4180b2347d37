// Command pagination shows polycloud's generated pagers: reading a listing
// item by item (All), page by page (Pages), and stopping in one process to
// continue in another from a cursor (ResumeFrom). It talks to the
// in-process emulators alibabatest and huaweitest, so it needs no
// credentials and no network.
//
// The first run lists Huawei BYOIP pools item by item (marker/limit), Alibaba
// port mappings page by page (PageNumber/PageSize), and the first -k
// Alibaba forwarding rules (NextToken/MaxResults), then prints a cursor:
//
//	$ go run ./examples/pagination -k 7
//	…
//	stopped after 7 rules; continue with:
//	  go run ./examples/pagination -resume eyJ2IjoxLCJzdHlsZSI6InRva2VuIiwic2l6ZSI6MjAsInNraXAiOjcsInJlcSI6…
//
// The second run is a new process with a new emulator (seeded alike, so
// its IDs and tokens are the same); it prints exactly the rules the first
// run did not:
//
//	$ go run ./examples/pagination -resume eyJ2IjoxLCJzdHlsZSI6InRva2VuIiwic2l6ZSI6MjAsInNraXAiOjcsInJlcSI6…
//	forwarding rules from the cursor:
//	  rule frule-… rule-008
//	  …
//	38 more rules, the listing is complete
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/alibaba/alibabatest"
	"github.com/polycloud-go/polycloud/alibaba/ga"
	"github.com/polycloud-go/polycloud/huawei"
	hga "github.com/polycloud-go/polycloud/huawei/ga"
	"github.com/polycloud-go/polycloud/huawei/huaweitest"
)

func main() {
	k := flag.Int("k", 7, "forwarding rules to read before printing a cursor")
	cursor := flag.String("resume", "", "cursor printed by an earlier run; continue the forwarding rules from it")
	flag.Parse()
	if err := run(context.Background(), os.Stdout, *k, *cursor); err != nil {
		fmt.Fprintln(os.Stderr, "pagination:", err)
		os.Exit(1)
	}
}

// run is one run of the program: the tour, or with a cursor the rest of
// the forwarding rules. Each run starts its own emulators, as a separate
// process would.
func run(ctx context.Context, w io.Writer, k int, cursor string) error {
	ali := alibabatest.NewServer()
	defer ali.Close()
	rules := ga.New(ali.Config())
	if cursor != "" {
		return resumeRules(ctx, w, rules, cursor)
	}
	hw := huaweitest.NewServer()
	defer hw.Close()
	if err := listPools(ctx, w, hga.New(hw.Config())); err != nil {
		return err
	}
	if err := listMappingPages(ctx, w, rules); err != nil {
		return err
	}
	return firstRules(ctx, w, rules, k)
}

// listPools reads every BYOIP pool with All, which fetches pages as the
// loop needs them.
func listPools(ctx context.Context, w io.Writer, c *hga.Client) error {
	fmt.Fprintln(w, "BYOIP pools, item by item:")
	for pool, err := range hga.NewListByoipPoolsPager(c, nil, huawei.PageSize(2)).All(ctx) {
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "  %s %s\n", pool.ID, pool.CIDR)
	}
	return nil
}

// listMappingPages reads port mappings a page at a time with Pages; each
// page is the whole response, TotalCount included.
func listMappingPages(ctx context.Context, w io.Writer, c *ga.Client) error {
	fmt.Fprintln(w, "port mappings, page by page:")
	req := &ga.ListCustomRoutingPortMappingsByDestinationRequest{
		EndpointID: alibabatest.DefaultEndpointID, DestinationAddress: alibabatest.DefaultDestinationAddress,
	}
	for page, err := range ga.NewListCustomRoutingPortMappingsByDestinationPager(c, req, alibaba.PageSize(10)).Pages(ctx) {
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "  page %d: %d of %d mappings\n", page.PageNumber, len(page.PortMappings), page.TotalCount)
	}
	return nil
}

// rulesRequest is the listing both runs read; a resumed pager must be given
// the same filters as the one its cursor came from.
func rulesRequest() *ga.ListForwardingRulesRequest {
	return &ga.ListForwardingRulesRequest{AcceleratorID: alibabatest.DefaultAcceleratorID, ListenerID: alibabatest.DefaultListenerID}
}

// firstRules reads k forwarding rules and prints the cursor that names the
// next one.
func firstRules(ctx context.Context, w io.Writer, c *ga.Client, k int) error {
	fmt.Fprintf(w, "forwarding rules, the first %d:\n", k)
	p := ga.NewListForwardingRulesPager(c, rulesRequest(), alibaba.PageSize(20), alibaba.MaxItems(k))
	for rule, err := range p.All(ctx) {
		if err != nil {
			return err
		}
		printRule(w, rule)
	}
	fmt.Fprintf(w, "stopped after %d rules; continue with:\n  go run ./examples/pagination -resume %s\n", k, p.Cursor())
	return nil
}

// resumeRules continues the forwarding rules at cursor with All, which
// skips the rules of the cursor's page that the first run already read
// (Pages would return that page whole). The page size comes from the
// cursor.
func resumeRules(ctx context.Context, w io.Writer, c *ga.Client, cursor string) error {
	fmt.Fprintln(w, "forwarding rules from the cursor:")
	n := 0
	for rule, err := range ga.NewListForwardingRulesPager(c, rulesRequest(), alibaba.ResumeFrom(cursor)).All(ctx) {
		if err != nil {
			return err
		}
		printRule(w, rule)
		n++
	}
	fmt.Fprintf(w, "%d more rules, the listing is complete\n", n)
	return nil
}

func printRule(w io.Writer, rule ga.ForwardingRule) {
	fmt.Fprintf(w, "  rule %s %s\n", rule.ForwardingRuleID, rule.ForwardingRuleName)
}
