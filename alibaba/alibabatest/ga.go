package alibabatest

import (
	"fmt"
	"sync"

	"github.com/polycloud-go/polycloud/internal/emu"
)

// The Global Accelerator resources a new Server holds, unless started
// WithoutSeed.
const (
	// DefaultAcceleratorID is the seeded accelerator.
	DefaultAcceleratorID = "ga-bp1odcab8tmno0hdq7x2k"
	// DefaultListenerID is the seeded HTTP listener of DefaultAcceleratorID,
	// which carries SeededForwardingRules forwarding rules.
	DefaultListenerID = "lsr-bp1s0vzbi5bxlx5pw3m9q"
	// DefaultEndpointID is the seeded custom routing endpoint.
	DefaultEndpointID = "ep-bp16jdc00bhe97sr5q8tz"
	// DefaultDestinationAddress is the backend instance behind
	// DefaultEndpointID, which has SeededPortMappings port mappings.
	DefaultDestinationAddress = "10.0.3.27"
	// SeededForwardingRules is how many rules DefaultListenerID has: three
	// pages at the default MaxResults of 20.
	SeededForwardingRules = 45
	// SeededPortMappings is how many port mappings the default destination
	// has: three pages at the default PageSize of 10.
	SeededPortMappings = 23
)

// Parents of the seeded port mappings.
const (
	customRoutingListenerID = "lsr-bp1crt7qz2m5xk9w4n0ya"
	customRoutingGroupID    = "epg-bp14sz7ftcwwjgrdm0v3n"
)

// GA is a server's Global Accelerator state: accelerators and their
// listeners, forwarding rules and custom routing port mappings, and the
// items of the generic listings (SeedListing). Seed it
// before (or while) your code runs; it is safe for concurrent use.
type GA struct {
	ids       *emu.IDs
	mu        sync.Mutex
	listeners map[string]string // listener ID → accelerator ID
	rules     []ForwardingRule
	mappings  []PortMapping
	listings  emu.Synthetic // the generic listings (listings.go)
}

func newGA(s *Server) *GA { return &GA{ids: s.ids, listeners: map[string]string{}} }

func (g *GA) seed() {
	g.AddForwardingRules(DefaultAcceleratorID, DefaultListenerID, SeededForwardingRules)
	g.AddPortMappings(DefaultEndpointID, DefaultDestinationAddress, SeededPortMappings)
}

// AddForwardingRules adds n forwarding rules with generated IDs and
// sensible contents to the listener, creating the accelerator and the
// listener if they are new (n may be 0 to create just them). It returns
// the new rules.
func (g *GA) AddForwardingRules(acceleratorID, listenerID string, n int) []ForwardingRule {
	out := make([]ForwardingRule, 0, max(n, 0))
	g.AddListener(acceleratorID, listenerID)
	for range n {
		out = append(out, g.AddForwardingRule(ForwardingRule{AcceleratorID: acceleratorID, ListenerID: listenerID}))
	}
	return out
}

// AddListener makes listenerID a listener of acceleratorID, creating both
// if they are new. ListForwardingRules answers NotExist.Accelerator or
// NotExist.Listener for IDs that were never added.
func (g *GA) AddListener(acceleratorID, listenerID string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.listeners[listenerID] = acceleratorID
}

// AddForwardingRule adds rule after the listener's other rules and returns
// it as stored. Empty fields get defaults: the default accelerator and
// listener, a generated ID, the next priority, a name, direction
// "request", status "active", a Host condition and a ForwardGroup action.
func (g *GA) AddForwardingRule(rule ForwardingRule) ForwardingRule {
	rule = rule.clone()
	g.mu.Lock()
	defer g.mu.Unlock()
	g.fillRule(&rule)
	g.listeners[rule.ListenerID] = rule.AcceleratorID
	g.rules = append(g.rules, rule)
	return rule.clone()
}

// ForwardingRules returns copies of the listener's rules, in order.
func (g *GA) ForwardingRules(acceleratorID, listenerID string) []ForwardingRule {
	g.mu.Lock()
	defer g.mu.Unlock()
	var out []ForwardingRule
	for _, r := range g.rules {
		if r.AcceleratorID == acceleratorID && r.ListenerID == listenerID {
			out = append(out, r.clone())
		}
	}
	return out
}

// fillRule gives the rule's empty fields their defaults. g.mu is held.
func (g *GA) fillRule(r *ForwardingRule) {
	r.AcceleratorID = or(r.AcceleratorID, DefaultAcceleratorID)
	r.ListenerID = or(r.ListenerID, DefaultListenerID)
	n := g.countRules(r.ListenerID) + 1
	r.ForwardingRuleID = or(r.ForwardingRuleID, g.ids.Alibaba("frule"))
	r.ForwardingRuleName = or(r.ForwardingRuleName, fmt.Sprintf("rule-%03d", n))
	r.ForwardingRuleDirection = or(r.ForwardingRuleDirection, "request")
	r.ForwardingRuleStatus = or(r.ForwardingRuleStatus, "active")
	if r.Priority == 0 {
		r.Priority = min(10*n, 10000)
	}
	if len(r.RuleConditions) == 0 {
		r.RuleConditions = []RuleCondition{hostCondition(fmt.Sprintf("app%d.example.com", n))}
	}
	if len(r.RuleActions) == 0 {
		r.RuleActions = []RuleAction{forwardAction(g.ids.Alibaba("epg"))}
	}
}

func (g *GA) countRules(listenerID string) int {
	n := 0
	for _, r := range g.rules {
		if r.ListenerID == listenerID {
			n++
		}
	}
	return n
}

func hostCondition(host string) RuleCondition {
	return RuleCondition{
		RuleConditionType:  "Host",
		RuleConditionValue: `["` + host + `"]`,
		PathConfig:         ValuesConfig{Values: []string{}},
		HostConfig:         ValuesConfig{Values: []string{host}},
	}
}

func forwardAction(endpointGroupID string) RuleAction {
	return RuleAction{
		Order:              1,
		RuleActionType:     "ForwardGroup",
		RuleActionValue:    `[{"type":"endpointgroup","value":"` + endpointGroupID + `"}]`,
		ForwardGroupConfig: ForwardGroupConfig{ServerGroupTuples: []ServerGroupTuple{{EndpointGroupID: endpointGroupID}}},
	}
}

// or returns v, or def when v is empty.
func or(v, def string) string {
	if v == "" {
		return def
	}
	return v
}
