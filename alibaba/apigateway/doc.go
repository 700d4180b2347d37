// Package apigateway is a client for Alibaba Cloud API Gateway (product code
// CloudAPI), API version 2016-07-14.
//
// # A first call
//
// [New] builds a [Client] from an [alibaba.Config]. It does no I/O and
// cannot fail; a bad configuration is reported by the first call. API
// Gateway is regional: calls go to apigateway.{region}.aliyuncs.com, so set
// Config.Region (or Config.Endpoint).
//
//	c := apigateway.New(alibaba.Config{
//		Region:      "cn-hangzhou",
//		Credentials: alibaba.StaticCredentials(id, secret, ""), // nil: the default chain
//	})
//	out, err := c.DescribeBackendInfo(ctx, &apigateway.DescribeBackendInfoRequest{
//		BackendID: "739b68751c0b4e899e04d0c92b6d0be7",
//	})
//	if err != nil {
//		return err
//	}
//	for _, m := range out.BackendInfo.BackendModels {
//		fmt.Println(m.StageName, m.BackendConfig.Type)
//	}
//
// With STS credentials the signer sends the security token; requests have
// no SecurityToken field.
//
// # Requests and responses
//
// Request fields are plain values and a zero value is not sent, so the
// server's default applies. Each field's comment says whether it is
// required, its valid range and the server's default. Response fields are
// plain values too, decoded tolerantly: a number sent as a string still
// decodes, and the service's {"Items":{"Item":[…]}} list wrappers appear as
// plain slices.
//
// # Errors
//
// A request that fails its checks is refused before anything is sent, with
// an [*alibaba.ParamError] naming the wire parameter. Errors reported by the
// server are [*alibaba.APIError] values carrying the error code and request
// ID, and match sentinels such as [alibaba.ErrThrottled] with errors.Is.
//
// The API Gateway API reference is at https://api.aliyun.com/product/CloudAPI.
// The files ending in _gen.go are generated from spec.json; see gen.go.
package apigateway
