// Command polycloud-byoip lists the BYOIP pools of a Huawei Cloud account
// with polycloud: the binary-size measure of one Huawei GA operation.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/polycloud-go/polycloud/huawei"
	"github.com/polycloud-go/polycloud/huawei/ga"
)

func main() {
	c := ga.New(huawei.Config{
		Region:      "ap-southeast-1",
		Endpoint:    os.Getenv("HUAWEI_ENDPOINT"), // empty: the real one
		Credentials: huawei.AccessKey{ID: os.Getenv("HUAWEICLOUD_SDK_AK"), Secret: os.Getenv("HUAWEICLOUD_SDK_SK")},
		ProjectID:   os.Getenv("HUAWEICLOUD_SDK_PROJECT_ID"),
	})
	out, err := c.ListByoipPools(context.Background(), &ga.ListByoipPoolsRequest{Limit: 100})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, p := range out.ByoipPools {
		fmt.Println(p.ID, p.CIDR, p.IPType)
	}
}
