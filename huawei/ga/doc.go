// Package ga is a client for Huawei Cloud Global Accelerator (GA), API v1.
//
// # A first call
//
// [New] builds a [Client] from a [huawei.Config]. It does no I/O and cannot
// fail; a bad configuration is reported by the first call. GA is a global
// service: calls go to ga.myhuaweicloud.com with a domain-scoped token,
// whatever Config.Region says.
//
//	c := ga.New(huawei.Config{
//		Credentials: huawei.Password{DomainName: domain, UserName: user, Password: password},
//	})
//	out, err := c.ListByoipPools(ctx, &ga.ListByoipPoolsRequest{Limit: 100})
//	if err != nil {
//		return err
//	}
//	for _, pool := range out.ByoipPools {
//		fmt.Println(pool.ID, pool.CIDR, pool.Area)
//	}
//
// # Requests and responses
//
// Request fields are plain values and a zero value is not sent, so the
// server's default applies. Each field's comment says whether it is
// required, its valid range and the server's default. Enumerations such as
// [Area] and [IPType] are open: the constants list the values known today,
// and other values the server returns are kept as they are.
//
// ListByoipPools pages with a marker: send the response's
// PageInfo.NextMarker back as Marker until it comes back empty.
//
// # Errors
//
// A request that fails its checks is refused before anything is sent, with
// a [*huawei.ParamError] naming the wire parameter. Errors reported by the
// server are [*huawei.APIError] values carrying the error code and request
// ID, and match sentinels such as [huawei.ErrNotFound] with errors.Is.
//
// The API reference is in the Huawei Cloud API Explorer:
// https://console-intl.huaweicloud.com/apiexplorer/#/openapi/GA/doc.
// The files ending in _gen.go are generated from spec.json; see gen.go.
package ga
