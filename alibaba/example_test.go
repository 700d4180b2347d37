package alibaba_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/polycloud-go/polycloud/alibaba"
)

// describeRegions is an action polycloud does not generate, declared by
// hand: Client.Call works for any RPC action of any product.
var (
	ecs             = alibaba.Product{Service: "ecs", Version: "2014-05-26", Endpoint: "ecs.{region}.aliyuncs.com"}
	describeRegions = &alibaba.Operation{Action: "DescribeRegions", Idempotent: true}
)

// A stand-in for Alibaba Cloud answers the call; in production, leave
// Endpoint empty and the product's host for Config.Region is used.
func Example() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		fmt.Fprintf(w, `{"RequestId":"6C1D","Regions":{"Region":[{"RegionId":%q,"LocalName":%q}]}}`,
			q.Get("Action")+" "+q.Get("Format")+" "+q.Get("SignatureMethod"), q.Get("AcceptLanguage"))
	}))
	defer srv.Close()

	cfg := alibaba.Config{
		Region:      "cn-hangzhou",
		Credentials: alibaba.StaticCredentials("LTAI5tExampleKeyId", "example-secret", ""),
		Endpoint:    srv.URL,
	}
	client := alibaba.NewClient(cfg, ecs)

	params := &alibaba.Params{}
	params.Set("AcceptLanguage", "en-US")
	var out struct {
		RequestID string `json:"RequestId"`
		Regions   struct {
			Region []struct {
				RegionID  string `json:"RegionId"`
				LocalName string
			}
		}
	}
	if err := client.Call(context.Background(), describeRegions, params, &out); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(out.RequestID, out.Regions.Region[0].RegionID, out.Regions.Region[0].LocalName)
	// Output: 6C1D DescribeRegions JSON HMAC-SHA1 en-US
}

// Failures are *APIError values, classified by Alibaba's error code
// rather than by the HTTP status.
func ExampleAPIError() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusBadRequest)
		fmt.Fprint(w, `{"RequestId":"7F3A","Code":"NotExist.Listener","Message":"The listener does not exist."}`)
	}))
	defer srv.Close()

	cfg := alibaba.Config{Region: "cn-hangzhou", Credentials: alibaba.StaticCredentials("LTAI5tExampleKeyId", "s", ""), Endpoint: srv.URL}
	err := alibaba.NewClient(cfg, ecs).Call(context.Background(), describeRegions, nil, nil)

	var apiErr *alibaba.APIError
	if errors.As(err, &apiErr) {
		fmt.Println(apiErr.StatusCode, apiErr.Code, apiErr.RequestID)
	}
	fmt.Println(errors.Is(err, alibaba.ErrNotFound))
	fmt.Println(err)
	// Output:
	// 400 NotExist.Listener 7F3A
	// true
	// alibaba ecs DescribeRegions: HTTP 400 NotExist.Listener: The listener does not exist. (request id 7F3A)
}

// Credentials print without their secret or token, whatever the verb.
func ExampleStaticCredentials() {
	creds := alibaba.StaticCredentials("STS.NUgYrLnoC37mZZCNnAbez2", "secret", "CAIS…token")
	fmt.Println(creds)
	fmt.Printf("%+v\n", alibaba.Config{Region: "cn-hangzhou", Credentials: creds})
	// Output:
	// alibaba.StaticCredentials(alibaba.Credentials{AccessKeyID: "STS.…" (sts)})
	// alibaba.Config{Region: "cn-hangzhou", Endpoint: "", Credentials: alibaba.StaticCredentials(alibaba.Credentials{AccessKeyID: "STS.…" (sts)})}
}

// The default chain reads nothing until the first call needs credentials.
func ExampleDefaultCredentials() {
	creds := alibaba.DefaultCredentials()
	fmt.Println(creds)
	// Output: alibaba.DefaultCredentials()
}

// Sign with ACS3-HMAC-SHA256 (signature V3), chosen per client: the call
// is written the same way, and the URL keeps only the action's own
// parameters; Action, Version, the nonce, the date and any STS token
// travel in x-acs-* headers, the signature in Authorization.
func ExampleSignatureVersion() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		scheme, _, _ := strings.Cut(r.Header.Get("Authorization"), " ")
		fmt.Fprintf(w, `{"RequestId":%q}`, scheme+" "+r.Header.Get("X-Acs-Action")+" "+r.Header.Get("X-Acs-Security-Token")+" ?"+r.URL.RawQuery)
	}))
	defer srv.Close()

	cfg := alibaba.Config{
		Region:      "cn-hangzhou",
		Credentials: alibaba.StaticCredentials("STS.NExampleKeyId", "example-secret", "CAIS-example-token"),
		Endpoint:    srv.URL,
		Signature:   alibaba.SignatureV3,
	}
	params := &alibaba.Params{}
	params.Set("AcceptLanguage", "en-US")
	var out struct {
		RequestID string `json:"RequestId"`
	}
	if err := alibaba.NewClient(cfg, ecs).Call(context.Background(), describeRegions, params, &out); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(out.RequestID)
	fmt.Println(cfg.Signature)
	// Output:
	// ACS3-HMAC-SHA256 DescribeRegions CAIS-example-token ?AcceptLanguage=en-US&Format=JSON
	// V3 (ACS3-HMAC-SHA256)
}
