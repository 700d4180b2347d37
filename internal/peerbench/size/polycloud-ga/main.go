// Command polycloud-ga lists the forwarding rules of a Global Accelerator
// listener with polycloud: the binary-size measure of one GA operation.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/alibaba/ga"
)

func main() {
	c := ga.New(alibaba.Config{
		Region:      "cn-hangzhou",
		Endpoint:    os.Getenv("ALIBABA_ENDPOINT"), // empty: the real one
		Credentials: alibaba.StaticCredentials(os.Getenv("ALIBABA_CLOUD_ACCESS_KEY_ID"), os.Getenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), ""),
	})
	out, err := c.ListForwardingRules(context.Background(), &ga.ListForwardingRulesRequest{
		AcceleratorID: os.Getenv("GA_ACCELERATOR_ID"), ListenerID: os.Getenv("GA_LISTENER_ID"),
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, r := range out.ForwardingRules {
		fmt.Println(r.ForwardingRuleID, r.ForwardingRuleName, r.Priority)
	}
}
