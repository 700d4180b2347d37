// Command official-ga lists the forwarding rules of a Global Accelerator
// listener with the official V1 SDK, github.com/aliyun/alibaba-cloud-sdk-go.
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/aliyun/alibaba-cloud-sdk-go/services/ga"
)

func main() {
	c, err := ga.NewClientWithAccessKey("cn-hangzhou", os.Getenv("ALIBABA_CLOUD_ACCESS_KEY_ID"), os.Getenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	req := ga.CreateListForwardingRulesRequest()
	req.Scheme = "https"
	if e := os.Getenv("ALIBABA_ENDPOINT"); e != "" {
		scheme, host, _ := strings.Cut(e, "://")
		req.Scheme, req.Domain = scheme, host
	}
	req.AcceleratorId, req.ListenerId, req.RegionId = os.Getenv("GA_ACCELERATOR_ID"), os.Getenv("GA_LISTENER_ID"), "cn-hangzhou"
	out, err := c.ListForwardingRules(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, r := range out.ForwardingRules {
		fmt.Println(r.ForwardingRuleId, r.ForwardingRuleName, r.Priority)
	}
}
