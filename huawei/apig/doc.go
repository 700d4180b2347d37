// Package apig is a client for Huawei Cloud API Gateway (APIG), API v2.
//
// # A first call
//
// [New] builds a [Client] from a [huawei.Config]. It does no I/O and cannot
// fail; a bad configuration is reported by the first call. APIG is
// regional: calls go to apig.{region}.myhuaweicloud.com with a token scoped
// to the project of Config.Region, and {project_id} in paths is
// Config.ProjectID, or the token's project when that is empty.
//
//	c := apig.New(huawei.Config{
//		Region:      "ap-southeast-1",
//		Credentials: huawei.Password{DomainName: domain, UserName: user, Password: password},
//	})
//	port, err := c.AddCustomIngressPort(ctx, &apig.AddCustomIngressPortRequest{
//		InstanceID:  gatewayID,
//		Protocol:    apig.IngressProtocolHTTPS,
//		IngressPort: 8443,
//	})
//	if err != nil {
//		return err
//	}
//	fmt.Println(port.IngressPortID, port.Status)
//
// # Requests and responses
//
// A request struct holds path, query, header and JSON body members alike;
// its tags say where each goes. Fields are plain values and a zero value is
// not sent. Each field's comment says whether it is required and its valid
// range. Enumerations such as [IngressProtocol] are open: the constants list
// the values known today, and other values are sent and kept as they are.
//
// # Errors
//
// A request that fails its checks is refused before anything is sent, with
// a [*huawei.ParamError] naming the wire parameter: IngressPort 80, for
// instance, is outside 1024 to 49151. Errors reported by the server are
// [*huawei.APIError] values carrying the error code and request ID, and
// match sentinels such as [huawei.ErrConflict] with errors.Is.
//
// The API reference is in the Huawei Cloud API Explorer:
// https://console-intl.huaweicloud.com/apiexplorer/#/openapi/APIG/doc.
// The files ending in _gen.go are generated from spec.json; see gen.go.
package apig
