package alibabatest

// seed stores the default backend: every configuration block filled, so
// DescribeBackendInfo shows the whole documented shape.
func (a *APIGateway) seed() {
	a.AddBackend(BackendInfo{
		BackendID: DefaultBackendID, BackendName: "orders-backend", BackendType: "HTTP",
		Description: "Order service", CreatedTime: "2024-03-18T10:24:05+08:00", ModifiedTime: "2024-05-02T16:40:12+08:00",
		BackendModels: []BackendModel{{
			BackendModelID: "5d2c8e61b0a94f37a6e1c4b9d8f07a52", StageModeID: "9e41f0c3a7b24d6e8f5a1c2b3d4e5f60",
			Description: "release", GmtCreate: "2024-03-18T02:24:05.000+0000", GmtModified: "2024-05-02T08:40:12.000+0000",
			StageName: "RELEASE", BackendConfig: seedBackendConfig(),
		}},
	})
}

func seedBackendConfig() BackendConfig {
	return BackendConfig{
		ServiceAddress: "http://10.0.1.15:8080", HTTPTargetHostName: "orders.internal.example.com", Type: "HTTP",
		VpcConfig: &VpcConfig{VpcID: "vpc-bp1k3x8a7mq2w5n9z4c6d", InstanceID: "i-bp1e7q3z9x2k5m8w4a6c",
			Port: 8080, VpcAccessID: "3a9f2c7e1b4d", Name: "orders-vpc-access", VpcScheme: "http",
			VpcTargetHostName: "orders.internal.example.com"},
		FunctionComputeConfig: &FunctionComputeConfig{FcType: "HttpTrigger", FcRegionID: "cn-hangzhou",
			ServiceName: "orders", FunctionName: "handler", RoleArn: "acs:ram::1234567890123456:role/aliyunapigatewayaccessingfcrole",
			Qualifier: "LATEST", FcBaseURL: "https://orders-handler.cn-hangzhou.fcapp.run/", TriggerName: "http"},
		OssConfig:         &OssConfig{OssRegionID: "cn-hangzhou", BucketName: "orders-archive"},
		EventBridgeConfig: &EventBridgeConfig{EventBridgeRegionID: "cn-hangzhou", EventSource: "orders", EventBus: "default", RoleArn: "acs:ram::1234567890123456:role/aliyunapigatewayaccessingeventbridgerole"},
		MockConfig:        &MockConfig{MockResult: `{"ok":true}`, MockStatusCode: "200", MockHeaders: []MockHeader{{HeaderName: "X-Mock", HeaderValue: "1"}}},
		DiscoveryConfig: &DiscoveryConfig{RcType: "NACOS",
			NacosConfig:     &NacosConfig{ServerAddress: "http://10.0.1.20:8848", Namespace: "public", GroupName: "DEFAULT_GROUP", ServiceName: "orders", Clusters: "DEFAULT", AuthType: "PASSWORD", UserName: "nacos"},
			ZookeeperConfig: &ZookeeperConfig{ConnectString: "10.0.1.21:2181", Namespace: "orders", ServiceName: "orders"}},
		ServiceTimeout: 10000,
		EdasConfig: &EdasConfig{MicroserviceNamespaceName: "orders-ns", MicroserviceNamespaceID: "cn-hangzhou:orders",
			MicroserviceNamespace: "cn-hangzhou:orders", ServiceName: "orders", EdasAppID: "6cd0c599-2e4f-496d-b3d5-6a71c657a1b2",
			RegistryType: "EDAS", MseInstanceID: "mse-cn-7pp2s9a1b0c"},
	}
}
