package importer

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSingular(t *testing.T) {
	for in, want := range map[string]string{
		"ForwardingRules": "ForwardingRule", "Accelerators": "Accelerator", "ApiSummarys": "ApiSummary",
		"Policies": "Policy", "Addresses": "Address", "Statuses": "Status", "Matches": "Match",
		"RegionList": "Region", "Apis": "Api", "IpSets": "IpSet", "Address": "Address", "Status": "Status",
		"GroupQps": "GroupQps", "Success": "Success", "Tag": "Tag", "port_ranges": "port_range",
		"List": "List",
	} {
		assert.Equal(t, want, singular(in), in)
	}
}

func TestIsPlural(t *testing.T) {
	for in, want := range map[string]bool{
		"ServerGroupTuples": true, "Values": true, "Apis": true, "ApiSummary": false, "TagResource": false,
		"ApiImportSwaggerSuccess": false, "PrivateDNSList": false, "InstanceQps": false, "RedisAnalysis": false,
	} {
		assert.Equal(t, want, isPlural(in), in)
	}
}

func TestCombine(t *testing.T) {
	for _, c := range []struct{ q, base, want string }{
		{"Listener", "PortRange", "ListenerPortRange"},
		{"BasicAccelerator", "Accelerator", "BasicAccelerator"},
		{"EndpointGroup", "GroupConfig", "EndpointGroupConfig"},
		{"Entry", "ACLEntry", ""},
		{"Listener", "ListenerPortRange", ""},
		{"", "Tag", ""},
	} {
		assert.Equal(t, c.want, combine(c.q, c.base), "%s + %s", c.q, c.base)
	}
}

func TestOpSubject(t *testing.T) {
	for in, want := range map[string]string{
		"ListAccelerators":   "Accelerator",
		"CreateAnAppV2":      "App",
		"ShowDetailsOfApiV2": "Api",
		"ListCustomRoutingPortMappingsByDestination": "CustomRoutingPortMapping",
		"BatchDeployApis":                   "Api",
		"AcceptOrRejectEndpointConnections": "EndpointConnection",
		"DescribeBackendList":               "Backend",
		"DryRunSwagger":                     "Swagger",
	} {
		assert.Equal(t, want, opSubject(in), in)
	}
}

func TestCleanRef(t *testing.T) {
	n := &namer{opNames: []string{"ListTenantQuotas", "ListTenant"}}
	for in, want := range map[string]string{
		"ListenerDetail":                      "Listener",
		"ListTenantQuotasResponseBodyQuotas":  "Quotas",
		"ApiPolicyHttpResp":                   "ApiPolicyHttp",
		"InstanceCreateReqV2":                 "InstanceCreate",
		"ByoipPool":                           "ByoipPool",
		"Detail":                              "Detail",
		"CreateListenerOption":                "CreateListenerOption",
		"ListTenantQuotasRequestBodyTenantID": "TenantID",
	} {
		assert.Equal(t, want, n.cleanRef(in), in)
	}
}

func TestOperationDoc(t *testing.T) {
	for in, want := range map[string]string{
		"ListAccelerators":                  "lists accelerators.",
		"CreateAcl":                         "creates an ACL.",
		"DescribeApiGroup":                  "describes an API group.",
		"DeleteBandwidthPackage":            "deletes a bandwidth package.",
		"BatchDeleteApiAclBindingV2":        "deletes an API ACL binding in a batch.",
		"AcceptOrRejectEndpointConnections": "accepts or rejects endpoint connections.",
		"DryRunSwagger":                     "dry-runs swagger.",
		"DescribeUpdateBackendTask":         "describes an update backend task.",
		"DescribeImportOASTask":             "describes an import OAS task.",
		"AddEntriesToAcl":                   "adds entries to ACL.",
		"SdkGenerateByApp":                  "",
	} {
		assert.Equal(t, want, operationDoc(in), in)
	}
}

func TestIsRead(t *testing.T) {
	for in, want := range map[string]bool{
		"ListAcls": true, "DescribeApi": true, "GetBasicAccelerateIp": true, "DryRunSwagger": true,
		"Listener": false, "CreateAcl": false, "DetectApplicationMonitor": false, "Getaway": false,
	} {
		assert.Equal(t, want, isRead(in), in)
	}
}
