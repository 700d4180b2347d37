package alibabatest

import (
	"encoding/json"
	"net/url"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// orderedKeys returns the member names of the JSON object raw, in order.
func orderedKeys(t *testing.T, raw string) []string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(raw))
	_, err := dec.Token()
	require.NoError(t, err)
	var out []string
	for dec.More() {
		k, err := dec.Token()
		require.NoError(t, err)
		out = append(out, k.(string))
		var skip json.RawMessage
		require.NoError(t, dec.Decode(&skip))
	}
	return out
}

// paths lists every member path of v, like "BackendInfo.BackendModels[].StageName".
func paths(prefix string, v any) []string {
	var out []string
	switch t := v.(type) {
	case map[string]any:
		for k, child := range t {
			p := strings.TrimPrefix(prefix+"."+k, ".")
			out = append(out, p)
			out = append(out, paths(p, child)...)
		}
	case []any:
		if len(t) > 0 {
			out = append(out, paths(prefix+"[]", t[0])...)
		}
	}
	sort.Strings(out)
	return out
}

func TestListForwardingRulesHasTheDocumentedShape(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	a := rules(t, srv, testSigner(), url.Values{"MaxResults": {"1"}})
	assert.Equal(t, []string{"RequestId", "TotalCount", "NextToken", "MaxResults", "ForwardingRules"}, orderedKeys(t, a.raw))
	rule := a.body["ForwardingRules"].([]any)[0]
	assert.Equal(t, []string{
		"ForwardingRuleDirection", "ForwardingRuleId", "ForwardingRuleName", "ForwardingRuleStatus", "ListenerId", "Priority",
		"RuleActions", "RuleActions[].ForwardGroupConfig", "RuleActions[].ForwardGroupConfig.ServerGroupTuples",
		"RuleActions[].ForwardGroupConfig.ServerGroupTuples[].EndpointGroupId", "RuleActions[].Order",
		"RuleActions[].RuleActionType", "RuleActions[].RuleActionValue",
		"RuleConditions", "RuleConditions[].HostConfig", "RuleConditions[].HostConfig.Values",
		"RuleConditions[].PathConfig", "RuleConditions[].PathConfig.Values",
		"RuleConditions[].RuleConditionType", "RuleConditions[].RuleConditionValue",
		"ServiceId", "ServiceManaged", "ServiceManagedInfos",
	}, paths("", rule))
}

func TestPortMappingsHaveTheDocumentedShape(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	a := mappings(t, srv, testSigner(), nil)
	assert.Equal(t, []string{"RequestId", "TotalCount", "PageSize", "PageNumber", "PortMappings"}, orderedKeys(t, a.raw))
	assert.Equal(t, []string{
		"AcceleratorId", "AcceleratorPort", "DestinationSocketAddress", "DestinationSocketAddress.IpAddress",
		"DestinationSocketAddress.Port", "DestinationTrafficState", "EndpointGroupId", "EndpointGroupRegion",
		"EndpointId", "ListenerId", "Protocols", "Vswitch",
	}, paths("", a.body["PortMappings"].([]any)[0]))
}

func TestDescribeBackendInfoHasTheDocumentedShape(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	a := backend(t, srv, testSigner(), DefaultBackendID)
	assert.Equal(t, []string{"RequestId", "BackendInfo"}, orderedKeys(t, a.raw))
	got := paths("", a.body["BackendInfo"])
	for _, want := range []string{
		"BackendId", "BackendName", "BackendType", "CreatedTime", "ModifiedTime", "Description",
		"BackendModels[].BackendModelId", "BackendModels[].StageModeId", "BackendModels[].StageName",
		"BackendModels[].GmtCreate", "BackendModels[].GmtModified", "BackendModels[].Description",
		"BackendModels[].BackendConfig.ServiceAddress", "BackendModels[].BackendConfig.HttpTargetHostName",
		"BackendModels[].BackendConfig.Type", "BackendModels[].BackendConfig.ServiceTimeout",
		"BackendModels[].BackendConfig.VpcConfig.VpcTargetHostName",
		"BackendModels[].BackendConfig.FunctionComputeConfig.OnlyBusinessPath",
		"BackendModels[].BackendConfig.OssConfig.BucketName",
		"BackendModels[].BackendConfig.EventBridgeConfig.EventBus",
		"BackendModels[].BackendConfig.MockConfig.MockHeaders[].HeaderValue",
		"BackendModels[].BackendConfig.DiscoveryConfig.NacosConfig.SecretKey",
		"BackendModels[].BackendConfig.DiscoveryConfig.ZookeeperConfig.ConnectString",
		"BackendModels[].BackendConfig.EdasConfig.MseInstanceId",
	} {
		assert.Contains(t, got, want)
	}
}

func TestAddBackendFillsDefaultsAndIsolatesCopies(t *testing.T) {
	t.Parallel()
	srv := newServer(t, WithoutSeed())
	b := srv.APIGateway().AddBackend(BackendInfo{BackendModels: []BackendModel{{StageName: "TEST",
		BackendConfig: BackendConfig{Type: "MOCK", MockConfig: &MockConfig{MockResult: "ok"}}}}})
	assert.Regexp(t, `^[0-9a-f]{32}$`, b.BackendID)
	assert.Equal(t, "HTTP", b.BackendType)
	b.BackendModels[0].BackendConfig.MockConfig.MockResult = "changed"

	a := backend(t, srv, testSigner(), b.BackendID)
	cfg := a.body["BackendInfo"].(map[string]any)["BackendModels"].([]any)[0].(map[string]any)["BackendConfig"].(map[string]any)
	assert.Equal(t, "ok", cfg["MockConfig"].(map[string]any)["MockResult"])
	assert.NotContains(t, cfg, "VpcConfig", "configurations left nil are omitted")
	assert.Equal(t, "NotFoundBackend", backend(t, srv, testSigner(), DefaultBackendID).code(), "WithoutSeed holds nothing")
}
