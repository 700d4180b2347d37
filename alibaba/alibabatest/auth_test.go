package alibabatest

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCorrectlySignedRequestIsAnswered(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	a := backend(t, srv, testSigner(), DefaultBackendID)
	require.Equal(t, http.StatusOK, a.status, a.raw)
	assert.Equal(t, a.header.Get("X-Acs-Request-Id"), a.body["RequestId"])
	assert.Regexp(t, `^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$`, a.body["RequestId"])
	assert.Equal(t, "application/json;charset=utf-8", a.header.Get("Content-Type"))
}

func TestFormBodyParametersAreSignedAndRead(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	s := testSigner()
	all := s.sign(http.MethodPost, url.Values{"Action": {"DescribeBackendInfo"}, "Version": {apiGatewayVersion},
		"BackendId": {DefaultBackendID}})
	form := url.Values{"BackendId": all["BackendId"]}
	all.Del("BackendId")
	resp, err := http.Post(srv.URL+"/?"+all.Encode(), "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	require.NoError(t, err)
	a := read(t, resp)
	require.Equal(t, http.StatusOK, a.status, a.raw)
	assert.Equal(t, DefaultBackendID, a.body["BackendInfo"].(map[string]any)["BackendId"])
}

func TestWrongSecretGetsSignatureDoesNotMatchWithTheServerStringToSign(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	s := testSigner()
	s.secret = "wrong"
	p := s.sign(http.MethodPost, url.Values{"Action": {"DescribeBackendInfo"}, "Version": {apiGatewayVersion}})
	a := send(t, srv, p)
	assert.Equal(t, http.StatusBadRequest, a.status)
	assert.Equal(t, "SignatureDoesNotMatch", a.code())
	const prefix = "Specified signature is not matched with our calculation. server string to sign is:"
	require.True(t, strings.HasPrefix(a.body["Message"].(string), prefix), a.body["Message"])
	assert.Equal(t, stringToSign(http.MethodPost, p), strings.TrimPrefix(a.body["Message"].(string), prefix))
}

func TestTamperedParameterBreaksTheSignature(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	p := testSigner().sign(http.MethodPost, url.Values{"Action": {"DescribeBackendInfo"}, "Version": {apiGatewayVersion}, "BackendId": {"a b"}})
	p.Set("BackendId", "a+b")
	assert.Equal(t, "SignatureDoesNotMatch", send(t, srv, p).code())
}

func TestErrorBodiesHaveAlibabasShape(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	a := backend(t, srv, testSigner(), "nope")
	assert.Equal(t, http.StatusNotFound, a.status)
	assert.ElementsMatch(t, []string{"RequestId", "HostId", "Code", "Message", "Recommend"}, keys(a.body))
	assert.Equal(t, "NotFoundBackend", a.code())
	assert.Equal(t, "apigateway.cn-hangzhou.aliyuncs.com", a.body["HostId"])
	assert.Contains(t, a.body["Recommend"], "q=NotFoundBackend&product=CloudAPI&requestId="+a.body["RequestId"].(string))
}

func keys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestUnknownAccessKeyIsNotFound(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	s := testSigner()
	s.id = "LTAI5tSomebodyElse000000"
	a := backend(t, srv, s, DefaultBackendID)
	assert.Equal(t, http.StatusNotFound, a.status)
	assert.Equal(t, "InvalidAccessKeyId.NotFound", a.code())
}

func TestReusedNonceIsRefused(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	p := testSigner().sign(http.MethodPost, url.Values{"Action": {"DescribeBackendInfo"}, "Version": {apiGatewayVersion},
		"BackendId": {DefaultBackendID}})
	require.Equal(t, http.StatusOK, send(t, srv, p).status)
	again := send(t, srv, p)
	assert.Equal(t, http.StatusBadRequest, again.status)
	assert.Equal(t, "SignatureNonceUsed", again.code())
}

func TestRefusedRequestDoesNotSpendItsNonce(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	s := testSigner()
	p := s.sign(http.MethodPost, url.Values{"Action": {"DescribeBackendInfo"}, "Version": {apiGatewayVersion}})
	bad := url.Values{}
	for k, v := range p {
		bad[k] = v
	}
	bad.Set("Signature", "AAAA")
	assert.Equal(t, "SignatureDoesNotMatch", send(t, srv, bad).code())
	assert.Equal(t, "NotFoundBackend", send(t, srv, p).code(), "the nonce is still fresh")
}

func TestTimestampMustBeWithinFifteenMinutes(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	srv := newServer(t, WithClock(func() time.Time { return now }))
	for skew, want := range map[time.Duration]string{
		-16 * time.Minute: "InvalidTimeStamp.Expired",
		16 * time.Minute:  "InvalidTimeStamp.Expired",
		-14 * time.Minute: "",
		14 * time.Minute:  "",
	} {
		s := testSigner()
		s.now = func() time.Time { return now.Add(skew) }
		a := backend(t, srv, s, DefaultBackendID)
		assert.Equal(t, want, a.code(), "skew %v", skew)
	}
}

func TestMalformedCommonParametersAreRefused(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	tests := map[string]struct {
		edit func(url.Values)
		code string
	}{
		"no Format":        {func(p url.Values) { p.Del("Format") }, "MissingFormat"},
		"XML":              {func(p url.Values) { p.Set("Format", "XML") }, "InvalidFormat"},
		"no nonce":         {func(p url.Values) { p.Del("SignatureNonce") }, "MissingSignatureNonce"},
		"no signature":     {func(p url.Values) { p.Del("Signature") }, "MissingSignature"},
		"SHA256":           {func(p url.Values) { p.Set("SignatureMethod", "HMAC-SHA256") }, "InvalidSignatureMethod"},
		"version 2":        {func(p url.Values) { p.Set("SignatureVersion", "2.0") }, "InvalidSignatureVersion"},
		"bad timestamp":    {func(p url.Values) { p.Set("Timestamp", "yesterday") }, "InvalidTimeStamp.Format"},
		"no action":        {func(p url.Values) { p.Del("Action") }, "MissingAction"},
		"unknown version":  {func(p url.Values) { p.Set("Version", "2099-01-01") }, "InvalidVersion"},
		"unknown action":   {func(p url.Values) { p.Set("Action", "CreateAccelerator") }, "InvalidAction.NotFound"},
		"sts token on ltk": {func(p url.Values) { p.Set("SecurityToken", "x") }, "InvalidSecurityToken.MismatchWithAccessKey"},
	}
	for name, tt := range tests {
		p := testSigner().sign(http.MethodPost, url.Values{"Action": {"DescribeBackendInfo"}, "Version": {apiGatewayVersion}})
		tt.edit(p)
		if tt.code == "InvalidTimeStamp.Format" || tt.code == "InvalidSecurityToken.MismatchWithAccessKey" {
			p.Set("Signature", sign(AccessKeySecret, stringToSign(http.MethodPost, p)))
		}
		assert.Equal(t, tt.code, send(t, srv, p).code(), name)
	}
}

func TestUnknownActionNamesWhatIsNotImplemented(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	a := invoke(t, srv, testSigner(), gaVersion, "CreateAccelerator", nil)
	assert.Equal(t, http.StatusNotFound, a.status)
	assert.Equal(t, "InvalidAction.NotFound", a.code())
	assert.Contains(t, a.body["Message"], "Specified api is not found, please check your url and method.")
	assert.Contains(t, a.body["Message"], "alibabatest does not implement Ga 2019-11-20 CreateAccelerator")

	resp, err := http.Get(srv.URL + "/other/path")
	require.NoError(t, err)
	assert.Equal(t, "InvalidAction.NotFound", read(t, resp).code())
}

func TestSTSCredentials(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	srv := newServer(t, WithClock(clock),
		WithSTSCredentials("STS.NTestKey", "sts-secret", "sts-token", now.Add(time.Hour)),
		WithSTSCredentials("STS.NExpired", "sts-secret", "old-token", now.Add(-time.Minute)))
	sts := func(id, token string) *signer {
		return &signer{id: id, secret: "sts-secret", token: token, now: clock}
	}
	assert.Empty(t, backend(t, srv, sts("STS.NTestKey", "sts-token"), DefaultBackendID).code())
	assert.Equal(t, "InvalidSecurityToken.Malformed", backend(t, srv, sts("STS.NTestKey", "forged"), DefaultBackendID).code())
	assert.Equal(t, "MissingSecurityToken", backend(t, srv, sts("STS.NTestKey", ""), DefaultBackendID).code())
	assert.Equal(t, "InvalidSecurityToken.Expired", backend(t, srv, sts("STS.NExpired", "old-token"), DefaultBackendID).code())

	wrong := sts("STS.NTestKey", "sts-token")
	wrong.secret = "nope"
	msg := backend(t, srv, wrong, DefaultBackendID).body["Message"].(string)
	assert.Contains(t, msg, "SecurityToken%3Dsts-token", "the string to sign carries the token: clients must redact it")
}
