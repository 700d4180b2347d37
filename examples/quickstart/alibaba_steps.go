package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/alibaba/alibabatest"
	"github.com/polycloud-go/polycloud/alibaba/apigateway"
	"github.com/polycloud-go/polycloud/alibaba/ga"
)

const rulesTitle = "Alibaba GA ListForwardingRules — NextToken/MaxResults, item by item"

// forwardingRules iterates every rule of a listener with All, printing
// progress as pages arrive.
func (t *alibabaTarget) forwardingRules(ctx context.Context, w io.Writer) error {
	if t.ids.accelerator == "" || t.ids.listener == "" {
		skipped(w, rulesTitle, "set POLYCLOUD_GA_ACCELERATOR_ID and POLYCLOUD_GA_LISTENER_ID")
		return nil
	}
	heading(w, rulesTitle)
	req := &ga.ListForwardingRulesRequest{AcceleratorID: t.ids.accelerator, ListenerID: t.ids.listener}
	n := 0
	for rule, err := range ga.NewListForwardingRulesPager(ga.New(t.cfg), req).All(ctx) {
		if err != nil {
			return err
		}
		if n++; n <= 3 {
			fmt.Fprintf(w, "  %-28s %-12s priority %d, %s\n", rule.ForwardingRuleID, rule.ForwardingRuleName, rule.Priority, rule.ForwardingRuleStatus)
		} else if n%25 == 0 {
			fmt.Fprintf(w, "  … %d rules so far\n", n)
		}
	}
	fmt.Fprintf(w, "  %d forwarding rules in all\n", n)
	return nil
}

const mappingsTitle = "Alibaba GA ListCustomRoutingPortMappingsByDestination — PageNumber/PageSize, page by page"

// portMappings reads port mappings a page at a time with Pages.
func (t *alibabaTarget) portMappings(ctx context.Context, w io.Writer) error {
	if t.ids.endpoint == "" || t.ids.destination == "" {
		skipped(w, mappingsTitle, "set POLYCLOUD_GA_ENDPOINT_ID and POLYCLOUD_GA_DESTINATION")
		return nil
	}
	heading(w, mappingsTitle)
	req := &ga.ListCustomRoutingPortMappingsByDestinationRequest{EndpointID: t.ids.endpoint, DestinationAddress: t.ids.destination}
	pager := ga.NewListCustomRoutingPortMappingsByDestinationPager(ga.New(t.cfg), req, alibaba.PageSize(10))
	for page, err := range pager.Pages(ctx) {
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "  page %d: %d of %d mappings", page.PageNumber, len(page.PortMappings), page.TotalCount)
		if len(page.PortMappings) > 0 {
			m := page.PortMappings[0]
			fmt.Fprintf(w, " (first: port %d → %s:%d)", m.AcceleratorPort, m.DestinationSocketAddress.IPAddress, m.DestinationSocketAddress.Port)
		}
		fmt.Fprintln(w)
	}
	return nil
}

const backendTitle = "Alibaba API Gateway DescribeBackendInfo"

// backendInfo describes one backend service and its per-environment settings.
func (t *alibabaTarget) backendInfo(ctx context.Context, w io.Writer) error {
	if t.ids.backend == "" {
		skipped(w, backendTitle, "set POLYCLOUD_APIGATEWAY_BACKEND_ID")
		return nil
	}
	heading(w, backendTitle)
	out, err := apigateway.New(t.cfg).DescribeBackendInfo(ctx, &apigateway.DescribeBackendInfoRequest{BackendID: t.ids.backend})
	if err != nil {
		return err
	}
	b := out.BackendInfo
	fmt.Fprintf(w, "  %s (%s backend %s), request id %s\n", b.BackendName, b.BackendType, b.BackendID, out.RequestID)
	for _, m := range b.BackendModels {
		fmt.Fprintf(w, "  %-8s %s backend, VPC %s port %d\n", m.StageName, m.BackendConfig.Type, m.BackendConfig.VPCConfig.VPCID, m.BackendConfig.VPCConfig.Port)
	}
	return nil
}

// retries has the emulator throttle the next two calls, as Alibaba does
// (HTTP 400, Code Throttling.User): the call is retried, re-signed with a
// fresh nonce each time, and succeeds.
func (t *alibabaTarget) retries(ctx context.Context, w io.Writer) error {
	heading(w, "Retries: the emulator throttles the next 2 calls")
	t.emulator.Inject("DescribeBackendInfo", alibabatest.Throttle(2))
	before := t.emulator.CountOf("DescribeBackendInfo")
	if _, err := apigateway.New(t.cfg).DescribeBackendInfo(ctx, &apigateway.DescribeBackendInfoRequest{BackendID: t.ids.backend}); err != nil {
		return err
	}
	fmt.Fprintf(w, "  succeeded after %d attempts, each signed afresh\n", t.emulator.CountOf("DescribeBackendInfo")-before)
	return nil
}

// refusedRequest shows a typed error for a request that cannot succeed:
// nothing is sent.
func (t *alibabaTarget) refusedRequest(ctx context.Context, w io.Writer) error {
	heading(w, "Errors: a request missing a required field is refused before sending")
	_, err := ga.New(t.cfg).ListForwardingRules(ctx, &ga.ListForwardingRulesRequest{AcceleratorID: t.ids.accelerator})
	var paramErr *alibaba.ParamError
	if !errors.As(err, &paramErr) {
		return fmt.Errorf("expected a *alibaba.ParamError, got %v", err)
	}
	fmt.Fprintf(w, "  %v\n  (field %s; errors.Is(err, alibaba.ErrInvalidArgument) = %t)\n",
		err, paramErr.Field, errors.Is(err, alibaba.ErrInvalidArgument))
	return nil
}
