package codegen

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestGoName(t *testing.T) {
	tests := map[string]string{
		"AcceleratorId":      "AcceleratorID",
		"RequestId":          "RequestID",
		"ingress_port_id":    "IngressPortID",
		"ip_type":            "IPType",
		"IpAddress":          "IPAddress",
		"VpcId":              "VPCID",
		"HttpTargetHostName": "HTTPTargetHostName",
		"FcBaseUrl":          "FcBaseURL",
		"RoleArn":            "RoleARN",
		"WidgetIds":          "WidgetIDs",
		"AclIds":             "ACLIDs",
		"HTTPServer":         "HTTPServer",
		"https":              "HTTPS",
		"dns":                "DNS",
		"Ttl":                "TTL",
		"IPV4":               "IPv4",
		"Ipv6Address":        "IPv6Address",
		"X-Auth-Token":       "XAuthToken",
		"next_marker":        "NextMarker",
		"byoip_pools":        "ByoipPools",
		"OUTOFCM":            "Outofcm",
		"page.info":          "PageInfo",
		"ServiceManaged":     "ServiceManaged",
		"Vswitch":            "Vswitch",
		"":                   "",
	}
	for wire, want := range tests {
		assert.Equal(t, want, goName(wire), "goName(%q)", wire)
	}
}

func TestSnakeName(t *testing.T) {
	tests := map[string]string{
		"ListCustomRoutingPortMappingsByDestination": "list_custom_routing_port_mappings_by_destination",
		"ListByoipPools":       "list_byoip_pools",
		"AddCustomIngressPort": "add_custom_ingress_port",
		"DescribeAPIGroups":    "describe_api_groups",
	}
	for name, want := range tests {
		assert.Equal(t, want, snakeName(name), "snakeName(%q)", name)
	}
}

func TestWrapKeepsWordsAndWidth(t *testing.T) {
	lines := wrap("one two three four five six seven", 10)
	assert.Equal(t, []string{"one two", "three four", "five six", "seven"}, lines)
	assert.Equal(t, []string{"short", "https://example.com/a/very/long/url", "end"}, wrap("short https://example.com/a/very/long/url end", 10))
}
