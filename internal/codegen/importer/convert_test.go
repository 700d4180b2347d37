package importer

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/internal/codegen"
)

// lookup finds things in a converted spec by name.
type lookup struct {
	t *testing.T
	s *codegen.Spec
}

func convertFixture(t *testing.T, name string) lookup {
	s, _ := convertCase(t, filepath.Join("testdata", name), Options{})
	return lookup{t, s}
}

func (l lookup) op(name string) *codegen.Operation {
	for i := range l.s.Operations {
		if l.s.Operations[i].Name == name {
			return &l.s.Operations[i]
		}
	}
	l.t.Fatalf("no operation %s", name)
	return nil
}

func (l lookup) shape(name string) *codegen.Shape {
	for i := range l.s.Shapes {
		if l.s.Shapes[i].Name == name {
			return &l.s.Shapes[i]
		}
	}
	l.t.Fatalf("no shape %s", name)
	return nil
}

func (l lookup) enum(name string) *codegen.Enum {
	for i := range l.s.Enums {
		if l.s.Enums[i].Name == name {
			return &l.s.Enums[i]
		}
	}
	l.t.Fatalf("no enum %s", name)
	return nil
}

func field(t *testing.T, fs []codegen.Field, wire string) codegen.Field {
	t.Helper()
	for _, f := range fs {
		if f.Name == wire {
			return f
		}
	}
	t.Fatalf("no field %s", wire)
	return codegen.Field{}
}

func elemRef(f codegen.Field) string {
	if f.Items != nil {
		return f.Items.Ref
	}
	if f.Values != nil {
		return f.Values.Ref
	}
	return f.Ref
}

func TestAlibabaNaming(t *testing.T) {
	l := convertFixture(t, "alibaba")
	// List elements are named after the list, singular; a wrapper after its inner key.
	assert.Equal(t, "Listener", elemRef(field(t, l.op("ListListeners").Output, "Listeners")))
	assert.Equal(t, "APISummary", elemRef(field(t, l.op("DescribeApis").Output, "ApiSummarys")))
	// Two shapes wanting PortRange: the one used most keeps it, the other is qualified by its parent.
	assert.Equal(t, "PortRange", elemRef(field(t, l.op("CreateListener").Input, "PortRanges")))
	assert.Equal(t, "ListenerPortRange", elemRef(field(t, l.shape("Listener").Fields, "PortRanges")))
	// A request element and a response element that lose ForwardingRule to the hand-written one.
	assert.Equal(t, "CreateForwardingRule", elemRef(field(t, l.op("CreateForwardingRules").Input, "ForwardingRules")))
	assert.Equal(t, "ForwardingRuleItem", elemRef(field(t, l.op("CreateForwardingRules").Output, "ForwardingRules")))
}

func TestAlibabaSharing(t *testing.T) {
	l := convertFixture(t, "alibaba")
	// Identical structures share one shape: UpdateListener's and DescribeListener's port ranges
	// are CreateListener's, the request Tag is the response TagInfo.
	for _, f := range []codegen.Field{
		field(t, l.op("UpdateListener").Input, "PortRanges"), field(t, l.op("DescribeListener").Output, "PortRanges"),
	} {
		assert.Equal(t, "PortRange", elemRef(f))
	}
	assert.Equal(t, "Tag", elemRef(field(t, l.shape("APISummary").Fields, "Tags")))
	assert.Equal(t, "Tag", elemRef(field(t, l.op("TagResources").Input, "Tag")))
	// The hand-written RuleCondition is shared by the create request.
	assert.Equal(t, "RuleCondition", elemRef(field(t, l.shape("CreateForwardingRule").Fields, "RuleConditions")))
	// Shared, required only where every request requires it.
	pr := l.shape("PortRange")
	assert.True(t, field(t, pr.Fields, "FromPort").Required)
	assert.False(t, field(t, pr.Fields, "ToPort").Required, "UpdateListener does not require ToPort")
	assert.False(t, field(t, l.shape("Tag").Fields, "Key").Required, "TagResources does not require Key")
}

func TestAlibabaWireFacts(t *testing.T) {
	l := convertFixture(t, "alibaba")
	in := l.op("CreateForwardingRules").Input
	assert.Equal(t, "clientToken", field(t, in, "ClientToken").Fill)
	region := field(t, in, "RegionId")
	assert.Equal(t, "regionId", region.Fill)
	assert.False(t, region.Required, "RegionId is filled, never required client-side")
	rules := field(t, in, "ForwardingRules")
	assert.Equal(t, "form", rules.Location)
	assert.Equal(t, "repeatList", rules.Style)

	describe := l.op("DescribeApis")
	assert.Equal(t, "signer", field(t, describe.Input, "SecurityToken").Fill)
	assert.Equal(t, "simple", field(t, describe.Input, "GroupIds").Style)
	opts := field(t, describe.Input, "Options")
	assert.Equal(t, "json", opts.Style)
	assert.True(t, opts.Pointer, "an object sent as JSON is a pointer")
	assert.True(t, field(t, l.op("CreateListener").Input, "ProxyProtocol").Pointer, "request booleans are pointers")
	assert.False(t, field(t, l.shape("ForwardingRule").Fields, "ServiceManaged").Pointer, "response booleans are not")

	msgs := field(t, describe.Output, "ErrorMessages")
	assert.Equal(t, "ErrorMessage", msgs.Wrap)
	assert.Equal(t, typeString, msgs.Items.Type)
	assert.Equal(t, "ApiSummarys", describe.Pagination.Items, "the wrapper's inner key is dropped from the path")

	listener := l.shape("Listener")
	assert.Equal(t, typeInt64, field(t, listener.Fields, "Bandwidth").Type)
	assert.Equal(t, typeFloat64, field(t, listener.Fields, "Weight").Type)

	assert.True(t, l.op("ListListeners").Idempotent)
	assert.True(t, l.op("DescribeApis").Idempotent)
	assert.False(t, l.op("CreateListener").Idempotent)
	assert.Equal(t, "https://api.aliyun.com/api/Widgets/2020-01-01/TagResources", l.op("TagResources").DocURL)
	assert.Equal(t, "tags resources.", l.op("TagResources").Doc)
}

func TestAlibabaMergeKeepsHandWritten(t *testing.T) {
	l := convertFixture(t, "alibaba")
	op := l.op("ListForwardingRules")
	assert.Equal(t, "lists the custom forwarding rules of a listener.", op.Doc)
	names := []string{}
	for _, f := range op.Input {
		names = append(names, f.Name)
	}
	assert.Equal(t, []string{"ListenerId", "NextToken", "MaxResults", "RegionId", "ClientToken"}, names,
		"hand-written order first, then what only the facts have")
	listener := field(t, op.Input, "ListenerId")
	assert.Equal(t, "Listener", listener.GoName)
	assert.Equal(t, "is the ID of the listener.", listener.Doc)
	maxResults := field(t, op.Input, "MaxResults")
	assert.Equal(t, "100", string(*maxResults.Range.Max))
	assert.JSONEq(t, "20", string(maxResults.Default))
	assert.Equal(t, 100, op.Pagination.MaxPageSize)

	rule := l.shape("ForwardingRule")
	assert.Equal(t, "is a custom forwarding rule of a listener.", rule.Doc)
	assert.Equal(t, "is the rule's priority.", field(t, rule.Fields, "Priority").Doc)
	assert.Equal(t, "ServiceManaged", rule.Fields[len(rule.Fields)-1].Name, "a member only the facts know is appended")
	assert.Equal(t, "RuleConditionValues", field(t, l.shape("RuleCondition").Fields, "PathConfig").Ref)
}

func TestHuaweiWireFacts(t *testing.T) {
	l := convertFixture(t, "huawei")
	quotas := l.op("ListTenantQuotas")
	assert.Empty(t, quotas.Input, "{domain_id} is filled by the client")
	assert.Equal(t, "Quotas", field(t, quotas.Output, "quotas").Ref)

	imp := l.op("ImportThings").Input
	assert.Equal(t, codegen.Field{Name: "file_name", TypeRef: codegen.TypeRef{Type: typeBytes}, Location: "form", Required: true},
		field(t, imp, "file_name"))
	export := field(t, l.op("ExportThingsV2").Output, "body")
	assert.True(t, export.WholeBody)
	assert.Equal(t, typeBytes, export.Type)
	show := field(t, l.op("ShowThingResponses").Output, "body")
	assert.True(t, show.WholeBody)
	assert.Equal(t, "ResponseInfo", show.Values.Ref)
	assert.Equal(t, "header", field(t, l.op("ListCustomIngressPorts").Output, "x-request-id").Location)

	charging := field(t, l.op("AddCustomIngressPort").Input, "charging_mode")
	assert.True(t, charging.Pointer, "a request enum with the value 0 can only send it as a pointer")

	del := l.op("DeleteThing")
	assert.True(t, del.Idempotent)
	assert.True(t, field(t, del.Input, "force").Pointer)
	assert.Equal(t, "path", field(t, del.Input, "thing_id").Location)
	assert.False(t, l.op("CreateListener").Idempotent)

	pager := l.op("ListCustomIngressPorts").Pagination
	assert.Equal(t, codegen.Pagination{Style: "Offset", Offset: "offset", PageSize: "limit", TotalCount: "total",
		Items: "ingress_port_infos"}, *pager)
	assert.Equal(t, "page_info.next_marker", l.op("ListListeners").Pagination.OutputToken)
}

func TestHuaweiNamingAndEnums(t *testing.T) {
	l := convertFixture(t, "huawei")
	assert.Equal(t, "Listener", field(t, l.op("CreateListener").Output, "listener").Ref, "ListenerDetail loses Detail")
	assert.Equal(t, "Listener", elemRef(field(t, l.op("ListListeners").Output, "listeners")))
	assert.Equal(t, "PortRange", elemRef(field(t, l.shape("CreateListenerOption").Fields, "port_ranges")))
	assert.Equal(t, typeTime, field(t, l.shape("Listener").Fields, "created_at").Type)
	// The list elements have the hand-written output shape's structure, so they are that shape.
	assert.Equal(t, "IngressPort", elemRef(field(t, l.op("ListCustomIngressPorts").Output, "ingress_port_infos")))
	// One enum for every "protocol" with HTTP and HTTPS, its hand-written docs and names kept.
	assert.Equal(t, "IngressProtocol", field(t, l.op("ListCustomIngressPorts").Input, "protocol").Ref)
	assert.Equal(t, "Secure", l.enum("IngressProtocol").Values[1].GoName)
	status := l.enum("IngressPortStatus")
	require.Len(t, status.Values, 2, "a value only the facts know is appended")
	assert.Equal(t, "means the port works.", status.Values[0].Doc)
	// Integer enums, and vague names qualified by their only owner.
	assert.Equal(t, typeInt32, l.enum("ThingMode").Type)
	assert.Equal(t, "ListenerStatus", field(t, l.shape("Listener").Fields, "status").Ref)
	assert.Equal(t, "ListListenersStatus", field(t, l.op("ListListeners").Input, "status").Ref)
	// The hand-written operation keeps its output shape.
	assert.Equal(t, "IngressPort", l.op("AddCustomIngressPort").OutputShape)
	assert.Equal(t, 201, l.op("AddCustomIngressPort").SuccessStatus)
}

func TestPageSizesOption(t *testing.T) {
	opts := Options{PageSizes: map[string]PageSizes{"Offset": {Default: 20, Max: 500}, "NextToken": {Default: 10, Max: 50}}}
	s, _ := convertCase(t, filepath.Join("testdata", "huawei"), opts)
	l := lookup{t, s}
	p := l.op("ListCustomIngressPorts").Pagination
	assert.Equal(t, 20, p.DefaultPageSize)
	assert.Equal(t, 500, p.MaxPageSize)
	assert.Zero(t, l.op("ListListeners").Pagination.MaxPageSize, "no size was given for Marker")

	s, _ = convertCase(t, filepath.Join("testdata", "alibaba"), opts)
	l = lookup{t, s}
	assert.Equal(t, 100, l.op("ListForwardingRules").Pagination.MaxPageSize, "the spec's own size wins")
}
