package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/polycloud-go/polycloud/huawei"
	"github.com/polycloud-go/polycloud/huawei/apig"
	hga "github.com/polycloud-go/polycloud/huawei/ga"
)

// byoipPools lists BYOIP pools item by item; the pager sends limit with
// every marker and stops when next_marker is empty.
func (t *huaweiTarget) byoipPools(ctx context.Context, w io.Writer) error {
	heading(w, "Huawei GA ListByoipPools — marker/limit, item by item (domain-scoped token)")
	n := 0
	pager := hga.NewListByoipPoolsPager(hga.New(t.cfg), nil, huawei.PageSize(3))
	for pool, err := range pager.All(ctx) {
		if err != nil {
			return err
		}
		n++
		fmt.Fprintf(w, "  %s  %-18s %s %s\n", pool.ID, pool.CIDR, pool.IPType, pool.Area)
	}
	fmt.Fprintf(w, "  %d pools, fetched 3 per page\n", n)
	return nil
}

const ingressTitle = "Huawei APIG AddCustomIngressPort (project-scoped token, project ID from the token)"

// addIngressPort adds an inbound port to a gateway, then shows that an
// out-of-range port is refused before anything is sent. It is the one write
// of the walk-through, so it runs only against the emulator.
func (t *huaweiTarget) addIngressPort(ctx context.Context, w io.Writer) error {
	if t.emulator == nil {
		skipped(w, ingressTitle, "it creates a resource, and this walk-through is read-only against a real cloud")
		return nil
	}
	heading(w, ingressTitle)
	c := apig.New(t.cfg)
	port, err := c.AddCustomIngressPort(ctx, &apig.AddCustomIngressPortRequest{
		InstanceID: t.instance, Protocol: apig.IngressProtocolHTTPS, IngressPort: 9443,
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  added %s port %d (id %s, %s)\n", port.Protocol, port.IngressPort, port.IngressPortID, port.Status)
	_, err = c.AddCustomIngressPort(ctx, &apig.AddCustomIngressPortRequest{InstanceID: t.instance, Protocol: apig.IngressProtocolHTTP, IngressPort: 80})
	var paramErr *huawei.ParamError
	if !errors.As(err, &paramErr) {
		return fmt.Errorf("expected a *huawei.ParamError, got %v", err)
	}
	fmt.Fprintf(w, "  port 80 refused before sending: %v\n", err)
	return nil
}

const portsTitle = "Huawei APIG ListCustomIngressPorts — offset/limit, page by page"

// ingressPorts reads a gateway's inbound ports two per page; the pager
// advances the offset by what each page returned and stops at total.
func (t *huaweiTarget) ingressPorts(ctx context.Context, w io.Writer) error {
	if t.instance == "" {
		skipped(w, portsTitle, "set POLYCLOUD_APIG_INSTANCE_ID")
		return nil
	}
	heading(w, portsTitle)
	req := &apig.ListCustomIngressPortsRequest{InstanceID: t.instance}
	offset := 0
	for page, err := range apig.NewListCustomIngressPortsPager(apig.New(t.cfg), req, huawei.PageSize(2)).Pages(ctx) {
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "  offset %d: %d of %d ports:", offset, len(page.IngressPortInfos), page.Total)
		for _, p := range page.IngressPortInfos {
			fmt.Fprintf(w, " %s/%d", p.Protocol, p.IngressPort)
		}
		fmt.Fprintln(w)
		offset += len(page.IngressPortInfos)
	}
	return nil
}

// reauthentication expires every token the emulator issued: the next call
// gets a 401, and the client fetches one new token and replays the call.
func (t *huaweiTarget) reauthentication(ctx context.Context, w io.Writer) error {
	heading(w, "Tokens: the emulator expires every token it issued")
	c := hga.New(t.cfg)
	if _, err := c.ListByoipPools(ctx, nil); err != nil {
		return err
	}
	before := t.emulator.IAMCalls()
	t.emulator.ExpireTokens()
	if _, err := c.ListByoipPools(ctx, nil); err != nil {
		return err
	}
	fmt.Fprintf(w, "  the next call was rejected with 401, re-authenticated (%d new IAM call) and replayed\n", t.emulator.IAMCalls()-before)
	return nil
}
