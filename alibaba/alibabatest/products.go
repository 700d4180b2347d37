package alibabatest

// product is one RPC product the server serves on its single URL.
type product struct {
	code    string // the product code in error Recommend links
	version string
	host    string // the real endpoint, reported as HostId
}

// API versions of the products the server serves.
const (
	gaVersion         = "2019-11-20"
	apiGatewayVersion = "2016-07-14"
)

// productFor returns the product whose API version is version.
func productFor(version string) (product, bool) {
	switch version {
	case gaVersion:
		return product{code: "Ga", version: gaVersion, host: "ga.cn-hangzhou.aliyuncs.com"}, true
	case apiGatewayVersion:
		return product{code: "CloudAPI", version: apiGatewayVersion, host: "apigateway.cn-hangzhou.aliyuncs.com"}, true
	}
	return product{}, false
}
