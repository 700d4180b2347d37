package huawei_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"time"

	"github.com/polycloud-go/polycloud/huawei"
	"github.com/polycloud-go/polycloud/huawei/huaweitest"
)

// fakeIAM stands in for https://iam.myhuaweicloud.com: it issues the token
// "example-token" for project ap-southeast-1, whose ID is "0a1b2c".
func fakeIAM() *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Subject-Token", "example-token")
		w.WriteHeader(http.StatusCreated)
		fmt.Fprintf(w, `{"token":{"expires_at":%q,"project":{"id":"0a1b2c","name":"ap-southeast-1"},"user":{"domain":{"id":"d9e8"}}}}`,
			time.Now().Add(24*time.Hour).UTC().Format("2006-01-02T15:04:05.000000Z"))
	}))
}

// fakeAPIG stands in for an API Gateway endpoint: it echoes the path and
// whether the token arrived, and reports an unknown instance as Huawei
// Cloud does.
func fakeAPIG() *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Request-Id", "req-42")
		if r.URL.Query().Get("instance") == "missing" {
			w.WriteHeader(http.StatusNotFound)
			_, _ = io.WriteString(w, `{"error_code":"APIG.3030","error_msg":"The instance does not exist"}`)
			return
		}
		fmt.Fprintf(w, `{"path":%q,"authenticated":%t}`, r.URL.Path, r.Header.Get("X-Auth-Token") == "example-token")
	}))
}

// apig describes API Gateway by hand; the generated huawei/apig package
// declares the same.
var apig = huawei.Service{Name: "apig", Endpoint: "apig.{region}.myhuaweicloud.com"}

var listInstances = &huawei.Operation{
	Name: "ListInstances", Method: http.MethodGet, Path: "/v2/{project_id}/apigw/instances", Idempotent: true,
}

// A Password-authenticated client gets a project-scoped token from IAM
// once, fills {project_id} from it and sends it as X-Auth-Token.
func Example() {
	iam, svc := fakeIAM(), fakeAPIG()
	defer iam.Close()
	defer svc.Close()

	c := huawei.NewClient(huawei.Config{
		Region:      "ap-southeast-1",
		Credentials: huawei.Password{DomainName: "acme", UserName: "deployer", Password: "s3cret"},
		Endpoint:    svc.URL, // the default is https://apig.ap-southeast-1.myhuaweicloud.com
		IAMEndpoint: iam.URL, // the default is https://iam.myhuaweicloud.com
	}, apig)

	var out struct {
		Path          string `json:"path"`
		Authenticated bool   `json:"authenticated"`
	}
	if _, err := c.Call(context.Background(), listInstances, nil, &out); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(out.Path, out.Authenticated)
	// Output: /v2/0a1b2c/apigw/instances true
}

// Configurations and credentials print without their secrets.
func ExamplePassword() {
	cfg := huawei.Config{
		Region:      "ap-southeast-1",
		Credentials: huawei.Password{DomainName: "acme", UserName: "deployer", Password: "s3cret"},
	}
	fmt.Printf("%+v\n", cfg.Credentials)
	fmt.Printf("%v\n", huawei.StaticToken("MIIatAYJKoZIhvcNAQcC…"))
	// Output:
	// huawei.Password{DomainName: "acme", UserName: "deployer", Password: <redacted>}
	// huawei.StaticToken(<redacted>)
}

// A failed call is an *APIError carrying the provider's code and request
// id, and matches the sentinel of its kind.
func ExampleAPIError() {
	svc := fakeAPIG()
	defer svc.Close()
	c := huawei.NewClient(huawei.Config{
		Region: "ap-southeast-1", ProjectID: "0a1b2c", Endpoint: svc.URL,
		Credentials: huawei.StaticToken("example-token"),
	}, apig)

	req := &huawei.Request{}
	req.SetQuery("instance", "missing")
	_, err := c.Call(context.Background(), listInstances, req, nil)

	var apiErr *huawei.APIError
	if errors.As(err, &apiErr) {
		fmt.Println(apiErr.StatusCode, apiErr.Code, apiErr.RequestID)
	}
	fmt.Println(errors.Is(err, huawei.ErrNotFound))
	fmt.Println(err)
	// Output:
	// 404 APIG.3030 req-42
	// true
	// huawei apig ListInstances: HTTP 404 APIG.3030: The instance does not exist (request id req-42)
}

// agencyToken is a credentials source of your own: it asks IAM for a
// token of an agency (a role in another account) with the delegated
// user's token, through the IAM client the SDK hands it.
type agencyToken struct {
	delegate        huawei.Credentials // the user who assumes the agency
	account, agency string
}

func (a agencyToken) Token(ctx context.Context, req huawei.TokenRequest) (huawei.Token, error) {
	own, err := a.delegate.Token(ctx, huawei.TokenRequest{Scope: huawei.Scope{Domain: true}, IAM: req.IAM})
	if err != nil {
		return huawei.Token{}, err
	}
	scope := map[string]any{"domain": map[string]any{"name": a.account}}
	if !req.Scope.Domain {
		scope = map[string]any{"project": map[string]any{"name": req.Scope.Project}}
	}
	return req.IAM.CreateToken(ctx, map[string]any{"auth": map[string]any{
		"identity": map[string]any{"methods": []string{"assume_role"},
			"assume_role": map[string]any{"domain_name": a.account, "agency_name": a.agency}},
		"scope": scope,
	}}, own.Value)
}

// Any type with a Token method is a credentials source; the client caches
// its tokens like those of Password.
func ExampleCredentials() {
	iam, svc := fakeIAM(), fakeAPIG()
	defer iam.Close()
	defer svc.Close()

	c := huawei.NewClient(huawei.Config{
		Region:      "ap-southeast-1",
		Credentials: agencyToken{delegate: huawei.StaticToken("user-token"), account: "partner", agency: "ops"},
		Endpoint:    svc.URL,
		IAMEndpoint: iam.URL,
	}, apig)
	var out struct {
		Path string `json:"path"`
	}
	_, err := c.Call(context.Background(), listInstances, nil, &out)
	fmt.Println(out.Path, err)
	// Output: /v2/0a1b2c/apigw/instances <nil>
}

// An access key signs every request; printed, it shows only the start of
// its ID. Clients of regional services learn the project ID from IAM once
// (or from Config.ProjectID).
func ExampleAccessKey() {
	srv := huaweitest.NewServer() // stands in for IAM and API Gateway
	defer srv.Close()

	cfg := huawei.Config{
		Region:      "ap-southeast-1",
		Credentials: huawei.AccessKey{ID: huaweitest.AccessKeyID, Secret: huaweitest.SecretAccessKey},
		Endpoint:    srv.URL, // the defaults are the real endpoints
		IAMEndpoint: srv.URL,
	}
	fmt.Printf("%+v\n", cfg.Credentials)

	c := huawei.NewClient(cfg, apig)
	req := &huawei.Request{}
	req.SetPath("instance_id", huaweitest.DefaultInstanceID)
	var out struct {
		Total int `json:"total"`
	}
	_, err := c.Call(context.Background(), listPorts, req, &out)
	fmt.Println(out.Total, err)
	// Output:
	// huawei.AccessKey{ID: "HWTE…", Secret: <redacted>, SecurityToken: ""}
	// 2 <nil>
}

var listPorts = &huawei.Operation{Name: "ListCustomIngressPorts", Method: http.MethodGet, Idempotent: true,
	Path: "/v2/{project_id}/apigw/instances/{instance_id}/custom-ingress-ports"}

// DefaultAccessKey reads nothing until the first call; then it takes the
// key from HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, or from
// ~/.huaweicloud/credentials.
func ExampleDefaultAccessKey() {
	cfg := huawei.Config{Region: "ap-southeast-1", Credentials: huawei.DefaultAccessKey()}
	fmt.Println(cfg)
	// Output: huawei.Config{Region: "ap-southeast-1", ProjectID: "", DomainID: "", Endpoint: "", IAMEndpoint: "", Credentials: huawei.DefaultAccessKey()}
}
