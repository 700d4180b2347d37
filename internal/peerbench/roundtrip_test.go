package peerbench

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	aliapi "github.com/aliyun/alibaba-cloud-sdk-go/services/cloudapi"
	aliga "github.com/aliyun/alibaba-cloud-sdk-go/services/ga"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/auth/basic"
	hwapig "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/apig/v2"
	hwapigmodel "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/apig/v2/model"
	hwga "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/ga/v1"
	hwgamodel "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/ga/v1/model"

	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/alibaba/apigateway"
	"github.com/polycloud-go/polycloud/alibaba/ga"
	"github.com/polycloud-go/polycloud/huawei"
	"github.com/polycloud-go/polycloud/huawei/apig"
	hga "github.com/polycloud-go/polycloud/huawei/ga"
	"github.com/polycloud-go/polycloud/internal/peerbench/floor"
)

// Credentials and IDs of the measured calls; the servers check nothing.
const (
	keyID         = "LTAI5tExampleKeyId"
	keySecret     = "ExampleSecretValue0123456789"
	token         = "MIIExampleTokenOfAFewKilobytesInRealLife"
	hwAK          = "HPUAEXAMPLEKEY0000000"
	hwSK          = "ExampleSecretKey0000000000000000000000000"
	projectID     = "0a1b2c3d4e5f67890a1b2c3d4e5f6789"
	domainID      = "99a3fff0d03c428eac3678da6a7d0f24"
	acceleratorID = "ga-bp17frjjh0udz4qz****"
	listenerID    = "lsr-bp1s0vzbi5bxlx5****"
	backendID     = "6fc978bb63574146b766863dd7bdf661"
	instanceID    = "eddc4d25480b4cd6b512f270a1b8b341"
)

// client makes one call of an operation; make builds it against a server.
type client struct {
	name string
	make func(ctx context.Context, endpoint string) func() error
}

// op is one documented operation and the clients that can make it.
type op struct {
	name      string
	pkg, file string
	status    int
	clients   []client
}

// ops are the documented operations the official SDKs offer.
// ListCustomRoutingPortMappingsByDestination is missing: the V1 Alibaba SDK
// does not have it. Huawei's SDK signs every request with AK/SK (it has no
// token authentication), so polycloud is measured both with a token, as in
// the main module, and with an access key (client=polycloud-aksk).
var ops = []op{
	{"AlibabaGA.ListForwardingRules", "alibaba/ga", "ListForwardingRules", 200, []client{
		{"polycloud", polyListForwardingRules}, {"floor", floorListForwardingRules}, {"official", officialListForwardingRules}}},
	{"AlibabaAPIGateway.DescribeBackendInfo", "alibaba/apigateway", "DescribeBackendInfo", 200, []client{
		{"polycloud", polyDescribeBackendInfo}, {"floor", floorDescribeBackendInfo}, {"official", officialDescribeBackendInfo}}},
	{"HuaweiGA.ListByoipPools", "huawei/ga", "ListByoipPools", 200, []client{
		{"polycloud", polyListByoipPools(huaweiToken)}, {"polycloud-aksk", polyListByoipPools(huaweiKey)},
		{"floor", floorListByoipPools}, {"official", officialListByoipPools}}},
	{"HuaweiAPIG.AddCustomIngressPort", "huawei/apig", "AddCustomIngressPort", 201, []client{
		{"polycloud", polyAddCustomIngressPort(huaweiToken)}, {"polycloud-aksk", polyAddCustomIngressPort(huaweiKey)},
		{"floor", floorAddCustomIngressPort}, {"official", officialAddCustomIngressPort}}},
}

// BenchmarkRoundTrip makes each call through every client against one
// server answering with the documentation's example.
func BenchmarkRoundTrip(b *testing.B) {
	for _, o := range ops {
		srv := exampleServer(b, o.status, example(b, o.pkg, o.file))
		for _, c := range o.clients {
			b.Run(o.name+"/client="+c.name, func(b *testing.B) {
				call := c.make(context.Background(), srv.URL)
				if err := call(); err != nil { // also warms up connections and caches
					b.Fatal(err)
				}
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

// BenchmarkRoundTripPaired times the clients call by call in rotation and
// reports the median time of each and polycloud's ratio to the others. On a
// shared, noisy machine this is the time ratio to trust; allocation counts
// come from BenchmarkRoundTrip.
func BenchmarkRoundTripPaired(b *testing.B) {
	for _, o := range ops {
		srv := exampleServer(b, o.status, example(b, o.pkg, o.file))
		b.Run(o.name, func(b *testing.B) {
			calls := make([]func() error, len(o.clients))
			for i, c := range o.clients {
				calls[i] = c.make(context.Background(), srv.URL)
			}
			times := make([][]time.Duration, len(calls))
			for i := 0; b.Loop(); i++ {
				for j := range calls { // a different client goes first each time
					k := (i + j) % len(calls)
					start := time.Now()
					if err := calls[k](); err != nil {
						b.Fatal(err)
					}
					times[k] = append(times[k], time.Since(start))
				}
			}
			poly := median(times[0])
			for k, c := range o.clients {
				m := median(times[k])
				b.ReportMetric(float64(m.Nanoseconds()), c.name+"-ns/call")
				if k > 0 && m > 0 {
					b.ReportMetric(float64(poly)/float64(m), "polycloud/"+c.name)
				}
			}
		})
	}
}

func median(d []time.Duration) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}

func host(endpoint string) string { return strings.TrimPrefix(endpoint, "http://") }

func alibabaConfig(endpoint string) alibaba.Config {
	return alibaba.Config{Region: "cn-hangzhou", Endpoint: endpoint, Credentials: alibaba.StaticCredentials(keyID, keySecret, "")}
}

func huaweiToken(endpoint string) huawei.Config {
	return huawei.Config{Region: "ap-southeast-1", ProjectID: projectID, Endpoint: endpoint, Credentials: huawei.StaticToken(token)}
}

func huaweiKey(endpoint string) huawei.Config {
	return huawei.Config{Region: "ap-southeast-1", ProjectID: projectID, DomainID: domainID, Endpoint: endpoint,
		Credentials: huawei.AccessKey{ID: hwAK, Secret: hwSK}}
}

func floorRPC(endpoint, version string) *floor.RPC {
	return &floor.RPC{HTTP: floor.NewHTTPClient(), Endpoint: endpoint, KeyID: keyID, KeySecret: keySecret, Version: version}
}

// --- Alibaba GA ListForwardingRules

func polyListForwardingRules(ctx context.Context, endpoint string) func() error {
	c := ga.New(alibabaConfig(endpoint))
	return func() error {
		_, err := c.ListForwardingRules(ctx, &ga.ListForwardingRulesRequest{AcceleratorID: acceleratorID, ListenerID: listenerID})
		return err
	}
}

func floorListForwardingRules(ctx context.Context, endpoint string) func() error {
	f := floorRPC(endpoint, "2019-11-20")
	return func() error {
		var out ga.ListForwardingRulesResponse
		return f.Call(ctx, "ListForwardingRules", [][2]string{
			{"AcceleratorId", acceleratorID}, {"ListenerId", listenerID}, {"RegionId", "cn-hangzhou"}, {"ClientToken", floor.NewUUID()},
		}, &out)
	}
}

// officialListForwardingRules uses the V1 SDK with its defaults (HTTP, 5 s
// connect and 10 s read timeouts, no retries), the request's Domain
// pointing at the local server.
func officialListForwardingRules(_ context.Context, endpoint string) func() error {
	c, err := aliga.NewClientWithAccessKey("cn-hangzhou", keyID, keySecret)
	if err != nil {
		panic(err)
	}
	return func() error {
		req := aliga.CreateListForwardingRulesRequest()
		req.Scheme, req.Domain = "http", host(endpoint)
		req.AcceleratorId, req.ListenerId, req.RegionId = acceleratorID, listenerID, "cn-hangzhou"
		_, err := c.ListForwardingRules(req)
		return err
	}
}

// --- Alibaba API Gateway DescribeBackendInfo

func polyDescribeBackendInfo(ctx context.Context, endpoint string) func() error {
	c := apigateway.New(alibabaConfig(endpoint))
	return func() error {
		_, err := c.DescribeBackendInfo(ctx, &apigateway.DescribeBackendInfoRequest{BackendID: backendID})
		return err
	}
}

func floorDescribeBackendInfo(ctx context.Context, endpoint string) func() error {
	f := floorRPC(endpoint, "2016-07-14")
	return func() error {
		var out apigateway.DescribeBackendInfoResponse
		return f.Call(ctx, "DescribeBackendInfo", [][2]string{{"BackendId", backendID}}, &out)
	}
}

func officialDescribeBackendInfo(_ context.Context, endpoint string) func() error {
	c, err := aliapi.NewClientWithAccessKey("cn-hangzhou", keyID, keySecret)
	if err != nil {
		panic(err)
	}
	return func() error {
		req := aliapi.CreateDescribeBackendInfoRequest()
		req.Scheme, req.Domain = "http", host(endpoint)
		req.BackendId = backendID
		_, err := c.DescribeBackendInfo(req)
		return err
	}
}

// --- Huawei GA ListByoipPools

func polyListByoipPools(cfg func(string) huawei.Config) func(context.Context, string) func() error {
	return func(ctx context.Context, endpoint string) func() error {
		c := hga.New(cfg(endpoint))
		return func() error {
			_, err := c.ListByoipPools(ctx, &hga.ListByoipPoolsRequest{Limit: 10})
			return err
		}
	}
}

func floorListByoipPools(ctx context.Context, endpoint string) func() error {
	f := &floor.REST{HTTP: floor.NewHTTPClient(), Endpoint: endpoint, Token: token}
	return func() error {
		var out hga.ListByoipPoolsResponse
		return f.Call(ctx, http.MethodGet, "/v1/byoip-pools", url.Values{"limit": {"10"}}, nil, &out)
	}
}

// officialListByoipPools uses AK/SK credentials with the project ID given,
// so the SDK makes no IAM call, and its default HTTP configuration. (Its GA
// client wants basic, project credentials although GA is a global service.)
func officialListByoipPools(_ context.Context, endpoint string) func() error {
	c := hwga.NewGaClient(hwga.GaClientBuilder().WithEndpoints([]string{endpoint}).
		WithCredential(basic.NewCredentialsBuilder().WithAk(hwAK).WithSk(hwSK).WithProjectId(projectID).Build()).Build())
	return func() error {
		limit := int32(10)
		_, err := c.ListByoipPools(&hwgamodel.ListByoipPoolsRequest{Limit: &limit})
		return err
	}
}

// --- Huawei APIG AddCustomIngressPort

func polyAddCustomIngressPort(cfg func(string) huawei.Config) func(context.Context, string) func() error {
	return func(ctx context.Context, endpoint string) func() error {
		c := apig.New(cfg(endpoint))
		return func() error {
			_, err := c.AddCustomIngressPort(ctx, &apig.AddCustomIngressPortRequest{
				InstanceID: instanceID, Protocol: apig.IngressProtocolHTTP, IngressPort: 8080,
			})
			return err
		}
	}
}

// ingressPortCreate is the request body a hand-written call marshals.
type ingressPortCreate struct {
	Protocol    string `json:"protocol"`
	IngressPort int    `json:"ingress_port"`
}

func floorAddCustomIngressPort(ctx context.Context, endpoint string) func() error {
	f := &floor.REST{HTTP: floor.NewHTTPClient(), Endpoint: endpoint, Token: token}
	path := "/v2/" + projectID + "/apigw/instances/" + instanceID + "/custom-ingress-ports"
	return func() error {
		var out apig.AddCustomIngressPortResponse
		return f.Call(ctx, http.MethodPost, path, nil, &ingressPortCreate{"HTTP", 8080}, &out)
	}
}

// officialAddCustomIngressPort uses project AK/SK credentials with the
// project ID given, so the SDK makes no IAM call.
func officialAddCustomIngressPort(_ context.Context, endpoint string) func() error {
	c := hwapig.NewApigClient(hwapig.ApigClientBuilder().WithEndpoints([]string{endpoint}).
		WithCredential(basic.NewCredentialsBuilder().WithAk(hwAK).WithSk(hwSK).WithProjectId(projectID).Build()).Build())
	return func() error {
		_, err := c.AddCustomIngressPort(&hwapigmodel.AddCustomIngressPortRequest{
			InstanceId: instanceID,
			Body:       &hwapigmodel.IngressPortCreate{Protocol: hwapigmodel.GetIngressPortCreateProtocolEnum().HTTP, IngressPort: 8080},
		})
		return err
	}
}
