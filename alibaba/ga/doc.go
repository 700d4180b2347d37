// Package ga is a client for Alibaba Cloud Global Accelerator (GA), API
// version 2019-11-20.
//
// # A first call
//
// [New] builds a [Client] from an [alibaba.Config]. It does no I/O and
// cannot fail; a bad configuration is reported by the first call. Every
// operation is a method that takes a context, a request and optional
// per-call options:
//
//	c := ga.New(alibaba.Config{
//		Credentials: alibaba.StaticCredentials(id, secret, ""), // nil: the default chain
//	})
//	out, err := c.ListForwardingRules(ctx, &ga.ListForwardingRulesRequest{
//		AcceleratorID: "ga-bp17frjjh0udz4qzk****",
//		ListenerID:    "lsr-bp1s0vzbi5bxlx5pw****",
//	})
//	if err != nil {
//		return err
//	}
//	for _, rule := range out.ForwardingRules {
//		fmt.Println(rule.ForwardingRuleID, rule.ForwardingRuleStatus)
//	}
//
// GA is a global service managed from cn-hangzhou: calls go to
// ga.cn-hangzhou.aliyuncs.com and carry RegionId=cn-hangzhou whatever
// Config.Region says. Operations that take a ClientToken get one generated
// per call, reused on retries, unless the request sets its own.
//
// # Requests and responses
//
// Request fields are plain values and a zero value is not sent, so the
// server's default applies; a pointer marks the rare field whose zero is
// worth sending. Each field's comment says whether it is required, its
// valid range and the server's default. Response fields are plain values
// too, decoded tolerantly: a number sent as a string still decodes.
//
// Paginated operations (ListForwardingRules with NextToken,
// ListCustomRoutingPortMappingsByDestination with PageNumber) return one
// page per call; their comments say how to ask for the next one.
//
// # Errors
//
// A request with a required field left empty or a value out of range is
// refused before anything is sent, with an [*alibaba.ParamError] naming the
// wire parameter. Errors reported by the server are [*alibaba.APIError]
// values carrying the error code and request ID, and match sentinels such as
// [alibaba.ErrThrottled] and [alibaba.ErrNotFound] with errors.Is:
//
//	var apiErr *alibaba.APIError
//	if errors.As(err, &apiErr) {
//		log.Printf("GA refused: %s (request %s)", apiErr.Code, apiErr.RequestID)
//	}
//
// The Global Accelerator API reference is at https://api.aliyun.com/product/Ga.
// The files ending in _gen.go are generated from spec.json; see gen.go.
package ga
