package e2e

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/alibaba"
	aga "github.com/polycloud-go/polycloud/alibaba/ga"
	"github.com/polycloud-go/polycloud/huawei"
	"github.com/polycloud-go/polycloud/huawei/apig"
	hga "github.com/polycloud-go/polycloud/huawei/ga"
)

// answer starts a server that answers every request with status and body,
// setting both clouds' request id headers to "req-e2e".
func answer(t *testing.T, status int, contentType, body string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Header().Set("X-Acs-Request-Id", "req-e2e")
		w.Header().Set("X-Request-Id", "req-e2e")
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func alibabaGA(url string) *aga.Client {
	return aga.New(alibaba.Config{Endpoint: url, Credentials: alibaba.StaticCredentials("LTAIe2e", "AKSECRET-e2e", "")}, fastRetry)
}

func huaweiConfigAt(url string) huawei.Config {
	return huawei.Config{Endpoint: url, Region: "ap-southeast-1", ProjectID: "p1", Credentials: huawei.StaticToken("token-e2e")}
}

// quirkyForwardingRules is ListForwardingRules as Alibaba Cloud really
// answers at times: numbers and booleans as strings, a number where a
// string is documented, null and "" for anything, a wrapped list, a single
// value where a list is documented, an array where a string is, and
// members no documentation mentions.
const quirkyForwardingRules = `{
  "RequestId": "CFC67ED9-4AB1-431F-B6E3-A752B7B8CCD4",
  "TotalCount": "2",
  "NextToken": 12345678901234567890,
  "MaxResults": "20",
  "SomethingNew": {"Added": ["in", 2027]},
  "ForwardingRules": [
    {
      "Priority": "1000",
      "ForwardingRuleId": "frule-1",
      "ForwardingRuleName": null,
      "ForwardingRuleDirection": "",
      "ForwardingRuleStatus": "active",
      "RuleConditions": [
        {"RuleConditionType": "Host", "RuleConditionValue": ["www.example.com", "www.aliyun.com"],
         "PathConfig": {"Values": "/only"}, "HostConfig": ""}
      ],
      "RuleActions": {"RuleAction": [
        {"Order": "1", "RuleActionType": "ForwardGroup", "RuleActionValue": null,
         "ForwardGroupConfig": {"ServerGroupTuples": {"EndpointGroupId": "epg-1"}}}
      ]},
      "ListenerId": "lsr-1",
      "ServiceId": 0,
      "ServiceManaged": "true",
      "ServiceManagedInfos": [
        {"Action": "Update", "ChildType": "Listener", "IsManaged": 1},
        {"Action": "Create", "ChildType": "", "IsManaged": "false"},
        {"Action": null, "IsManaged": "1"}
      ],
      "NotDocumented": true
    },
    {"Priority": 7.0, "ForwardingRuleId": "frule-2", "ServiceManaged": 0, "RuleConditions": null, "RuleActions": ""}
  ]
}`

// TestAlibabaResponsesDecodeTolerantly checks every mismatch Alibaba's
// users have reported against a generated client: the call succeeds and
// every value survives.
func TestAlibabaResponsesDecodeTolerantly(t *testing.T) {
	t.Parallel()
	url := answer(t, 200, "application/json;charset=utf-8", quirkyForwardingRules)
	out, err := alibabaGA(url).ListForwardingRules(testContext(t), &aga.ListForwardingRulesRequest{AcceleratorID: "ga-1", ListenerID: "lsr-1"})
	require.NoError(t, err)
	want := &aga.ListForwardingRulesResponse{
		RequestID: "CFC67ED9-4AB1-431F-B6E3-A752B7B8CCD4", TotalCount: 2,
		NextToken: "12345678901234567890", MaxResults: 20, // a 64-bit token stays exact
		ForwardingRules: []aga.ForwardingRule{{
			Priority: 1000, ForwardingRuleID: "frule-1", ForwardingRuleStatus: "active",
			RuleConditions: []aga.RuleCondition{{
				RuleConditionType:  "Host",
				RuleConditionValue: `["www.example.com","www.aliyun.com"]`, // an array kept as its JSON text
				PathConfig:         aga.RuleConditionValues{Values: []string{"/only"}},
			}},
			RuleActions: []aga.RuleAction{{Order: 1, RuleActionType: "ForwardGroup",
				ForwardGroupConfig: aga.ForwardGroupConfig{ServerGroupTuples: []aga.ServerGroupTuple{{EndpointGroupID: "epg-1"}}}}},
			ListenerID: "lsr-1", ServiceID: "0", ServiceManaged: true,
			ServiceManagedInfos: []aga.ServiceManagedInfo{
				{Action: "Update", ChildType: "Listener", IsManaged: true},
				{Action: "Create"},
				{IsManaged: true},
			},
		}, {Priority: 7, ForwardingRuleID: "frule-2"}},
	}
	assert.Equal(t, want, out)
}

// TestHuaweiResponsesDecodeTolerantly does the same for Huawei Cloud's
// shapes, including a time in a layout RFC 3339 does not allow and enum
// values the generated package does not know.
func TestHuaweiResponsesDecodeTolerantly(t *testing.T) {
	t.Parallel()
	t.Run("ListByoipPools", func(t *testing.T) {
		t.Parallel()
		url := answer(t, 200, "application/json", `{
		  "request_id": 915,
		  "byoip_pools": [{"id": "p1", "cidr": "208.188.100.0/24", "ip_type": "IPV4",
		    "created_at": "2019-01-08T01:21:37.000+0000", "updated_at": null, "area": "MARS",
		    "domain_id": "d1", "tags": [{"key": "k"}]}],
		  "page_info": {"next_marker": null, "current_count": "1"}}`)
		out, err := hga.New(huaweiConfigAt(url), fastRetry).ListByoipPools(testContext(t), nil)
		require.NoError(t, err)
		assert.Equal(t, &hga.ListByoipPoolsResponse{
			RequestID: "915",
			ByoipPools: []hga.ByoipPool{{ID: "p1", CIDR: "208.188.100.0/24", IPType: hga.IPTypeIPv4,
				CreatedAt: time.Date(2019, 1, 8, 1, 21, 37, 0, time.FixedZone("", 0)),
				Area:      "MARS", // unknown to the package, kept as sent
				DomainID:  "d1"}},
			PageInfo: hga.PageInfo{CurrentCount: 1},
		}, normaliseZones(out))
	})
	t.Run("AddCustomIngressPort", func(t *testing.T) {
		t.Parallel()
		url := answer(t, 201, "application/json",
			`{"protocol": "HTTPS", "ingress_port": "8443", "ingress_port_id": 7, "status": "degraded", "since": "2026"}`)
		out, err := apig.New(huaweiConfigAt(url), fastRetry).AddCustomIngressPort(testContext(t),
			&apig.AddCustomIngressPortRequest{InstanceID: "i1", Protocol: apig.IngressProtocolHTTPS, IngressPort: 8443})
		require.NoError(t, err)
		assert.Equal(t, &apig.AddCustomIngressPortResponse{Protocol: apig.IngressProtocolHTTPS, IngressPort: 8443,
			IngressPortID: "7", Status: "degraded"}, out)
	})
}

// normaliseZones makes times comparable whatever *time.Location the
// decoder chose for a +0000 offset.
func normaliseZones(out *hga.ListByoipPoolsResponse) *hga.ListByoipPoolsResponse {
	for i := range out.ByoipPools {
		p := &out.ByoipPools[i]
		if !p.CreatedAt.IsZero() {
			_, off := p.CreatedAt.Zone()
			p.CreatedAt = p.CreatedAt.In(time.FixedZone("", off))
		}
	}
	return out
}

// unreadableBodies are success answers no decoder can read, and oddities
// that are JSON but not the documented shape.
var unreadableBodies = []struct {
	name, contentType, body string
}{
	{"HTML page", "text/html", "<html><body>Service Unavailable</body></html>"},
	{"truncated JSON", "application/json", `{"RequestId":"r","ForwardingRules":[{"Priority":1`},
	{"XML", "text/xml", `<?xml version="1.0"?><Response><RequestId>r</RequestId></Response>`},
	{"plain text", "text/plain", "OK"},
	{"binary", "application/octet-stream", "\x00\x01\xff\xfe\x89PNG"},
	{"two documents", "application/json", `{"a":1}{"b":2}`},
	{"nesting past encoding/json's limit", "application/json", strings.Repeat("[", 10001) + strings.Repeat("]", 10001)},
	{"number out of every range", "application/json", `{"TotalCount": 1e999999, "total": 1e999999}`},
	{"null", "application/json", `null`},
	{"array", "application/json", `[1, 2, 3]`},
	{"string", "application/json", `"done"`},
	{"deep nesting where a list of objects belongs", "application/json",
		`{"ForwardingRules":` + strings.Repeat("[", 9000) + strings.Repeat("]", 9000) + `,"byoip_pools":` +
			strings.Repeat("[", 9000) + strings.Repeat("]", 9000) + `}`},
	{"invalid UTF-8 in a string", "application/json", "{\"RequestId\":\"\xff\xfe\",\"request_id\":\"\xff\"}"},
}

// TestUnreadableSuccessBodies sends every unreadable body through a
// generated client of each cloud: JSON of any shape decodes (possibly to
// nothing), anything else is a *DecodeError that keeps the status and the
// request id, and nothing panics.
func TestUnreadableSuccessBodies(t *testing.T) {
	t.Parallel()
	for _, b := range unreadableBodies {
		t.Run(b.name, func(t *testing.T) {
			t.Parallel()
			url := answer(t, 200, b.contentType, b.body)
			ctx := testContext(t)
			_, aerr := alibabaGA(url).ListForwardingRules(ctx, &aga.ListForwardingRulesRequest{AcceleratorID: "ga-1", ListenerID: "lsr-1"})
			_, herr := hga.New(huaweiConfigAt(url), fastRetry).ListByoipPools(ctx, nil)
			for _, err := range []error{aerr, herr} {
				if json.Valid([]byte(b.body)) {
					assert.NoError(t, err, "valid JSON of another shape costs the values, not the call")
					continue
				}
				var decErr *alibaba.DecodeError
				require.ErrorAs(t, err, &decErr)
				assert.Equal(t, 200, decErr.StatusCode)
				assert.Equal(t, "req-e2e", decErr.RequestID)
				assert.Equal(t, b.contentType, decErr.ContentType)
				assert.NotContains(t, err.Error(), b.body, "the body is not quoted")
				assert.False(t, errors.Is(err, alibaba.ErrUnavailable), "a decode error is not a service error")
			}
		})
	}
}
