// Command official-byoip lists the BYOIP pools of a Huawei Cloud account
// with the official SDK, github.com/huaweicloud/huaweicloud-sdk-go-v3.
package main

import (
	"fmt"
	"os"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/auth/basic"
	ga "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/ga/v1"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/ga/v1/model"
)

func main() {
	endpoint := os.Getenv("HUAWEI_ENDPOINT")
	if endpoint == "" {
		endpoint = "https://ga.myhuaweicloud.com"
	}
	creds, err := basic.NewCredentialsBuilder().WithAk(os.Getenv("HUAWEICLOUD_SDK_AK")).WithSk(os.Getenv("HUAWEICLOUD_SDK_SK")).
		WithProjectId(os.Getenv("HUAWEICLOUD_SDK_PROJECT_ID")).SafeBuild()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	hc, err := ga.GaClientBuilder().WithEndpoints([]string{endpoint}).WithCredential(creds).SafeBuild()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	limit := int32(100)
	out, err := ga.NewGaClient(hc).ListByoipPools(&model.ListByoipPoolsRequest{Limit: &limit})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if out.ByoipPools != nil {
		for _, p := range *out.ByoipPools {
			fmt.Println(*p.Id, *p.Cidr, p.IpType)
		}
	}
}
