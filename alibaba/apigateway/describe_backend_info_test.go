package apigateway_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/alibaba/apigateway"
	"github.com/polycloud-go/polycloud/internal/codegen/gentest"
	"github.com/polycloud-go/polycloud/internal/jsonx"
)

func TestDescribeBackendInfoSendsParameters(t *testing.T) {
	c, srv := newClient(t, gentest.Reply{Body: []byte(`{"RequestId":"r-1"}`)}, testCredentials())
	_, err := c.DescribeBackendInfo(testContext(t), &apigateway.DescribeBackendInfoRequest{BackendID: "739b68751c0b4e899e04d0c92b6d0be7"})
	require.NoError(t, err)
	gentest.AssertRPC(t, srv.Single(t), gentest.RPC{
		Action: "DescribeBackendInfo", Version: "2016-07-14",
		Params: map[string]string{"BackendId": "739b68751c0b4e899e04d0c92b6d0be7"},
	})
}

// The request has no SecurityToken field: with STS credentials the signer
// sends the token, exactly once.
func TestDescribeBackendInfoSecurityTokenComesFromSigner(t *testing.T) {
	creds := alibaba.StaticCredentials("testid", "testsecret", "sts-token")
	c, srv := newClient(t, gentest.Reply{Body: []byte(`{}`)}, creds)
	_, err := c.DescribeBackendInfo(testContext(t), &apigateway.DescribeBackendInfoRequest{BackendID: "b-1"})
	require.NoError(t, err)
	gentest.AssertRPC(t, srv.Single(t), gentest.RPC{
		Action: "DescribeBackendInfo", Version: "2016-07-14",
		Params: map[string]string{"BackendId": "b-1", "SecurityToken": "sts-token"},
	})
}

// BackendId is optional on the reference page, so an empty request is sent.
func TestDescribeBackendInfoNilRequest(t *testing.T) {
	c, srv := newClient(t, gentest.Reply{Body: []byte(`{}`)}, testCredentials())
	_, err := c.DescribeBackendInfo(testContext(t), nil)
	require.NoError(t, err)
	gentest.AssertRPC(t, srv.Single(t), gentest.RPC{Action: "DescribeBackendInfo", Version: "2016-07-14"})
}

func TestDescribeBackendInfoDecodesExample(t *testing.T) {
	example := gentest.Testdata(t, "DescribeBackendInfo.json")
	c, _ := newClient(t, gentest.Reply{Body: example}, testCredentials())
	out, err := c.DescribeBackendInfo(testContext(t), &apigateway.DescribeBackendInfoRequest{BackendID: "b-1"})
	require.NoError(t, err)
	assert.Equal(t, exampleBackendInfo(), out)

	again, err := jsonx.Marshal(out)
	require.NoError(t, err)
	gentest.AssertKeysKept(t, example, again)
}

func exampleBackendInfo() *apigateway.DescribeBackendInfoResponse {
	return &apigateway.DescribeBackendInfoResponse{
		RequestID: "0AA90E87-3506-5AA6-AFFB-A4D53B4F6231",
		BackendInfo: apigateway.BackendInfo{
			BackendName: "testoss2", BackendType: "HTTP", ModifiedTime: "2017-12-11T15:18:09+08:00",
			Description: "add", CreatedTime: "2021-11-22T11:10:46+08:00", BackendID: "6fc978bb63574146b766863dd7bdf661",
			BackendModels: []apigateway.BackendModel{{
				BackendModelID: "5c4995d08e8b4954b0f326e8e4f2b97d", StageModeID: "6fc978bb63574146b766863dd7bdf661",
				Description: "testDvs 1", GmtCreate: "2021-12-20T03:22:03.000+0000", GmtModified: "2021-12-20T03:22:03.000+0000",
				StageName: "RELEASE", BackendConfig: exampleBackendConfig(),
			}},
		},
	}
}

func exampleBackendConfig() apigateway.BackendConfig {
	return apigateway.BackendConfig{
		ServiceAddress: "10.0.0.1", HTTPTargetHostName: "test.com", Type: "VPC",
		VPCConfig: apigateway.VPCConfig{
			VPCID: "vpc-wz9v96hqi6d14744sxqmx", InstanceID: "i-uf6iaale3gfef9t9cb41", Port: 8080,
			VPCAccessID: "2zej3ehuzg9m77kvwnfpn", Name: "dypls-cn-beijing-slb-pre", VPCScheme: "http",
			VPCTargetHostName: "openapi.alipan.com",
		},
		FunctionComputeConfig: apigateway.FunctionComputeConfig{
			FcType: "HttpTrigger", FcRegionID: "cn-hangzhou", ServiceName: "myservice", FunctionName: "edge_function",
			RoleARN: "acs:ram::31985*:role/aliyunserviceroleforbastionhostpam", Qualifier: "testQualifier",
			FcBaseURL: "https://t*******.ap-*****.fcapp.run/", OnlyBusinessPath: false, TriggerName: "",
		},
		OssConfig: apigateway.OssConfig{OssRegionID: "cn-hangzhou", BucketName: "my_bucket"},
		EventBridgeConfig: apigateway.EventBridgeConfig{
			EventBridgeRegionID: "cn-hangzhou", EventSource: "dds_driver", EventBus: "testBus",
			RoleARN: "acs:ram::1975133748561***:role/aliyunserviceroleforiotlogexport",
		},
		MockConfig: apigateway.MockConfig{
			MockResult: "test\n", MockStatusCode: "200",
			MockHeaders: []apigateway.MockHeader{{HeaderName: "test\n", HeaderValue: "123"}},
		},
		DiscoveryConfig: apigateway.DiscoveryConfig{
			RcType: "NACOS",
			NacosConfig: apigateway.NacosConfig{
				ServerAddress: "http://1xx.2xx.3xx.4xx:8848", Namespace: "public", GroupName: "DEFAULT_GROUP",
				ServiceName: "service-provider", Clusters: "cluster1", AuthType: "PASSWORD", UserName: "username",
				Password: "password", AccessKey: "A5FIDxxxxxx", SecretKey: "dl5loxxxxxx",
			},
			ZookeeperConfig: apigateway.ZookeeperConfig{
				ConnectString: "http://192.168.1.xxx:2181", Namespace: "provider", ServiceName: "service",
			},
		},
		ServiceTimeout: 10000,
		EdasConfig: apigateway.EdasConfig{
			MicroserviceNamespaceName: "Edas-Nacos", MicroserviceNamespaceID: "cn-hangzhou:edasNacos",
			MicroserviceNamespace: "cn-hangzhou:edasNacos\n", ServiceName: "service",
			EdasAppID: "6cd0c599-dxxx-496d-b3d5-6a71c657xxxxx", RegistryType: "EDAS", MseInstanceID: "mse-cn-jia3n1rxxxx",
		},
	}
}
