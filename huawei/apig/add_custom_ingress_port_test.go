package apig_test

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/huawei/apig"
	"github.com/polycloud-go/polycloud/internal/codegen/gentest"
	"github.com/polycloud-go/polycloud/internal/jsonx"
)

const ingressPortsPath = "/v2/" + testProject + "/apigw/instances/inst-1/custom-ingress-ports"

func TestAddCustomIngressPortSendsRequest(t *testing.T) {
	c, srv := newClient(t, gentest.Reply{Status: http.StatusCreated, Body: []byte(`{}`)})
	_, err := c.AddCustomIngressPort(testContext(t), &apig.AddCustomIngressPortRequest{
		InstanceID: "inst-1", Protocol: apig.IngressProtocolHTTP, IngressPort: 8080,
	})
	require.NoError(t, err)
	gentest.AssertREST(t, srv.Single(t), gentest.REST{
		Method: "POST", Path: ingressPortsPath, Token: testToken,
		ContentType: "application/json;charset=UTF-8", JSON: `{"protocol":"HTTP","ingress_port":8080}`,
	})
}

// Protocol is an open enumeration: a value unknown to this SDK is sent
// as it is, and the server decides.
func TestAddCustomIngressPortSendsUnknownProtocol(t *testing.T) {
	c, srv := newClient(t, gentest.Reply{Status: http.StatusCreated, Body: []byte(`{}`)})
	_, err := c.AddCustomIngressPort(testContext(t), &apig.AddCustomIngressPortRequest{
		InstanceID: "inst-1", Protocol: "GRPC", IngressPort: 1024,
	})
	require.NoError(t, err)
	assert.JSONEq(t, `{"protocol":"GRPC","ingress_port":1024}`, string(srv.Single(t).Body))
}

func TestAddCustomIngressPortDecodesExample(t *testing.T) {
	example := gentest.Testdata(t, "AddCustomIngressPort.json")
	c, _ := newClient(t, gentest.Reply{Status: http.StatusCreated, Body: example})
	out, err := c.AddCustomIngressPort(testContext(t), &apig.AddCustomIngressPortRequest{
		InstanceID: "inst-1", Protocol: apig.IngressProtocolHTTP, IngressPort: 8080,
	})
	require.NoError(t, err)
	assert.Equal(t, &apig.AddCustomIngressPortResponse{
		Protocol: apig.IngressProtocolHTTP, IngressPort: 8080,
		IngressPortID: "0ae98839d78043d8a6dff54d7cb096dc", Status: apig.IngressPortStatusNormal,
	}, out)

	again, err := jsonx.Marshal(out)
	require.NoError(t, err)
	gentest.AssertKeysKept(t, example, again)
}

func TestAddCustomIngressPortRefusesBadRequests(t *testing.T) {
	valid := func(edit func(*apig.AddCustomIngressPortRequest)) *apig.AddCustomIngressPortRequest {
		r := &apig.AddCustomIngressPortRequest{InstanceID: "inst-1", Protocol: apig.IngressProtocolHTTPS, IngressPort: 8443}
		edit(r)
		return r
	}
	tests := []struct {
		name           string
		req            *apig.AddCustomIngressPortRequest
		field, problem string
	}{
		{"nil request", nil, "instance_id", "is required"},
		{"no instance", valid(func(r *apig.AddCustomIngressPortRequest) { r.InstanceID = "" }), "instance_id", "is required"},
		{"no protocol", valid(func(r *apig.AddCustomIngressPortRequest) { r.Protocol = "" }), "protocol", "is required"},
		{"no port", valid(func(r *apig.AddCustomIngressPortRequest) { r.IngressPort = 0 }), "ingress_port", "is required"},
		{"port 80", valid(func(r *apig.AddCustomIngressPortRequest) { r.IngressPort = 80 }), "ingress_port", "must be between 1024 and 49151"},
		{"port 49152", valid(func(r *apig.AddCustomIngressPortRequest) { r.IngressPort = 49152 }), "ingress_port", "must be between 1024 and 49151"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, srv := newClient(t, gentest.Reply{Status: http.StatusCreated, Body: []byte(`{}`)})
			out, err := c.AddCustomIngressPort(testContext(t), tt.req)
			assert.Nil(t, out)
			gentest.AssertRefused(t, srv, err, gentest.Refusal{
				Provider: "huawei", Service: "apig", Operation: "AddCustomIngressPort", Field: tt.field, Problem: tt.problem,
			})
		})
	}
}
