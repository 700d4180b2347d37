package ga_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/alibaba/ga"
	"github.com/polycloud-go/polycloud/internal/codegen/gentest"
	"github.com/polycloud-go/polycloud/internal/jsonx"
)

func TestListForwardingRulesSendsParameters(t *testing.T) {
	c, srv := newClient(t, gentest.Reply{Body: []byte(`{"RequestId":"r-1"}`)})
	_, err := c.ListForwardingRules(testContext(t), &ga.ListForwardingRulesRequest{
		AcceleratorID:    "ga-bp17frjjh0udz4qzk****",
		ListenerID:       "lsr-bp1s0vzbi5bxlx5pw****",
		ForwardingRuleID: "frule-bp19a3t3yzr21q3****",
		NextToken:        "FFmyTO70tTpLG6I3FmYAXGKPd****",
		MaxResults:       20,
	})
	require.NoError(t, err)
	gentest.AssertRPC(t, srv.Single(t), gentest.RPC{
		Action: "ListForwardingRules", Version: "2019-11-20", RegionID: "cn-hangzhou", ClientToken: true,
		Params: map[string]string{
			"AcceleratorId":    "ga-bp17frjjh0udz4qzk****",
			"ListenerId":       "lsr-bp1s0vzbi5bxlx5pw****",
			"ForwardingRuleId": "frule-bp19a3t3yzr21q3****",
			"NextToken":        "FFmyTO70tTpLG6I3FmYAXGKPd****",
			"MaxResults":       "20",
		},
	})
}

// A ClientToken and RegionId set by the caller are sent as they are.
func TestListForwardingRulesKeepsCallerTokenAndRegion(t *testing.T) {
	c, srv := newClient(t, gentest.Reply{Body: []byte(`{}`)})
	_, err := c.ListForwardingRules(testContext(t), &ga.ListForwardingRulesRequest{
		AcceleratorID: "ga-1", ListenerID: "lsr-1", ClientToken: "token-1", RegionID: "cn-hangzhou",
	})
	require.NoError(t, err)
	gentest.AssertRPC(t, srv.Single(t), gentest.RPC{
		Action: "ListForwardingRules", Version: "2019-11-20", RegionID: "cn-hangzhou",
		Params: map[string]string{"AcceleratorId": "ga-1", "ListenerId": "lsr-1", "ClientToken": "token-1"},
	})
}

func TestListForwardingRulesDecodesExample(t *testing.T) {
	example := gentest.Testdata(t, "ListForwardingRules.json")
	c, _ := newClient(t, gentest.Reply{Body: example})
	out, err := c.ListForwardingRules(testContext(t), &ga.ListForwardingRulesRequest{AcceleratorID: "ga-1", ListenerID: "lsr-1"})
	require.NoError(t, err)
	assert.Equal(t, exampleForwardingRules(), out)

	again, err := jsonx.Marshal(out)
	require.NoError(t, err)
	gentest.AssertKeysKept(t, example, again)
}

func exampleForwardingRules() *ga.ListForwardingRulesResponse {
	return &ga.ListForwardingRulesResponse{
		RequestID: "CFC67ED9-4AB1-431F-B6E3-A752B7B8CCD4", TotalCount: 1,
		NextToken: "FFmyTO70tTpLG6I3FmYAXGKPd****", MaxResults: 20,
		ForwardingRules: []ga.ForwardingRule{{
			Priority: 1000, ForwardingRuleID: "frule-bp19a3t3yzr21q3****", ForwardingRuleName: "auto_named_rule",
			ForwardingRuleDirection: "request", ForwardingRuleStatus: "active",
			RuleConditions: []ga.RuleCondition{{
				RuleConditionType:  "Host",
				RuleConditionValue: `["www.example.com", "www.aliyun.com"]`,
				PathConfig:         ga.RuleConditionValues{Values: []string{"/test"}},
				HostConfig:         ga.RuleConditionValues{Values: []string{"www.example.com"}},
			}},
			RuleActions: []ga.RuleAction{{
				Order: 1, RuleActionType: "ForwardGroup",
				RuleActionValue: `[{"type":"endpointgroup", "value":"epg-bp1enpdcrqhl78g6r****"}]`,
				ForwardGroupConfig: ga.ForwardGroupConfig{
					ServerGroupTuples: []ga.ServerGroupTuple{{EndpointGroupID: "epg-bp1enpdcrqhl78g6r****"}},
				},
			}},
			ListenerID: "lsr-bp1s0vzbi5bxlx5****", ServiceID: "ALB", ServiceManaged: true,
			ServiceManagedInfos: []ga.ServiceManagedInfo{{Action: "Update", ChildType: "Listener", IsManaged: false}},
		}},
	}
}

func TestListForwardingRulesRefusesBadRequests(t *testing.T) {
	tests := []struct {
		name           string
		req            *ga.ListForwardingRulesRequest
		field, problem string
	}{
		{"nil request", nil, "AcceleratorId", "is required"},
		{"no accelerator", &ga.ListForwardingRulesRequest{ListenerID: "lsr-1"}, "AcceleratorId", "is required"},
		{"no listener", &ga.ListForwardingRulesRequest{AcceleratorID: "ga-1"}, "ListenerId", "is required"},
		{"page too large", &ga.ListForwardingRulesRequest{AcceleratorID: "ga-1", ListenerID: "lsr-1", MaxResults: 101}, "MaxResults", "must be between 1 and 100"},
		{"negative page", &ga.ListForwardingRulesRequest{AcceleratorID: "ga-1", ListenerID: "lsr-1", MaxResults: -1}, "MaxResults", "must be between 1 and 100"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, srv := newClient(t, gentest.Reply{Body: []byte(`{}`)})
			out, err := c.ListForwardingRules(testContext(t), tt.req)
			assert.Nil(t, out)
			gentest.AssertRefused(t, srv, err, refusal("ListForwardingRules", tt.field, tt.problem))
		})
	}
}
