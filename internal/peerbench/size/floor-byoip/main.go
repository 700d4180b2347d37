// Command floor-byoip lists the BYOIP pools of a Huawei Cloud account with
// net/http and encoding/json (package floor): the floor of the binary-size
// comparison. It authenticates with an X-Auth-Token obtained beforehand.
package main

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"time"

	"github.com/polycloud-go/polycloud/internal/peerbench/floor"
)

// listByoipPoolsResponse is the part of the answer the program uses.
type listByoipPoolsResponse struct {
	RequestID  string `json:"request_id"`
	ByoipPools []struct {
		ID        string    `json:"id"`
		CIDR      string    `json:"cidr"`
		IPType    string    `json:"ip_type"`
		CreatedAt time.Time `json:"created_at"`
		Area      string    `json:"area"`
	} `json:"byoip_pools"`
	PageInfo struct {
		NextMarker string `json:"next_marker"`
	} `json:"page_info"`
}

func main() {
	endpoint := os.Getenv("HUAWEI_ENDPOINT")
	if endpoint == "" {
		endpoint = "https://ga.myhuaweicloud.com"
	}
	rest := &floor.REST{HTTP: floor.NewHTTPClient(), Endpoint: endpoint, Token: os.Getenv("HUAWEICLOUD_TOKEN")}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var out listByoipPoolsResponse
	if err := rest.Call(ctx, http.MethodGet, "/v1/byoip-pools", url.Values{"limit": {"100"}}, nil, &out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, p := range out.ByoipPools {
		fmt.Println(p.ID, p.CIDR, p.IPType)
	}
}
