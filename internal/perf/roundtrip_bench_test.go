package perf

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/alibaba/apigateway"
	"github.com/polycloud-go/polycloud/alibaba/ga"
	"github.com/polycloud-go/polycloud/huawei"
	"github.com/polycloud-go/polycloud/huawei/apig"
	hga "github.com/polycloud-go/polycloud/huawei/ga"
)

// Credentials and IDs of the measured calls. The servers check nothing, so
// any values do; these are the documentation's.
const (
	keyID         = "LTAI5tExampleKeyId"
	keySecret     = "ExampleSecretValue0123456789"
	token         = "MIIExampleTokenOfAFewKilobytesInRealLife" // a real token is several KB; the server ignores it
	projectID     = "0a1b2c3d4e5f67890a1b2c3d4e5f6789"
	acceleratorID = "ga-bp17frjjh0udz4qz****"
	listenerID    = "lsr-bp1s0vzbi5bxlx5****"
	endpointID    = "ep-bp14sz7ftcwwjgrdm****"
	destination   = "10.0.XX.XX"
	backendID     = "6fc978bb63574146b766863dd7bdf661"
	instanceID    = "eddc4d25480b4cd6b512f270a1b8b341"
)

// op is one documented operation, called through polycloud and through the
// floor against the same server.
type op struct {
	name      string
	pkg, file string // the documentation example: <pkg>/testdata/<file>.json
	status    int
	polycloud func(ctx context.Context, endpoint string) func() error
	floor     func(ctx context.Context, endpoint string) func() error
}

// ops are the five documented operations.
var ops = []op{
	{"AlibabaGA.ListForwardingRules", "alibaba/ga", "ListForwardingRules", 200, polyListForwardingRules, floorListForwardingRules},
	{"AlibabaGA.ListCustomRoutingPortMappingsByDestination", "alibaba/ga", "ListCustomRoutingPortMappingsByDestination", 200,
		polyListPortMappings, floorListPortMappings},
	{"AlibabaAPIGateway.DescribeBackendInfo", "alibaba/apigateway", "DescribeBackendInfo", 200, polyDescribeBackendInfo, floorDescribeBackendInfo},
	{"HuaweiGA.ListByoipPools", "huawei/ga", "ListByoipPools", 200, polyListByoipPools, floorListByoipPools},
	{"HuaweiAPIG.AddCustomIngressPort", "huawei/apig", "AddCustomIngressPort", 201, polyAddCustomIngressPort, floorAddCustomIngressPort},
}

// BenchmarkRoundTrip makes each documented call through polycloud's
// generated client and through the floor, against a local server answering
// with the documentation's example. polycloud/floor is the cost of the SDK.
func BenchmarkRoundTrip(b *testing.B) {
	for _, o := range ops {
		srv := exampleServer(b, o.status, example(b, o.pkg, o.file))
		for _, c := range []struct {
			name string
			make func(context.Context, string) func() error
		}{{"polycloud", o.polycloud}, {"floor", o.floor}} {
			b.Run(o.name+"/client="+c.name, func(b *testing.B) {
				call := c.make(context.Background(), srv.URL)
				b.ReportAllocs()
				for b.Loop() {
					if err := call(); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func alibabaConfig(endpoint string) alibaba.Config {
	return alibaba.Config{Region: "cn-hangzhou", Endpoint: endpoint, Credentials: alibaba.StaticCredentials(keyID, keySecret, "")}
}

func huaweiConfig(endpoint string) huawei.Config {
	return huawei.Config{Region: "ap-southeast-1", ProjectID: projectID, Endpoint: endpoint, Credentials: huawei.StaticToken(token)}
}

func floorAlibaba(endpoint, version string) *floorRPC {
	return &floorRPC{hc: newFloorClient(), endpoint: endpoint, keyID: keyID, keySecret: keySecret, version: version}
}

func floorHuawei(endpoint string) *floorREST {
	return &floorREST{hc: newFloorClient(), endpoint: endpoint, token: token}
}

func polyListForwardingRules(ctx context.Context, endpoint string) func() error {
	c := ga.New(alibabaConfig(endpoint))
	return func() error {
		_, err := c.ListForwardingRules(ctx, &ga.ListForwardingRulesRequest{AcceleratorID: acceleratorID, ListenerID: listenerID})
		return err
	}
}

// floorListForwardingRules sends what polycloud sends, ClientToken
// included: polycloud fills it once per call so that retries are safe.
func floorListForwardingRules(ctx context.Context, endpoint string) func() error {
	f := floorAlibaba(endpoint, "2019-11-20")
	return func() error {
		var out ga.ListForwardingRulesResponse
		return f.call(ctx, "ListForwardingRules", [][2]string{
			{"AcceleratorId", acceleratorID}, {"ListenerId", listenerID}, {"RegionId", "cn-hangzhou"}, {"ClientToken", newUUID()},
		}, &out)
	}
}

func polyListPortMappings(ctx context.Context, endpoint string) func() error {
	c := ga.New(alibabaConfig(endpoint))
	return func() error {
		_, err := c.ListCustomRoutingPortMappingsByDestination(ctx, &ga.ListCustomRoutingPortMappingsByDestinationRequest{
			EndpointID: endpointID, DestinationAddress: destination,
		})
		return err
	}
}

func floorListPortMappings(ctx context.Context, endpoint string) func() error {
	f := floorAlibaba(endpoint, "2019-11-20")
	return func() error {
		var out ga.ListCustomRoutingPortMappingsByDestinationResponse
		return f.call(ctx, "ListCustomRoutingPortMappingsByDestination", [][2]string{
			{"EndpointId", endpointID}, {"DestinationAddress", destination}, {"RegionId", "cn-hangzhou"},
		}, &out)
	}
}

func polyDescribeBackendInfo(ctx context.Context, endpoint string) func() error {
	c := apigateway.New(alibabaConfig(endpoint))
	return func() error {
		_, err := c.DescribeBackendInfo(ctx, &apigateway.DescribeBackendInfoRequest{BackendID: backendID})
		return err
	}
}

func floorDescribeBackendInfo(ctx context.Context, endpoint string) func() error {
	f := floorAlibaba(endpoint, "2016-07-14")
	return func() error {
		var out apigateway.DescribeBackendInfoResponse
		return f.call(ctx, "DescribeBackendInfo", [][2]string{{"BackendId", backendID}}, &out)
	}
}

func polyListByoipPools(ctx context.Context, endpoint string) func() error {
	c := hga.New(huaweiConfig(endpoint))
	return func() error {
		_, err := c.ListByoipPools(ctx, &hga.ListByoipPoolsRequest{Limit: 10})
		return err
	}
}

func floorListByoipPools(ctx context.Context, endpoint string) func() error {
	f := floorHuawei(endpoint)
	return func() error {
		var out hga.ListByoipPoolsResponse
		return f.call(ctx, http.MethodGet, "/v1/byoip-pools", url.Values{"limit": {"10"}}, nil, &out)
	}
}

func polyAddCustomIngressPort(ctx context.Context, endpoint string) func() error {
	c := apig.New(huaweiConfig(endpoint))
	return func() error {
		_, err := c.AddCustomIngressPort(ctx, &apig.AddCustomIngressPortRequest{
			InstanceID: instanceID, Protocol: apig.IngressProtocolHTTP, IngressPort: 8080,
		})
		return err
	}
}

// ingressPortCreate is the request body a hand-written call marshals.
type ingressPortCreate struct {
	Protocol    string `json:"protocol"`
	IngressPort int    `json:"ingress_port"`
}

func floorAddCustomIngressPort(ctx context.Context, endpoint string) func() error {
	f := floorHuawei(endpoint)
	path := "/v2/" + projectID + "/apigw/instances/" + instanceID + "/custom-ingress-ports"
	return func() error {
		var out apig.AddCustomIngressPortResponse
		return f.call(ctx, http.MethodPost, path, nil, &ingressPortCreate{"HTTP", 8080}, &out)
	}
}
