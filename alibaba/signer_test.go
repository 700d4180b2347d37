package alibaba

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/internal/pipeline"
)

var (
	fixedTime  = time.Date(2016, 2, 23, 12, 46, 24, 0, time.UTC)
	fixedNonce = "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"
)

// fixedSigner signs with a fixed clock and nonce.
func fixedSigner(creds CredentialsProvider) *rpcSigner {
	return &rpcSigner{creds: creds, now: func() time.Time { return fixedTime }, nonce: func() string { return fixedNonce }}
}

func paramsOf(kv ...string) *Params {
	p := &Params{}
	for i := 0; i+1 < len(kv); i += 2 {
		p.Set(kv[i], kv[i+1])
	}
	return p
}

// TestSignDocumentedVector reproduces the classic example of the public
// algorithm description (ECS DescribeRegions, spelled Timestamp).
func TestSignDocumentedVector(t *testing.T) {
	const wantSTS = "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1" +
		"%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0" +
		"%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26"
	s := fixedSigner(nil)
	p := paramsOf("Action", "DescribeRegions", "Format", "XML", "Version", "2014-05-26")
	got := s.sign("GET", p, Credentials{AccessKeyID: "testid", AccessKeySecret: "testsecret"}, fixedTime, fixedNonce)

	assert.Equal(t, wantSTS, stringToSign("GET", got.canonical))
	assert.Equal(t, got.canonical+"&Signature="+url.QueryEscape("OLeaidS1JvxuMvnyHOwuJ+uX5qY="), got.query)
	assert.True(t, strings.HasSuffix(got.query, "&Signature=OLeaidS1JvxuMvnyHOwuJ%2BuX5qY%3D"))
}

// TestSignMatchesReference checks awkward values against the independent
// implementation: what is sent must be what was signed.
func TestSignMatchesReference(t *testing.T) {
	tests := []struct {
		name  string
		query []string
		form  []string
		creds Credentials
	}{
		{name: "plain", query: []string{"Action", "ListForwardingRules", "AcceleratorId", "ga-bp1"}},
		{name: "unicode and spaces", query: []string{"Name", "加速器 one", "Description", "héllo wörld"}},
		{name: "reserved characters", query: []string{"Filter", "a*b~c+d/e=f&g", "Tag.1.Key", "k=v&x", "Empty", ""}},
		{name: "percent and plus", query: []string{"Raw", "100% + 5%20", "Json", `{"a":[1,2],"b":"c d"}`}},
		{name: "names needing encoding", query: []string{"Weird Name*", "v", "Tag.1.Value", "~tilde~"}},
		{name: "form parameters", query: []string{"Action", "ImportSwagger"}, form: []string{"Data", "openapi: 3.0\npaths: {/a b: *x}", "Overwrite", "true"}},
		{name: "sts token", query: []string{"Action", "X"}, creds: Credentials{SecurityToken: "CAIS+token/with=chars&more"}},
		{name: "name in query and form", query: []string{"Dup", "b", "Action", "X"}, form: []string{"Dup", "a"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := paramsOf(tc.query...)
			for i := 0; i+1 < len(tc.form); i += 2 {
				p.SetForm(tc.form[i], tc.form[i+1])
			}
			creds := tc.creds
			creds.AccessKeyID, creds.AccessKeySecret = "LTAIexample", "s3cr3t+/="
			got := fixedSigner(nil).sign("POST", p, creds, fixedTime, fixedNonce)

			signedParams := expectedSignedParams(p, creds)
			wantSig := refSignature(creds.AccessKeySecret, refStringToSign("POST", signedParams))
			wantQuery := refCanonical(withoutForm(signedParams, p)) + "&Signature=" + refEncode(wantSig)
			assert.Equal(t, wantQuery, got.query)
			assert.Equal(t, refStringToSign("POST", signedParams), stringToSign("POST", got.canonical))
		})
	}
}

// expectedSignedParams lists what the signer should sign, built by hand.
func expectedSignedParams(p *Params, c Credentials) url.Values {
	v := url.Values{}
	for _, kv := range append(p.Query(), p.Form()...) {
		v.Add(kv.Name, kv.Value)
	}
	v.Set("AccessKeyId", c.AccessKeyID)
	v.Set("SignatureMethod", "HMAC-SHA1")
	v.Set("SignatureVersion", "1.0")
	v.Set("SignatureNonce", fixedNonce)
	v.Set("Timestamp", "2016-02-23T12:46:24Z")
	if c.SecurityToken != "" {
		v.Set("SecurityToken", c.SecurityToken)
	}
	return v
}

func TestSignManyParametersMatchesReference(t *testing.T) {
	p := &Params{}
	for i := 99; i >= 0; i-- { // more than the insertion sort handles, in reverse order
		p.Set(Key("Tag", i, "Key"), "k"+strconv.Itoa(i))
	}
	creds := Credentials{AccessKeyID: "id", AccessKeySecret: "s"}
	got := fixedSigner(nil).sign("POST", p, creds, fixedTime, fixedNonce)
	want := expectedSignedParams(p, creds)
	assert.Equal(t, refCanonical(want)+"&Signature="+refEncode(refSignature("s", refStringToSign("POST", want))), got.query)
}

func withoutForm(all url.Values, p *Params) url.Values {
	q := url.Values{}
	for k, vs := range all {
		q[k] = vs
	}
	for _, kv := range p.Form() {
		i := slices.Index(q[kv.Name], kv.Value)
		q[kv.Name] = slices.Delete(slices.Clone(q[kv.Name]), i, i+1)
		if len(q[kv.Name]) == 0 {
			delete(q, kv.Name)
		}
	}
	return q
}

func TestSignSecurityTokenOfCredentialsWins(t *testing.T) {
	p := paramsOf("Action", "DescribeApis", "SecurityToken", "request-own-token")
	sts := fixedSigner(nil).sign("POST", p, Credentials{AccessKeyID: "id", AccessKeySecret: "s", SecurityToken: "STS-TOKEN"}, fixedTime, fixedNonce)
	q, err := url.ParseQuery(sts.query)
	require.NoError(t, err)
	assert.Equal(t, []string{"STS-TOKEN"}, q["SecurityToken"], "exactly one SecurityToken, the credentials' one")

	ak := fixedSigner(nil).sign("POST", p, Credentials{AccessKeyID: "id", AccessKeySecret: "s"}, fixedTime, fixedNonce)
	q, err = url.ParseQuery(ak.query)
	require.NoError(t, err)
	assert.Equal(t, []string{"request-own-token"}, q["SecurityToken"], "without STS credentials the request's own parameter is sent")
}

func TestFormatTimestampMatchesTimeFormat(t *testing.T) {
	for _, tm := range []time.Time{
		fixedTime, time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(9999, 12, 31, 23, 59, 59, 999, time.UTC),
		time.Date(2024, 2, 29, 7, 8, 9, 0, time.FixedZone("CST", 8*3600)), time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC), time.Now(),
	} {
		assert.Equal(t, tm.UTC().Format(timestampLayout), formatTimestamp(tm), tm.String())
	}
}

func TestSignReplacesCallerSetCommonParameters(t *testing.T) {
	p := paramsOf("Action", "X", "AccessKeyId", "spoof", "Timestamp", "1999", "SignatureNonce", "n", "Signature", "forged")
	got := fixedSigner(nil).sign("POST", p, Credentials{AccessKeyID: "real", AccessKeySecret: "s"}, fixedTime, fixedNonce)
	q, err := url.ParseQuery(got.query)
	require.NoError(t, err)
	assert.Equal(t, []string{"real"}, q["AccessKeyId"])
	assert.Equal(t, []string{"2016-02-23T12:46:24Z"}, q["Timestamp"])
	assert.Equal(t, []string{fixedNonce}, q["SignatureNonce"])
	assert.Len(t, q["Signature"], 1)
	assert.NotEqual(t, "forged", q.Get("Signature"))
}

func TestSignEveryAttemptGetsFreshNonceAndTimestamp(t *testing.T) {
	s := newSigner(StaticCredentials("id", "secret", "")).(*rpcSigner)
	call := &pipeline.Call{Params: paramsOf("Action", "X")}
	seen := map[string]bool{}
	for range 3 {
		req, err := http.NewRequest("POST", "https://example.com/", nil)
		require.NoError(t, err)
		require.NoError(t, s.Sign(context.Background(), req, call))
		nonce := req.URL.Query().Get("SignatureNonce")
		assert.Regexp(t, `^[0-9a-f-]{36}$`, nonce)
		assert.False(t, seen[nonce], "nonce reused")
		seen[nonce] = true
		assert.Regexp(t, `^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$`, req.URL.Query().Get("Timestamp"))
	}
}

func TestSignRejectsUnusableInput(t *testing.T) {
	req, err := http.NewRequest("POST", "https://example.com/", nil)
	require.NoError(t, err)
	tests := []struct {
		name  string
		creds CredentialsProvider
		call  *pipeline.Call
		want  string
	}{
		{"no params", StaticCredentials("id", "s", ""), &pipeline.Call{}, "no RPC parameters"},
		{"no provider", nil, &pipeline.Call{Params: &Params{}}, "no credentials provider"},
		{"empty id", StaticCredentials("", "s", ""), &pipeline.Call{Params: &Params{}}, "no AccessKeyID"},
		{"empty secret", StaticCredentials("id", "", ""), &pipeline.Call{Params: &Params{}}, "no AccessKeySecret"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := (&rpcSigner{creds: tc.creds, now: time.Now, nonce: func() string { return "n" }}).Sign(context.Background(), req, tc.call)
			require.ErrorContains(t, err, tc.want)
		})
	}
}

// benchParams is a typical GA call: ten parameters before signing.
func benchParams() *Params {
	return paramsOf("Action", "ListForwardingRules", "Version", "2019-11-20", "Format", "JSON",
		"RegionId", "cn-hangzhou", "ClientToken", "0c593ea1-3bea-11e9-b96b-88e9fe637760",
		"AcceleratorId", "ga-bp17frjjh0udz4qz****", "ListenerId", "lsr-bp1s0vzbi5bxlx5****",
		"MaxResults", "20", "NextToken", "FFmyTO70tTpLG6I3FmYAXGKPd****", "ForwardingRuleId", "frule-bp19a3t3yzr21q3****")
}

func BenchmarkSign(b *testing.B) {
	s := newSigner(CachedCredentials(StaticCredentials("LTAI5tExampleKeyId", "ExampleSecretValue0123456789", ""))).(*rpcSigner)
	call := &pipeline.Call{Params: benchParams()}
	req, err := http.NewRequest("POST", "https://ga.cn-hangzhou.aliyuncs.com/", nil)
	require.NoError(b, err)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if err := s.Sign(ctx, req, call); err != nil {
			b.Fatal(err)
		}
	}
}

func TestFormParametersNamedLikeTheSignersAreNotSent(t *testing.T) {
	c := NewClient(Config{Credentials: StaticCredentials("testid", "testsecret", "")}, Product{Service: "svc", Version: "v", Endpoint: "example.com"})
	p := &Params{}
	p.SetForm("Signature", "forged")
	p.SetForm("AccessKeyId", "someone-else")
	p.SetForm("Data", "kept")
	got := c.completeParams(&Operation{Action: "A"}, p)
	assert.Equal(t, []Param{{"Data", "kept"}}, got.Form())
	assert.Len(t, p.Form(), 3, "the caller's params are not modified")
}
