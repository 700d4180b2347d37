// Command floor-ga lists the forwarding rules of a Global Accelerator
// listener with net/http, encoding/json and the RPC signature written
// inline (package floor): the floor of the binary-size comparison.
package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/polycloud-go/polycloud/internal/peerbench/floor"
)

// listForwardingRulesResponse is the part of the answer the program uses,
// declared by hand as a program without an SDK does.
type listForwardingRulesResponse struct {
	RequestID       string `json:"RequestId"`
	TotalCount      int32
	NextToken       string
	MaxResults      int32
	ForwardingRules []struct {
		Priority                int32
		ForwardingRuleID        string `json:"ForwardingRuleId"`
		ForwardingRuleName      string
		ForwardingRuleDirection string
		ForwardingRuleStatus    string
		ListenerID              string `json:"ListenerId"`
	}
}

func main() {
	endpoint := os.Getenv("ALIBABA_ENDPOINT")
	if endpoint == "" {
		endpoint = "https://ga.cn-hangzhou.aliyuncs.com"
	}
	rpc := &floor.RPC{
		HTTP: floor.NewHTTPClient(), Endpoint: endpoint, Version: "2019-11-20",
		KeyID: os.Getenv("ALIBABA_CLOUD_ACCESS_KEY_ID"), KeySecret: os.Getenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var out listForwardingRulesResponse
	err := rpc.Call(ctx, "ListForwardingRules", [][2]string{
		{"AcceleratorId", os.Getenv("GA_ACCELERATOR_ID")}, {"ListenerId", os.Getenv("GA_LISTENER_ID")},
		{"RegionId", "cn-hangzhou"}, {"ClientToken", floor.NewUUID()},
	}, &out)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, r := range out.ForwardingRules {
		fmt.Println(r.ForwardingRuleID, r.ForwardingRuleName, r.Priority)
	}
}
