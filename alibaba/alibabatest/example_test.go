package alibabatest_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/alibaba/alibabatest"
	"github.com/polycloud-go/polycloud/alibaba/apigateway"
	"github.com/polycloud-go/polycloud/alibaba/ga"
)

// countRules is the kind of code you would test with alibabatest: your
// own function that reads every forwarding rule of a listener.
func countRules(ctx context.Context, c *ga.Client, acceleratorID, listenerID string) (int, error) {
	req := &ga.ListForwardingRulesRequest{AcceleratorID: acceleratorID, ListenerID: listenerID}
	n := 0
	for _, err := range ga.NewListForwardingRulesPager(c, req, alibaba.PageSize(20)).All(ctx) {
		if err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// Test your own code against the emulator, with the cloud throttling it
// twice on the way.
func Example() {
	srv := alibabatest.NewServer()
	defer srv.Close()

	cfg := srv.Config()
	cfg.Retry = alibaba.RetryPolicy{MinBackoff: time.Millisecond} // keep retries fast in tests
	srv.Inject("ListForwardingRules", alibabatest.Throttle(2))

	n, err := countRules(context.Background(), ga.New(cfg), alibabatest.DefaultAcceleratorID, alibabatest.DefaultListenerID)
	fmt.Println(n, err)
	fmt.Println("requests:", srv.CountOf("ListForwardingRules"))
	// Output:
	// 45 <nil>
	// requests: 5
}

// Seed exactly what your test needs: start empty, add a listener with a
// few rules.
func ExampleGA_AddForwardingRules() {
	srv := alibabatest.NewServer(alibabatest.WithoutSeed())
	defer srv.Close()

	rules := srv.GA().AddForwardingRules("ga-bp1myaccelerator00000", "lsr-bp1mylistener00000000", 3)
	fmt.Println(rules[0].ForwardingRuleName, rules[0].Priority, rules[0].ForwardingRuleStatus)

	n, err := countRules(context.Background(), ga.New(srv.Config()), "ga-bp1myaccelerator00000", "lsr-bp1mylistener00000000")
	fmt.Println(n, err)
	// Output:
	// rule-001 10 active
	// 3 <nil>
}

// See how your code reports a failure the cloud keeps returning.
func ExampleServer_Inject() {
	srv := alibabatest.NewServer()
	defer srv.Close()

	srv.Inject("ListForwardingRules", alibabatest.ServerError(503, 0)) // every call, until Reset
	cfg := srv.Config()
	cfg.Retry = alibaba.RetryPolicy{MaxAttempts: 2, MinBackoff: time.Millisecond}

	_, err := countRules(context.Background(), ga.New(cfg), alibabatest.DefaultAcceleratorID, alibabatest.DefaultListenerID)
	var apiErr *alibaba.APIError
	if errors.As(err, &apiErr) {
		fmt.Println(apiErr.StatusCode, apiErr.Code, apiErr.Retryable())
	}
	fmt.Println("attempts:", srv.CountOf("ListForwardingRules"))
	// Output:
	// 503 ServiceUnavailable true
	// attempts: 2
}

// Assert on what your code sent; secrets are redacted in the log.
func ExampleServer_Requests() {
	srv := alibabatest.NewServer()
	defer srv.Close()

	_, _ = countRules(context.Background(), ga.New(srv.Config()), alibabatest.DefaultAcceleratorID, alibabatest.DefaultListenerID)
	for _, r := range srv.Requests() {
		fmt.Println(r.Action, r.Params.Get("MaxResults"), r.Params.Get("NextToken") != "", r.Status, r.Params.Get("Signature"))
	}
	// Output:
	// ListForwardingRules 20 false 200 REDACTED
	// ListForwardingRules 20 true 200 REDACTED
	// ListForwardingRules 20 true 200 REDACTED
}

// Make sure your code stops when the server loops: here the third page
// points back at the second.
func ExampleTokenCycle() {
	srv := alibabatest.NewServer()
	defer srv.Close()

	srv.Inject("ListForwardingRules", alibabatest.TokenCycle())
	_, err := countRules(context.Background(), ga.New(srv.Config()), alibabatest.DefaultAcceleratorID, alibabatest.DefaultListenerID)
	fmt.Println(errors.Is(err, alibaba.ErrPaginationLoop))
	// Output:
	// true
}

// A wrong secret is caught by the emulator's own signature check.
func ExampleServer_Config() {
	srv := alibabatest.NewServer()
	defer srv.Close()

	cfg := srv.Config()
	cfg.Credentials = alibaba.StaticCredentials(alibabatest.AccessKeyID, "a-wrong-secret", "")
	_, err := countRules(context.Background(), ga.New(cfg), alibabatest.DefaultAcceleratorID, alibabatest.DefaultListenerID)
	var apiErr *alibaba.APIError
	if errors.As(err, &apiErr) {
		fmt.Println(apiErr.StatusCode, apiErr.Code)
	}
	// Output:
	// 400 SignatureDoesNotMatch
}

// Sign with ACS3-HMAC-SHA256 (signature V3): the same calls, with the
// credentials and the signature in headers rather than the URL. The
// emulator verifies V3 with its own reference implementation.
func ExampleServer_ConfigV3() {
	srv := alibabatest.NewServer()
	defer srv.Close()

	n, err := countRules(context.Background(), ga.New(srv.ConfigV3()), alibabatest.DefaultAcceleratorID, alibabatest.DefaultListenerID)
	fmt.Println(n, err)
	last := srv.Requests()[2]
	fmt.Println(last.Signature, last.Action, last.Header.Get("X-Acs-Version"))
	// Output:
	// 45 <nil>
	// ACS3-HMAC-SHA256 ListForwardingRules 2019-11-20
}

// Every paginated action pages for real, including those the emulator
// keeps no resources of its own for: seed such a listing with synthetic
// items, each shaped like the documented item, and page through it.
func ExampleGA_SeedListing() {
	srv := alibabatest.NewServer()
	defer srv.Close()

	if err := srv.GA().SeedListing("ListAccelerators", 25); err != nil {
		fmt.Println(err)
		return
	}
	var ids []string
	pager := ga.NewListAcceleratorsPager(ga.New(srv.Config()), &ga.ListAcceleratorsRequest{}, alibaba.PageSize(10))
	for acc, err := range pager.All(context.Background()) {
		if err != nil {
			fmt.Println(err)
			return
		}
		ids = append(ids, acc.AcceleratorID)
	}
	fmt.Println(len(ids), ids[0], ids[24])
	fmt.Println("requests:", srv.CountOf("ListAccelerators"))
	// Output:
	// 25 AcceleratorId-1-1 AcceleratorId-1-25
	// requests: 3
}

// Give a generic listing exactly the items your test needs.
func ExampleAPIGateway_SetListingItems() {
	srv := alibabatest.NewServer()
	defer srv.Close()

	err := srv.APIGateway().SetListingItems("DescribeApis",
		map[string]any{"ApiId": "api-1", "ApiName": "orders"},
		map[string]any{"ApiId": "api-2", "ApiName": "payments"})
	if err != nil {
		fmt.Println(err)
		return
	}
	out, err := apigateway.New(srv.Config()).DescribeApis(context.Background(), &apigateway.DescribeApisRequest{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, api := range out.APISummarys {
		fmt.Println(api.APIID, api.APIName)
	}
	// Output:
	// api-1 orders
	// api-2 payments
}
