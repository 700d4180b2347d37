package alibaba

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	testKeyID  = "LTAI5tTestKeyId"
	testSecret = "TestSecretValue"
)

var (
	testProduct = Product{Service: "ga", Version: "2019-11-20", Endpoint: "ga.cn-hangzhou.aliyuncs.com", RegionID: "cn-hangzhou"}
	listRules   = &Operation{Action: "ListForwardingRules", Idempotent: true, RegionID: true}
	createRules = &Operation{Action: "CreateForwardingRules", RegionID: true, ClientToken: true}
	fastRetry   = RetryPolicy{MaxAttempts: 4, MinBackoff: time.Millisecond, MaxBackoff: 2 * time.Millisecond}
)

// newTestClient points a client at the fake server.
func newTestClient(f *fakeRPC, product Product, creds CredentialsProvider) *Client {
	return NewClient(Config{Region: "cn-shanghai", Credentials: creds, Endpoint: f.srv.URL, Retry: fastRetry}, product)
}

func TestCallSendsExactlyWhatItSigned(t *testing.T) {
	f := newFakeRPC(t)
	c := newTestClient(f, testProduct, StaticCredentials(testKeyID, testSecret, ""))
	p := paramsOf("AcceleratorId", "ga-bp1 *~+/=&加速", "ListenerId", "lsr-1")
	var out struct {
		RequestID string `json:"RequestId"`
	}
	require.NoError(t, c.Call(context.Background(), listRules, p, &out))
	assert.Equal(t, "REQ-OK", out.RequestID)

	got := f.requests()
	require.Len(t, got, 1)
	r := got[0]
	assert.Equal(t, "POST", r.Method)
	assert.True(t, r.signatureValid(testSecret), "signature verifies with the reference implementation")
	assert.Equal(t, refCanonical(r.signed())+"&Signature="+refEncode(r.Query.Get("Signature")), r.RawQuery,
		"the query is the canonical string, RFC 3986 encoded, Signature last")
	assert.NotContains(t, r.RawQuery, "+", "spaces are %20, never +")
	for k, v := range map[string]string{
		"Action": "ListForwardingRules", "Version": "2019-11-20", "Format": "JSON", "AccessKeyId": testKeyID,
		"SignatureMethod": "HMAC-SHA1", "SignatureVersion": "1.0", "RegionId": "cn-hangzhou",
		"AcceleratorId": "ga-bp1 *~+/=&加速", "ListenerId": "lsr-1",
	} {
		assert.Equal(t, v, r.Query.Get(k), k)
	}
	assert.Regexp(t, `^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$`, r.Query.Get("Timestamp"))
	assert.Regexp(t, `^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`, r.Query.Get("SignatureNonce"))
	assert.NotContains(t, r.Query, "SecurityToken")
	assert.NotContains(t, r.Query, "ClientToken", "only actions that take one get a ClientToken")
	assert.Equal(t, []Param{{"AcceleratorId", "ga-bp1 *~+/=&加速"}, {"ListenerId", "lsr-1"}}, p.Query(), "params not modified")
}

func TestCallSignsFormParametersAndSendsThemInTheBody(t *testing.T) {
	f := newFakeRPC(t)
	c := newTestClient(f, Product{Service: "apigateway", Version: "2016-07-14", Endpoint: "apigateway.{region}.aliyuncs.com"},
		StaticCredentials(testKeyID, testSecret, ""))
	p := paramsOf("GroupId", "g-1")
	p.SetForm("Data", "swagger: '2.0'\npaths: {/a b: x*y}")
	require.NoError(t, c.Call(context.Background(), &Operation{Action: "ImportSwagger"}, p, nil))

	r := f.requests()[0]
	assert.Equal(t, "swagger: '2.0'\npaths: {/a b: x*y}", r.Form.Get("Data"))
	assert.NotContains(t, r.Query, "Data", "form parameters stay out of the URL")
	assert.True(t, r.signatureValid(testSecret), "form parameters are signed with the query ones")
	assert.Equal(t, refCanonical(withoutSignature(r.Query))+"&Signature="+refEncode(r.Query.Get("Signature")), r.RawQuery)
}

func withoutSignature(q url.Values) url.Values {
	out := url.Values{}
	for k, v := range q {
		if k != "Signature" {
			out[k] = v
		}
	}
	return out
}

func TestCallRetriesThrottlingWithFreshSignatures(t *testing.T) {
	throttled := reply{status: 400, body: map[string]any{"RequestId": "REQ-T", "Code": "Throttling.User", "Message": "Request was denied due to user flow control."}}
	f := newFakeRPC(t, throttled, throttled, reply{status: 200, body: map[string]any{"RequestId": "REQ-OK"}})
	c := newTestClient(f, testProduct, StaticCredentials(testKeyID, testSecret, ""))
	require.NoError(t, c.Call(context.Background(), createRules, paramsOf("AcceleratorId", "ga-1"), nil))

	got := f.requests()
	require.Len(t, got, 3)
	nonces, signatures := map[string]bool{}, map[string]bool{}
	token := got[0].Query.Get("ClientToken")
	assert.NotEmpty(t, token)
	for _, r := range got {
		assert.True(t, r.signatureValid(testSecret))
		nonces[r.Query.Get("SignatureNonce")] = true
		signatures[r.Query.Get("Signature")] = true
		assert.Equal(t, token, r.Query.Get("ClientToken"), "one ClientToken per logical call")
	}
	assert.Len(t, nonces, 3, "a fresh nonce per attempt")
	assert.Len(t, signatures, 3, "a fresh signature per attempt")
}

func TestCallKeepsCallerClientToken(t *testing.T) {
	f := newFakeRPC(t)
	c := newTestClient(f, testProduct, StaticCredentials(testKeyID, testSecret, ""))
	require.NoError(t, c.Call(context.Background(), createRules, paramsOf("ClientToken", "mine"), nil))
	assert.Equal(t, "mine", f.requests()[0].Query.Get("ClientToken"))
}

func TestCallSendsAndSignsSecurityToken(t *testing.T) {
	f := newFakeRPC(t)
	c := newTestClient(f, testProduct, StaticCredentials("STS.id", testSecret, "CAIS/token+value=="))
	p := paramsOf("SecurityToken", "api-gateway-own-parameter")
	require.NoError(t, c.Call(context.Background(), listRules, p, nil))
	r := f.requests()[0]
	assert.Equal(t, []string{"CAIS/token+value=="}, r.Query["SecurityToken"])
	assert.True(t, r.signatureValid(testSecret))
}

func TestCallFillsRegionIDOnlyWhenTheActionTakesOne(t *testing.T) {
	regional := Product{Service: "apigateway", Version: "2016-07-14", Endpoint: "apigateway.{region}.aliyuncs.com"}
	tests := []struct {
		name    string
		product Product
		op      *Operation
		params  *Params
		want    []string
	}{
		{"product region wins", testProduct, listRules, nil, []string{"cn-hangzhou"}},
		{"config region", regional, &Operation{Action: "DescribeApis", RegionID: true}, nil, []string{"cn-shanghai"}},
		{"caller's region kept", regional, &Operation{Action: "DescribeApis", RegionID: true}, paramsOf("RegionId", "eu-central-1"), []string{"eu-central-1"}},
		{"action without RegionId", regional, &Operation{Action: "DescribeBackendInfo"}, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeRPC(t)
			require.NoError(t, newTestClient(f, tc.product, StaticCredentials(testKeyID, testSecret, "")).Call(context.Background(), tc.op, tc.params, nil))
			assert.Equal(t, tc.want, f.requests()[0].Query["RegionId"])
		})
	}
}

// recorder is a transport that records requests and answers 200 without
// any network, to check where requests would go.
type recorder struct {
	mu   sync.Mutex
	urls []*url.URL
}

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	r.mu.Lock()
	r.urls = append(r.urls, req.URL)
	r.mu.Unlock()
	return &http.Response{StatusCode: 200, Header: http.Header{}, Body: io.NopCloser(strings.NewReader(`{}`)), Request: req}, nil
}

func TestCallResolvesEndpoints(t *testing.T) {
	regional := Product{Service: "apigateway", Version: "2016-07-14", Endpoint: "apigateway.{region}.aliyuncs.com"}
	tests := []struct {
		name     string
		product  Product
		region   string
		endpoint string
		want     string // scheme://host/path, or "" for a *ParamError
		field    string
	}{
		{"pinned global host ignores region", testProduct, "eu-central-1", "", "https://ga.cn-hangzhou.aliyuncs.com/", ""},
		{"region template", regional, "cn-shanghai", "", "https://apigateway.cn-shanghai.aliyuncs.com/", ""},
		{"override with scheme", regional, "", "http://127.0.0.1:8080", "http://127.0.0.1:8080/", ""},
		{"override without scheme", regional, "", "apigateway-vpc.cn-beijing.aliyuncs.com", "https://apigateway-vpc.cn-beijing.aliyuncs.com/", ""},
		{"empty region", regional, "", "", "", "Config.Region"},
		{"region that is not a region id", regional, "evil.example/x?", "", "", "Config.Region"},
		{"malformed endpoint", regional, "cn-shanghai", "ftp://host", "", "Endpoint"},
		{"endpoint with query", regional, "cn-shanghai", "https://host/?a=b", "", "Endpoint"},
		{"endpoint with user info", regional, "cn-shanghai", "https://user:pw@host", "", "Endpoint"},
		{"product without endpoint", Product{Service: "x", Version: "1"}, "cn-shanghai", "", "", "Config.Endpoint"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := &recorder{}
			cfg := Config{Region: tc.region, Endpoint: tc.endpoint, Credentials: StaticCredentials(testKeyID, testSecret, ""),
				HTTPClient: &http.Client{Transport: rec}}
			err := NewClient(cfg, tc.product).Call(context.Background(), &Operation{Action: "DescribeApis", RegionID: true}, nil, nil)
			if tc.want == "" {
				var pe *ParamError
				require.ErrorAs(t, err, &pe)
				assert.Equal(t, tc.field, pe.Field)
				assert.ErrorIs(t, err, ErrInvalidArgument)
				assert.Empty(t, rec.urls, "nothing sent")
				return
			}
			require.NoError(t, err)
			require.Len(t, rec.urls, 1)
			u := rec.urls[0]
			assert.Equal(t, tc.want, u.Scheme+"://"+u.Host+u.Path)
		})
	}
}

func TestCallRejectsMissingOperation(t *testing.T) {
	rec := &recorder{}
	c := NewClient(Config{Credentials: StaticCredentials("a", "b", ""), HTTPClient: &http.Client{Transport: rec}}, testProduct)
	var pe *ParamError
	require.ErrorAs(t, c.Call(context.Background(), nil, nil, nil), &pe)
	require.ErrorAs(t, c.Call(context.Background(), &Operation{}, nil, nil), &pe)
	//lint:ignore SA1012 a nil context is what is being tested
	require.ErrorAs(t, c.Call(nil, listRules, nil, nil), &pe)
	assert.Equal(t, "ctx", pe.Field)
	assert.Empty(t, rec.urls)
}

func TestCallReportsCredentialFailuresWithoutSending(t *testing.T) {
	rec := &recorder{}
	failing := providerFunc(func(context.Context) (Credentials, error) { return Credentials{}, errors.New("vault is sealed") })
	c := NewClient(Config{Credentials: failing, HTTPClient: &http.Client{Transport: rec}, Retry: fastRetry}, testProduct)
	err := c.Call(context.Background(), listRules, nil, nil)
	require.ErrorContains(t, err, "vault is sealed")
	assert.Empty(t, rec.urls)
}

// providerFunc adapts a function to CredentialsProvider.
type providerFunc func(context.Context) (Credentials, error)

func (f providerFunc) Retrieve(ctx context.Context) (Credentials, error) { return f(ctx) }
