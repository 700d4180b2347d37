package alibabatest

import "slices"

// ForwardingRule is a Global Accelerator forwarding rule, with the members
// and JSON names ListForwardingRules answers.
type ForwardingRule struct {
	// AcceleratorID is the accelerator the rule's listener belongs to. It
	// is not part of the answer.
	AcceleratorID string `json:"-"`
	// Priority orders the listener's rules, 1 to 10000; lower is evaluated first.
	Priority int `json:"Priority"`
	// ForwardingRuleID identifies the rule ("frule-bp1…").
	ForwardingRuleID string `json:"ForwardingRuleId"`
	// ForwardingRuleName is the rule's display name.
	ForwardingRuleName string `json:"ForwardingRuleName"`
	// ForwardingRuleDirection is the traffic the rule applies to, usually "request".
	ForwardingRuleDirection string `json:"ForwardingRuleDirection"`
	// ForwardingRuleStatus is "active", "configuring" or "deleting".
	ForwardingRuleStatus string `json:"ForwardingRuleStatus"`
	// RuleConditions are the conditions that trigger the rule.
	RuleConditions []RuleCondition `json:"RuleConditions"`
	// RuleActions are what the rule does.
	RuleActions []RuleAction `json:"RuleActions"`
	// ListenerID is the listener the rule belongs to.
	ListenerID string `json:"ListenerId"`
	// ServiceID names the service managing the rule, if managed.
	ServiceID string `json:"ServiceId"`
	// ServiceManaged reports whether a service manages the rule.
	ServiceManaged bool `json:"ServiceManaged"`
	// ServiceManagedInfos lists what users may do to a managed rule.
	ServiceManagedInfos []ServiceManagedInfo `json:"ServiceManagedInfos"`
}

// RuleCondition is one condition of a forwarding rule.
type RuleCondition struct {
	// RuleConditionType is the kind of condition: Host, Path, RequestHeader, Query, Method, Cookie or SourceIP.
	RuleConditionType string `json:"RuleConditionType"`
	// RuleConditionValue is the condition as a JSON string, e.g. ["www.example.com"].
	RuleConditionValue string `json:"RuleConditionValue"`
	// PathConfig is the legacy path condition.
	PathConfig ValuesConfig `json:"PathConfig"`
	// HostConfig is the legacy host condition.
	HostConfig ValuesConfig `json:"HostConfig"`
}

// ValuesConfig is the legacy path or host configuration of a condition.
type ValuesConfig struct {
	// Values are the paths or host names.
	Values []string `json:"Values"`
}

// RuleAction is one action of a forwarding rule.
type RuleAction struct {
	// Order is the action's position (the service ignores it).
	Order int `json:"Order"`
	// RuleActionType is the kind of action: ForwardGroup, Redirect, FixResponse, Rewrite, AddHeader or RemoveHeader.
	RuleActionType string `json:"RuleActionType"`
	// RuleActionValue is the action as a JSON string.
	RuleActionValue string `json:"RuleActionValue"`
	// ForwardGroupConfig is the legacy forwarding configuration.
	ForwardGroupConfig ForwardGroupConfig `json:"ForwardGroupConfig"`
}

// ForwardGroupConfig is the legacy forwarding configuration of an action.
type ForwardGroupConfig struct {
	// ServerGroupTuples are the endpoint groups requests go to.
	ServerGroupTuples []ServerGroupTuple `json:"ServerGroupTuples"`
}

// ServerGroupTuple names one endpoint group of a forwarding action.
type ServerGroupTuple struct {
	// EndpointGroupID identifies the endpoint group ("epg-bp1…").
	EndpointGroupID string `json:"EndpointGroupId"`
}

// ServiceManagedInfo is one managed-instance policy of a forwarding rule.
type ServiceManagedInfo struct {
	// Action is the managed operation, e.g. "Update".
	Action string `json:"Action"`
	// ChildType is the child resource type when Action is CreateChild.
	ChildType string `json:"ChildType"`
	// IsManaged reports whether the managing service forbids Action to users.
	IsManaged bool `json:"IsManaged"`
}

// clone copies the rule deeply and turns nil lists into empty ones, which
// the cloud sends as [] rather than null.
func (r ForwardingRule) clone() ForwardingRule {
	r.RuleConditions = cloneConditions(r.RuleConditions)
	r.RuleActions = cloneActions(r.RuleActions)
	r.ServiceManagedInfos = append([]ServiceManagedInfo{}, r.ServiceManagedInfos...)
	return r
}

func cloneConditions(in []RuleCondition) []RuleCondition {
	out := make([]RuleCondition, len(in))
	for i, c := range in {
		c.PathConfig.Values = append([]string{}, c.PathConfig.Values...)
		c.HostConfig.Values = append([]string{}, c.HostConfig.Values...)
		out[i] = c
	}
	return out
}

func cloneActions(in []RuleAction) []RuleAction {
	out := make([]RuleAction, len(in))
	for i, a := range in {
		a.ForwardGroupConfig.ServerGroupTuples = append([]ServerGroupTuple{}, a.ForwardGroupConfig.ServerGroupTuples...)
		out[i] = a
	}
	return out
}

// PortMapping is a custom routing port mapping, with the members and
// JSON names ListCustomRoutingPortMappingsByDestination answers.
type PortMapping struct {
	// AcceleratorID is the accelerator the mapping belongs to.
	AcceleratorID string `json:"AcceleratorId"`
	// ListenerID is the custom routing listener the mapping belongs to.
	ListenerID string `json:"ListenerId"`
	// EndpointGroupID is the endpoint group of the backend.
	EndpointGroupID string `json:"EndpointGroupId"`
	// EndpointID is the endpoint (a vSwitch) of the backend.
	EndpointID string `json:"EndpointId"`
	// EndpointGroupRegion is the region of the endpoint group.
	EndpointGroupRegion string `json:"EndpointGroupRegion"`
	// Vswitch names the vSwitch of the endpoint.
	Vswitch string `json:"Vswitch"`
	// AcceleratorPort is the port clients connect to.
	AcceleratorPort int `json:"AcceleratorPort"`
	// Protocols are the backend's protocols, TCP and/or UDP.
	Protocols []string `json:"Protocols"`
	// DestinationTrafficState is "allow" or "deny".
	DestinationTrafficState string `json:"DestinationTrafficState"`
	// DestinationSocketAddress is where the traffic goes.
	DestinationSocketAddress SocketAddress `json:"DestinationSocketAddress"`
}

// SocketAddress is a backend instance's service address and port.
type SocketAddress struct {
	// IPAddress is the backend instance's service address.
	IPAddress string `json:"IpAddress"`
	// Port is the backend instance's service port.
	Port int `json:"Port"`
}

// clone copies the mapping deeply, with [] for a nil Protocols.
func (m PortMapping) clone() PortMapping {
	m.Protocols = append([]string{}, m.Protocols...)
	return m
}

// cloneAll copies every element with its clone method.
func cloneAll[T interface{ clone() T }](in []T) []T {
	out := slices.Clone(in)
	for i := range out {
		out[i] = out[i].clone()
	}
	return out
}
