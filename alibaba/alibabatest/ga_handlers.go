package alibabatest

import (
	"net/http"

	"github.com/polycloud-go/polycloud/internal/emu"
)

// registerGA declares the Global Accelerator actions the server serves.
func (s *Server) registerGA() {
	s.handleListing(gaVersion, "ListForwardingRules", emu.Listing{
		Style: emu.NextToken, PositionParam: "NextToken", SizeParam: "MaxResults",
		Required: []string{"RegionId", "AcceleratorId", "ListenerId"},
		// TotalCount is "the number of entries returned": this page's count.
		ItemsKey: "ForwardingRules", TokenKey: "NextToken", CountKey: "TotalCount", SizeKey: "MaxResults",
		DefaultSize: 20, MinSize: 1, MaxSize: 100,
		Items: s.ga.forwardingRuleItems,
	})
	s.handleListing(gaVersion, "ListCustomRoutingPortMappingsByDestination", emu.Listing{
		Style: emu.PageNumber, PositionParam: "PageNumber", SizeParam: "PageSize",
		Required: []string{"RegionId", "EndpointId", "DestinationAddress"},
		ItemsKey: "PortMappings", TotalKey: "TotalCount", SizeKey: "PageSize", NumberKey: "PageNumber",
		DefaultSize: 10, MinSize: 1, MaxSize: 50,
		Items: s.ga.portMappingItems,
	})
}

// checkGARegion refuses any RegionId but cn-hangzhou: GA is global and is
// always addressed there.
func checkGARegion(req *emu.Request) error {
	if r := req.Params.Get("RegionId"); r != Region {
		return newError(http.StatusBadRequest, "InvalidRegionId",
			"The specified RegionId "+r+" is not valid: Global Accelerator is addressed as cn-hangzhou.")
	}
	return nil
}

// forwardingRuleItems lists the rules of the request's listener.
func (g *GA) forwardingRuleItems(req *emu.Request) ([]any, error) {
	if err := checkGARegion(req); err != nil {
		return nil, err
	}
	acc, lsr, only := req.Params.Get("AcceleratorId"), req.Params.Get("ListenerId"), req.Params.Get("ForwardingRuleId")
	g.mu.Lock()
	defer g.mu.Unlock()
	if err := g.checkListener(acc, lsr); err != nil {
		return nil, err
	}
	var out []any
	for _, r := range g.rules {
		if r.ListenerID == lsr && (only == "" || r.ForwardingRuleID == only) {
			out = append(out, r.clone())
		}
	}
	return out, nil
}

// checkListener answers as GA does for unknown parents. g.mu is held.
func (g *GA) checkListener(acceleratorID, listenerID string) error {
	if !g.hasAccelerator(acceleratorID) {
		return newError(http.StatusBadRequest, "NotExist.Accelerator", "The accelerated instance does not exist.")
	}
	if g.listeners[listenerID] != acceleratorID {
		return newError(http.StatusBadRequest, "NotExist.Listener", "The listener does not exist.")
	}
	return nil
}

func (g *GA) hasAccelerator(id string) bool {
	for _, acc := range g.listeners {
		if acc == id {
			return true
		}
	}
	return false
}

// portMappingItems lists the mappings of the request's destination.
func (g *GA) portMappingItems(req *emu.Request) ([]any, error) {
	if err := checkGARegion(req); err != nil {
		return nil, err
	}
	var out []any
	for _, m := range g.PortMappings(req.Params.Get("EndpointId"), req.Params.Get("DestinationAddress")) {
		out = append(out, m)
	}
	return out, nil
}
