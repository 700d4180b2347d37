package codegen

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func planFor(t *testing.T, dir, op string) pagerPlan {
	t.Helper()
	s, err := Load(dir + "/spec.json")
	require.NoError(t, err)
	g := newGenerator(s, Options{})
	for i := range s.Operations {
		if s.Operations[i].Name == op {
			return g.pagerPlan(&s.Operations[i])
		}
	}
	t.Fatalf("no operation %s", op)
	return pagerPlan{}
}

func TestPagerPlans(t *testing.T) {
	tests := []struct {
		dir, op string
		want    pagerPlan
	}{
		{"testdata/huawei", "ListThings", pagerPlan{
			Style: "Marker", Operation: "ListThings", Request: "ListThingsRequest", Response: "ListThingsResponse", Item: "Thing",
			Position: "Marker", PositionType: "string", Size: "Limit", SizeType: "int32",
			NextPosition: "PageInfo.NextMarker", Items: "Things", DefaultSize: 500, MaxSize: 2000,
		}},
		{"testdata/huawei", "ListRules", pagerPlan{
			Style: "Offset", Operation: "ListRules", Request: "ListRulesRequest", Response: "ListRulesResponse", Item: "Rule",
			Position: "Offset", PositionType: "int64", Size: "Limit", SizeType: "int32",
			Items: "Rules", Total: "Total", TotalType: "int64", MaxSize: 500,
		}},
		{"testdata/alibaba", "ListWidgets", pagerPlan{
			Style: "PageNumber", Operation: "ListWidgets", Request: "ListWidgetsRequest", Response: "ListWidgetsResponse", Item: "Widget",
			Position: "PageNumber", PositionType: "int32", Size: "PageSize", SizeType: "int32",
			Items: "Widgets", Total: "TotalCount", TotalType: "int32", EchoedSize: "PageSize", EchoedType: "int32",
			DefaultSize: 10, MaxSize: 100,
		}},
		{"testdata/alibaba", "ListSprockets", pagerPlan{
			Style: "PageNumber", Operation: "ListSprockets", Request: "ListSprocketsRequest", Response: "ListSprocketsResponse", Item: "string",
			Position: "PageNumber", PositionType: "string", Size: "PageSize", SizeType: "string",
			Items: "Sprockets", Total: "TotalCount", TotalType: "string", EchoedSize: "PageSize", EchoedType: "string",
		}},
		{"testdata/huawei", "ListEvents", pagerPlan{
			Style: "Offset", Operation: "ListEvents", Request: "ListEventsRequest", Response: "ListEventsResponse", Item: "Label",
			Position: "Offset", PositionType: "*int32", Size: "Limit", SizeType: "string",
			Items: "Events", Total: "Total", TotalType: "string", DefaultSize: 20,
		}},
		{"../../alibaba/ga", "ListForwardingRules", pagerPlan{
			Style: "NextToken", Operation: "ListForwardingRules", Request: "ListForwardingRulesRequest",
			Response: "ListForwardingRulesResponse", Item: "ForwardingRule",
			Position: "NextToken", PositionType: "string", Size: "MaxResults", SizeType: "int32",
			NextPosition: "NextToken", Items: "ForwardingRules", EchoedSize: "MaxResults", EchoedType: "int32",
			DefaultSize: 20, MaxSize: 100, ClientToken: "ClientToken",
		}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, planFor(t, tt.dir, tt.op), tt.op)
	}
}
