package alibabatest

// BackendInfo is an API Gateway backend service, with the members and
// JSON names DescribeBackendInfo answers.
type BackendInfo struct {
	// BackendName is the backend's display name.
	BackendName string `json:"BackendName"`
	// BackendType is the kind of backend: HTTP, VPC, FC_EVENT, FC_HTTP, OSS, MOCK, EventBridge and so on.
	BackendType string `json:"BackendType"`
	// ModifiedTime is when the backend last changed, in RFC 3339 with the +08:00 offset.
	ModifiedTime string `json:"ModifiedTime"`
	// Description is free text.
	Description string `json:"Description"`
	// CreatedTime is when the backend was created, in RFC 3339 with the +08:00 offset.
	CreatedTime string `json:"CreatedTime"`
	// BackendID identifies the backend (32 hex digits).
	BackendID string `json:"BackendId"`
	// BackendModels are the backend's configurations per environment.
	BackendModels []BackendModel `json:"BackendModels"`
}

// BackendModel is a backend's configuration in one environment (stage).
type BackendModel struct {
	// BackendModelID identifies this configuration.
	BackendModelID string `json:"BackendModelId"`
	// StageModeID identifies the environment (the wire name is spelled StageModeId).
	StageModeID string `json:"StageModeId"`
	// Description is free text.
	Description string `json:"Description"`
	// GmtCreate is when the configuration was created.
	GmtCreate string `json:"GmtCreate"`
	// GmtModified is when the configuration last changed.
	GmtModified string `json:"GmtModified"`
	// StageName is the environment: RELEASE, PRE or TEST.
	StageName string `json:"StageName"`
	// BackendConfig is where requests go in this environment.
	BackendConfig BackendConfig `json:"BackendConfig"`
}

// BackendConfig is where a backend sends requests. Only the
// configuration of the backend's Type is usually set; the others are
// omitted when nil.
type BackendConfig struct {
	// ServiceAddress is the backend URL of an HTTP backend.
	ServiceAddress string `json:"ServiceAddress"`
	// HTTPTargetHostName is the Host header sent to an HTTP backend.
	HTTPTargetHostName string `json:"HttpTargetHostName"`
	// Type is the kind of backend this configuration describes.
	Type string `json:"Type"`
	// VpcConfig describes a VPC backend.
	VpcConfig *VpcConfig `json:"VpcConfig,omitempty"`
	// FunctionComputeConfig describes a Function Compute backend.
	FunctionComputeConfig *FunctionComputeConfig `json:"FunctionComputeConfig,omitempty"`
	// OssConfig describes an OSS backend.
	OssConfig *OssConfig `json:"OssConfig,omitempty"`
	// EventBridgeConfig describes an EventBridge backend.
	EventBridgeConfig *EventBridgeConfig `json:"EventBridgeConfig,omitempty"`
	// MockConfig describes a mock backend.
	MockConfig *MockConfig `json:"MockConfig,omitempty"`
	// DiscoveryConfig describes a backend found through a registry.
	DiscoveryConfig *DiscoveryConfig `json:"DiscoveryConfig,omitempty"`
	// ServiceTimeout is the backend timeout in milliseconds.
	ServiceTimeout int `json:"ServiceTimeout"`
	// EdasConfig describes an EDAS backend.
	EdasConfig *EdasConfig `json:"EdasConfig,omitempty"`
}

// VpcConfig is a backend reached through a VPC access authorization.
type VpcConfig struct {
	// VpcID identifies the VPC.
	VpcID string `json:"VpcId"`
	// InstanceID identifies the ECS or SLB instance in the VPC.
	InstanceID string `json:"InstanceId"`
	// Port is the instance's port.
	Port int `json:"Port"`
	// VpcAccessID identifies the VPC access authorization.
	VpcAccessID string `json:"VpcAccessId"`
	// Name is the VPC access authorization's name.
	Name string `json:"Name"`
	// VpcScheme is http or https.
	VpcScheme string `json:"VpcScheme"`
	// VpcTargetHostName is the Host header sent to the backend.
	VpcTargetHostName string `json:"VpcTargetHostName"`
}

// FunctionComputeConfig is a Function Compute backend.
type FunctionComputeConfig struct {
	// FcType is the Function Compute trigger type, e.g. HttpTrigger.
	FcType string `json:"FcType"`
	// FcRegionID is the function's region.
	FcRegionID string `json:"FcRegionId"`
	// ServiceName is the Function Compute service.
	ServiceName string `json:"ServiceName"`
	// FunctionName is the function.
	FunctionName string `json:"FunctionName"`
	// RoleArn is the RAM role API Gateway assumes to call the function.
	RoleArn string `json:"RoleArn"`
	// Qualifier is the function alias or version.
	Qualifier string `json:"Qualifier"`
	// FcBaseURL is the root URL of an HTTP-triggered function.
	FcBaseURL string `json:"FcBaseUrl"`
	// OnlyBusinessPath reports whether only the business path is passed on.
	OnlyBusinessPath bool `json:"OnlyBusinessPath"`
	// TriggerName is the function's trigger.
	TriggerName string `json:"TriggerName"`
}

// OssConfig is an OSS bucket backend.
type OssConfig struct {
	// OssRegionID is the bucket's region.
	OssRegionID string `json:"OssRegionId"`
	// BucketName is the bucket.
	BucketName string `json:"BucketName"`
}

// EventBridgeConfig is an EventBridge backend.
type EventBridgeConfig struct {
	// EventBridgeRegionID is the event bus's region.
	EventBridgeRegionID string `json:"EventBridgeRegionId"`
	// EventSource is the event source.
	EventSource string `json:"EventSource"`
	// EventBus is the event bus.
	EventBus string `json:"EventBus"`
	// RoleArn is the RAM role API Gateway assumes to publish events.
	RoleArn string `json:"RoleArn"`
}

// MockConfig is a mock backend's canned answer.
type MockConfig struct {
	// MockResult is the body of the canned answer.
	MockResult string `json:"MockResult"`
	// MockStatusCode is the status of the canned answer, as text.
	MockStatusCode string `json:"MockStatusCode"`
	// MockHeaders are the headers of the canned answer.
	MockHeaders []MockHeader `json:"MockHeaders"`
}

// MockHeader is one header of a mock answer.
type MockHeader struct {
	// HeaderName is the header's name.
	HeaderName string `json:"HeaderName"`
	// HeaderValue is the header's value.
	HeaderValue string `json:"HeaderValue"`
}

// DiscoveryConfig is a backend found through a service registry.
type DiscoveryConfig struct {
	// RcType is the registry type, e.g. NACOS or ZOOKEEPER.
	RcType string `json:"RcType"`
	// NacosConfig describes a Nacos registry.
	NacosConfig *NacosConfig `json:"NacosConfig,omitempty"`
	// ZookeeperConfig describes a ZooKeeper registry.
	ZookeeperConfig *ZookeeperConfig `json:"ZookeeperConfig,omitempty"`
}

// NacosConfig is a Nacos registry.
type NacosConfig struct {
	// ServerAddress is the Nacos server URL.
	ServerAddress string `json:"ServerAddress"`
	// Namespace is the Nacos namespace ID.
	Namespace string `json:"Namespace"`
	// GroupName is the service group.
	GroupName string `json:"GroupName"`
	// ServiceName is the microservice.
	ServiceName string `json:"ServiceName"`
	// Clusters are the microservice's clusters.
	Clusters string `json:"Clusters"`
	// AuthType is how API Gateway authenticates to Nacos.
	AuthType string `json:"AuthType"`
	// UserName is the Nacos user.
	UserName string `json:"UserName"`
	// Password is the Nacos password.
	Password string `json:"Password"`
	// AccessKey is the AccessKey of a RAM user allowed to manage MSE.
	AccessKey string `json:"AccessKey"`
	// SecretKey is that AccessKey's secret.
	SecretKey string `json:"SecretKey"`
}

// ZookeeperConfig is a ZooKeeper registry.
type ZookeeperConfig struct {
	// ConnectString is the ZooKeeper address.
	ConnectString string `json:"ConnectString"`
	// Namespace is the ZooKeeper namespace.
	Namespace string `json:"Namespace"`
	// ServiceName is the service.
	ServiceName string `json:"ServiceName"`
}

// EdasConfig is an EDAS microservice backend.
type EdasConfig struct {
	// MicroserviceNamespaceName is the EDAS namespace's name.
	MicroserviceNamespaceName string `json:"MicroserviceNamespaceName"`
	// MicroserviceNamespaceID is the EDAS namespace's ID.
	MicroserviceNamespaceID string `json:"MicroserviceNamespaceId"`
	// MicroserviceNamespace is the EDAS namespace's ID (a second member).
	MicroserviceNamespace string `json:"MicroserviceNamespace"`
	// ServiceName is the service.
	ServiceName string `json:"ServiceName"`
	// EdasAppID is the EDAS application.
	EdasAppID string `json:"EdasAppId"`
	// RegistryType is the registry EDAS uses.
	RegistryType string `json:"RegistryType"`
	// MseInstanceID is the MSE registry instance.
	MseInstanceID string `json:"MseInstanceId"`
}
