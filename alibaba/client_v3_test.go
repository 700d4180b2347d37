package alibaba

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newV3TestClient points a signature V3 client at the fake server.
func newV3TestClient(f *fakeRPC, product Product, creds CredentialsProvider, opts ...Option) *Client {
	cfg := Config{Region: "cn-shanghai", Credentials: creds, Endpoint: f.srv.URL, Retry: fastRetry, Signature: SignatureV3}
	return NewClient(cfg, product, opts...)
}

var apiGateway = Product{Service: "apigateway", Version: "2016-07-14", Endpoint: "apigateway.{region}.aliyuncs.com"}

func TestCallV3SendsExactlyWhatItSigned(t *testing.T) {
	f := newFakeRPC(t)
	c := newV3TestClient(f, testProduct, StaticCredentials(testKeyID, testSecret, ""))
	p := paramsOf("AcceleratorId", "ga-bp1 *~+/=&加速", "ListenerId", "lsr-1")
	require.NoError(t, c.Call(context.Background(), listRules, p, nil))

	got := f.requests()
	require.Len(t, got, 1)
	r := got[0]
	assert.True(t, r.v3Valid(t, testSecret), "signature verifies with the reference implementation")
	assert.Equal(t, refCanonical(r.Query), r.RawQuery, "the query is the canonical query, RFC 3986 encoded")
	assert.Equal(t, "AcceleratorId=ga-bp1%20%2A~%2B%2F%3D%26%E5%8A%A0%E9%80%9F&Format=JSON&ListenerId=lsr-1&RegionId=cn-hangzhou", r.RawQuery)
	assert.Equal(t, "ListForwardingRules", r.Header.Get("x-acs-action"))
	assert.Equal(t, "2019-11-20", r.Header.Get("x-acs-version"))
	assert.Equal(t, emptyPayloadHash, r.Header.Get("x-acs-content-sha256"))
	assert.Regexp(t, `^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`, r.Header.Get("x-acs-signature-nonce"))
	assert.Regexp(t, `^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$`, r.Header.Get("x-acs-date"))
	assert.Empty(t, r.Header.Get("Content-Type"), "no body, no content type")
}

func TestCallV3SignsTheFormBodyByItsHash(t *testing.T) {
	f := newFakeRPC(t)
	c := newV3TestClient(f, apiGateway, StaticCredentials(testKeyID, testSecret, ""))
	p := paramsOf("GroupId", "g-1")
	p.SetForm("Data", "swagger: '2.0'\npaths: {/a b: x*y}")
	require.NoError(t, c.Call(context.Background(), &Operation{Action: "ImportSwagger"}, p, nil))

	r := f.requests()[0]
	assert.Equal(t, "swagger: '2.0'\npaths: {/a b: x*y}", r.Form.Get("Data"))
	assert.Equal(t, "Format=JSON&GroupId=g-1", r.RawQuery, "form parameters stay out of the URL")
	assert.Equal(t, payloadHash([]byte(r.Body)), r.Header.Get("x-acs-content-sha256"))
	assert.Contains(t, r.Header.Get("Authorization"), "SignedHeaders=content-type;host;")
	assert.True(t, r.v3Valid(t, testSecret))
}

func TestCallV3RetriesThrottlingWithFreshSignatures(t *testing.T) {
	throttled := reply{status: 400, body: map[string]any{"RequestId": "REQ-T", "Code": "Throttling.User", "Message": "Request was denied due to user flow control."}}
	f := newFakeRPC(t, throttled, throttled, reply{status: 200, body: map[string]any{"RequestId": "REQ-OK"}})
	c := newV3TestClient(f, testProduct, StaticCredentials(testKeyID, testSecret, ""))
	require.NoError(t, c.Call(context.Background(), createRules, paramsOf("AcceleratorId", "ga-1"), nil))

	got := f.requests()
	require.Len(t, got, 3)
	nonces, signatures := map[string]bool{}, map[string]bool{}
	token := got[0].Query.Get("ClientToken")
	assert.NotEmpty(t, token)
	for _, r := range got {
		assert.True(t, r.v3Valid(t, testSecret))
		nonces[r.Header.Get("x-acs-signature-nonce")] = true
		signatures[r.Header.Get("Authorization")] = true
		assert.Equal(t, token, r.Query.Get("ClientToken"), "one ClientToken per logical call")
	}
	assert.Len(t, nonces, 3, "a fresh nonce per attempt")
	assert.Len(t, signatures, 3, "a fresh signature per attempt")
}

func TestCallV3SendsTheSTSTokenInAHeaderOnly(t *testing.T) {
	const token = "CAIS/token+value=="
	f := newFakeRPC(t)
	c := newV3TestClient(f, apiGateway, StaticCredentials("STS.id", testSecret, token))
	require.NoError(t, c.Call(context.Background(), &Operation{Action: "DescribeApis"}, paramsOf("SecurityToken", "api-gateway-own-parameter"), nil))
	r := f.requests()[0]
	assert.Equal(t, []string{token}, r.Header.Values("x-acs-security-token"))
	assert.NotContains(t, r.Query, "SecurityToken")
	for _, form := range encodings(token) {
		assert.NotContains(t, r.RawQuery, form)
	}
	assert.True(t, r.v3Valid(t, testSecret))
}

func TestCallV3SignsTheCallersXAcsHeaders(t *testing.T) {
	f := newFakeRPC(t)
	c := newV3TestClient(f, testProduct, StaticCredentials(testKeyID, testSecret, ""), WithHeader("x-acs-trace-id", "t-1"))
	require.NoError(t, c.Call(context.Background(), listRules, nil, nil, WithHeader("X-Request-Tag", "unsigned")))
	r := f.requests()[0]
	assert.Equal(t, "t-1", r.Header.Get("x-acs-trace-id"))
	assert.Contains(t, r.Header.Get("Authorization"), ";x-acs-trace-id;")
	assert.NotContains(t, r.Header.Get("Authorization"), "x-request-tag")
	assert.True(t, r.v3Valid(t, testSecret))
}

func TestCallV3AndV1DifferOnlyInHowTheySign(t *testing.T) {
	f := newFakeRPC(t)
	p := paramsOf("AcceleratorId", "ga-1", "ListenerId", "lsr-1")
	require.NoError(t, newTestClient(f, testProduct, StaticCredentials(testKeyID, testSecret, "")).Call(context.Background(), listRules, p, nil))
	require.NoError(t, newV3TestClient(f, testProduct, StaticCredentials(testKeyID, testSecret, "")).Call(context.Background(), listRules, p, nil))
	v1, v3 := f.requests()[0], f.requests()[1]
	assert.True(t, v1.signatureValid(testSecret))
	assert.True(t, v3.v3Valid(t, testSecret))
	for _, name := range []string{"AcceleratorId", "ListenerId", "RegionId", "Format"} {
		assert.Equal(t, v1.Query.Get(name), v3.Query.Get(name), name)
	}
	assert.Equal(t, v1.Query.Get("Action"), v3.Header.Get("x-acs-action"))
	assert.True(t, strings.HasPrefix(v3.Header.Get("Authorization"), "ACS3-HMAC-SHA256 "))
	assert.Empty(t, v1.Header.Get("Authorization"))
	assert.Equal(t, http.MethodPost, v3.Method)
}
