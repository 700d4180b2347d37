package huaweitest_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/polycloud-go/polycloud/huawei"
	"github.com/polycloud-go/polycloud/huawei/apig"
	hga "github.com/polycloud-go/polycloud/huawei/ga"
	"github.com/polycloud-go/polycloud/huawei/huaweitest"
)

// poolCIDRs is the kind of code you would test with huaweitest: your own
// function that reads every BYOIP pool.
func poolCIDRs(ctx context.Context, c *hga.Client) ([]string, error) {
	var out []string
	for pool, err := range hga.NewListByoipPoolsPager(c, &hga.ListByoipPoolsRequest{}, huawei.PageSize(2)).All(ctx) {
		if err != nil {
			return out, err
		}
		out = append(out, pool.CIDR)
	}
	return out, nil
}

// Test your own code against the emulator: tokens come from its IAM, and
// a throttled page is retried.
func Example() {
	srv := huaweitest.NewServer()
	defer srv.Close()

	cfg := srv.Config()
	cfg.Retry = huawei.RetryPolicy{MinBackoff: time.Millisecond} // keep retries fast in tests
	srv.Inject("ListByoipPools", huaweitest.Throttle(1))

	cidrs, err := poolCIDRs(context.Background(), hga.New(cfg))
	fmt.Println(cidrs, err)
	fmt.Println("pages:", srv.CountOf("ListByoipPools"), "tokens:", srv.IAMCalls())
	// Output:
	// [203.0.0.0/24 203.0.1.0/24 203.0.2.0/24 203.0.3.0/24 203.0.4.0/24] <nil>
	// pages: 4 tokens: 1
}

// Check that your code survives a token revoked early: the SDK asks IAM
// again, once.
func ExampleServer_ExpireTokens() {
	srv := huaweitest.NewServer()
	defer srv.Close()
	c := hga.New(srv.Config())
	ctx := context.Background()

	_, _ = poolCIDRs(ctx, c)
	srv.ExpireTokens()
	_, err := poolCIDRs(ctx, c)
	fmt.Println(err, "tokens:", srv.IAMCalls())
	// Output:
	// <nil> tokens: 2
}

// The gateway's rules are enforced: a port serves one protocol only.
func ExampleAPIG_AddIngressPort() {
	srv := huaweitest.NewServer(huaweitest.WithoutSeed())
	defer srv.Close()
	gw := srv.APIG().AddInstance("", "") // in huaweitest.ProjectID's project
	if _, err := srv.APIG().AddIngressPort(gw, "HTTP", 8080); err != nil {
		fmt.Println(err)
	}

	_, err := apig.New(srv.Config()).AddCustomIngressPort(context.Background(), &apig.AddCustomIngressPortRequest{
		InstanceID: gw, Protocol: apig.IngressProtocolHTTPS, IngressPort: 8080,
	})
	var apiErr *huawei.APIError
	if errors.As(err, &apiErr) {
		fmt.Println(apiErr.StatusCode, apiErr.Code)
	}
	// Output:
	// 400 APIG.2012
}

// Assert on what your code sent; tokens and passwords are redacted.
func ExampleServer_Requests() {
	srv := huaweitest.NewServer()
	defer srv.Close()

	_, _ = poolCIDRs(context.Background(), hga.New(srv.Config()))
	for _, r := range srv.Requests() {
		fmt.Printf("%s %s %s marker=%t %d token=%q\n",
			r.Operation, r.Method, r.Path, r.Query.Get("marker") != "", r.Status, r.Header.Get("X-Auth-Token"))
	}
	// Output:
	// CreateToken POST /v3/auth/tokens marker=false 201 token=""
	// ListByoipPools GET /v1/byoip-pools marker=false 200 token="REDACTED"
	// ListByoipPools GET /v1/byoip-pools marker=true 200 token="REDACTED"
	// ListByoipPools GET /v1/byoip-pools marker=true 200 token="REDACTED"
}

// Test code that signs with an access key: the server verifies every
// signature and serves the project and domain lookups the SDK makes.
func ExampleServer_ConfigAccessKey() {
	srv := huaweitest.NewServer()
	defer srv.Close()

	_, err := poolCIDRs(context.Background(), hga.New(srv.ConfigAccessKey()))
	fmt.Println(err)
	for _, r := range srv.Requests() {
		fmt.Printf("%s %d domain=%q\n", r.Operation, r.Status, r.Header.Get("X-Domain-Id"))
	}
	// Output:
	// <nil>
	// KeystoneListAuthDomains 200 domain=""
	// ListByoipPools 200 domain="0c7a9e2f4b6d48e1a3c5f7092b4d6e8f"
	// ListByoipPools 200 domain="0c7a9e2f4b6d48e1a3c5f7092b4d6e8f"
	// ListByoipPools 200 domain="0c7a9e2f4b6d48e1a3c5f7092b4d6e8f"
}

// Every paginated operation pages for real, including those the emulator
// keeps no resources of its own for: seed such a listing with synthetic
// items, each shaped like the documented item, and page through it.
func ExampleAPIG_SeedListing() {
	srv := huaweitest.NewServer()
	defer srv.Close()

	if err := srv.APIG().SeedListing("ListApisV2", 1200); err != nil {
		fmt.Println(err)
		return
	}
	req := &apig.ListApisV2Request{InstanceID: huaweitest.DefaultInstanceID}
	n := 0
	for _, err := range apig.NewListApisV2Pager(apig.New(srv.Config()), req).All(context.Background()) {
		if err != nil {
			fmt.Println(err)
			return
		}
		n++
	}
	fmt.Println(n, "APIs in", srv.CountOf("ListApisV2"), "requests")
	// Output:
	// 1200 APIs in 3 requests
}

// Give a generic listing exactly the items your test needs; a marker
// listing pages by their ids.
func ExampleGA_SetListingItems() {
	srv := huaweitest.NewServer()
	defer srv.Close()

	err := srv.GA().SetListingItems("ListAccelerators",
		map[string]any{"id": "acc-1", "name": "web"}, map[string]any{"id": "acc-2", "name": "games"})
	if err != nil {
		fmt.Println(err)
		return
	}
	pager := hga.NewListAcceleratorsPager(hga.New(srv.Config()), &hga.ListAcceleratorsRequest{}, huawei.PageSize(1))
	for acc, err := range pager.All(context.Background()) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(acc.ID, acc.Name)
	}
	fmt.Println("requests:", srv.CountOf("ListAccelerators"))
	// Output:
	// acc-1 web
	// acc-2 games
	// requests: 2
}
