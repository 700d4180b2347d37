package alibabatest

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// v3Client builds and signs raw signature V3 requests with the server's
// own reference implementation, so these tests exercise the server
// without polycloud's SDK code.
type v3Client struct {
	id, secret, token string
	now               func() time.Time
	nonce             atomic.Int64
}

func testV3Client() *v3Client {
	return &v3Client{id: AccessKeyID, secret: AccessKeySecret, now: time.Now}
}

// v3Request is a request before signing: the query goes in the URL, the
// form in the body.
type v3Request struct {
	version, action string
	query, form     url.Values
}

// build returns the request with every V3 header set but Authorization.
func (s *v3Client) build(t *testing.T, srv *Server, in v3Request) (*http.Request, []byte) {
	t.Helper()
	var body []byte
	if in.form != nil {
		body = []byte(in.form.Encode())
	}
	req, err := http.NewRequest(http.MethodPost, srv.URL+"/?"+joinSorted(in.query), bytes.NewReader(body))
	require.NoError(t, err)
	if in.form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	req.Header.Set("x-acs-action", in.action)
	req.Header.Set("x-acs-version", in.version)
	req.Header.Set("x-acs-date", s.now().UTC().Format(timestampLayout))
	req.Header.Set("x-acs-signature-nonce", fmt.Sprintf("v3-nonce-%d-%d", time.Now().UnixNano(), s.nonce.Add(1)))
	req.Header.Set("x-acs-content-sha256", sha256Hex(body))
	if s.token != "" {
		req.Header.Set("x-acs-security-token", s.token)
	}
	return req, body
}

// sign adds the Authorization header over host, content-type and every
// x-acs-* header req carries.
func (s *v3Client) sign(req *http.Request, body []byte) {
	signed := []string{"host"}
	for name := range req.Header {
		if lower := strings.ToLower(name); strings.HasPrefix(lower, "x-acs-") || lower == "content-type" {
			signed = append(signed, lower)
		}
	}
	slices.Sort(signed)
	query, _ := url.ParseQuery(req.URL.RawQuery)
	sig := signV3(s.secret, stringToSignV3(canonicalRequestV3(req, query, signed, body)))
	req.Header.Set("Authorization", v3Algorithm+" Credential="+s.id+",SignedHeaders="+strings.Join(signed, ";")+",Signature="+sig)
}

// signed builds and signs in one go.
func (s *v3Client) signed(t *testing.T, srv *Server, in v3Request) *http.Request {
	req, body := s.build(t, srv, in)
	s.sign(req, body)
	return req
}

// do sends req and reads the answer.
func do(t *testing.T, req *http.Request) answer {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	return read(t, resp)
}

func describeV3(id string) v3Request {
	return v3Request{version: apiGatewayVersion, action: "DescribeBackendInfo", query: url.Values{"BackendId": {id}}}
}

func TestV3CorrectlySignedRequestIsAnswered(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	a := do(t, testV3Client().signed(t, srv, describeV3(DefaultBackendID)))
	require.Equal(t, http.StatusOK, a.status, a.raw)
	assert.Equal(t, DefaultBackendID, a.body["BackendInfo"].(map[string]any)["BackendId"])

	rules := do(t, testV3Client().signed(t, srv, v3Request{version: gaVersion, action: "ListForwardingRules", query: url.Values{
		"RegionId": {Region}, "AcceleratorId": {DefaultAcceleratorID}, "ListenerId": {DefaultListenerID}, "MaxResults": {"5"}, "Format": {"JSON"},
	}}))
	require.Equal(t, http.StatusOK, rules.status, rules.raw)
	assert.Len(t, rules.body["ForwardingRules"], 5)

	log := srv.Requests()
	require.Len(t, log, 2)
	assert.Equal(t, "DescribeBackendInfo", log[0].Action, "the action comes from x-acs-action")
	assert.Equal(t, apiGatewayVersion, log[0].Version)
	assert.Equal(t, "ACS3-HMAC-SHA256", log[0].Signature)
	assert.NotContains(t, log[0].Params, "Action")
}

func TestV3FormBodyIsHashedAndRead(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	in := describeV3("")
	in.query, in.form = url.Values{"Format": {"JSON"}}, url.Values{"BackendId": {DefaultBackendID}}
	a := do(t, testV3Client().signed(t, srv, in))
	require.Equal(t, http.StatusOK, a.status, a.raw)
	assert.Equal(t, DefaultBackendID, a.body["BackendInfo"].(map[string]any)["BackendId"])
}

func TestV3WrongSecretQuotesTheServerStringToSignAndCanonicalRequest(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	s := testV3Client()
	s.secret = "wrong"
	req, body := s.build(t, srv, describeV3(DefaultBackendID))
	s.sign(req, body)
	a := do(t, req)
	assert.Equal(t, http.StatusBadRequest, a.status)
	assert.Equal(t, "SignatureDoesNotMatch", a.code())
	signed := strings.Split(strings.SplitN(req.Header.Get("Authorization"), "SignedHeaders=", 2)[1], ",")[0]
	query, _ := url.ParseQuery(req.URL.RawQuery)
	cr := canonicalRequestV3(req, query, strings.Split(signed, ";"), body)
	assert.Equal(t, "Specified signature is not matched with our calculation. server string to sign is:"+
		stringToSignV3(cr)+" server canonical request is:"+cr, a.body["Message"])
	assert.Empty(t, srv.Requests()[0].Params.Get("Signature"))
}

func TestV3TamperedBodyIsRefused(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	in := describeV3("")
	in.form = url.Values{"BackendId": {DefaultBackendID}}
	tests := map[string]func(req *http.Request){
		"body swapped": func(req *http.Request) {
			req.Body, req.ContentLength = bodyOf("BackendId=other-backend"), int64(len("BackendId=other-backend"))
		},
		"body and its hash swapped": func(req *http.Request) {
			req.Body, req.ContentLength = bodyOf("BackendId=x"), int64(len("BackendId=x"))
			req.Header.Set("x-acs-content-sha256", sha256Hex([]byte("BackendId=x")))
		},
	}
	for name, tamper := range tests {
		s := testV3Client()
		req := s.signed(t, srv, in)
		tamper(req)
		a := do(t, req)
		assert.Equal(t, http.StatusBadRequest, a.status, name)
		assert.Equal(t, "SignatureDoesNotMatch", a.code(), name)
		if name == "body swapped" {
			assert.Contains(t, a.body["Message"], "x-acs-content-sha256 header is not the SHA-256 of the request body", name)
		}
	}
}

func bodyOf(s string) *readCloser { return &readCloser{strings.NewReader(s)} }

type readCloser struct{ *strings.Reader }

func (readCloser) Close() error { return nil }

func TestV3DateMustBeWithinFifteenMinutes(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	srv := newServer(t, WithClock(func() time.Time { return now }))
	for skew, want := range map[time.Duration]string{
		-16 * time.Minute: "InvalidTimeStamp.Expired",
		16 * time.Minute:  "InvalidTimeStamp.Expired",
		-14 * time.Minute: "",
		14 * time.Minute:  "",
	} {
		s := testV3Client()
		s.now = func() time.Time { return now.Add(skew) }
		assert.Equal(t, want, do(t, s.signed(t, srv, describeV3(DefaultBackendID))).code(), "skew %v", skew)
	}
	s := testV3Client()
	req, body := s.build(t, srv, describeV3(DefaultBackendID))
	req.Header.Set("x-acs-date", "Sun, 01 Mar 2026 12:00:00 GMT")
	s.sign(req, body)
	assert.Equal(t, "InvalidTimeStamp.Format", do(t, req).code())
}

func TestV3ReusedNonceIsRefusedAcrossSchemes(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	s := testV3Client()
	req, body := s.build(t, srv, describeV3(DefaultBackendID))
	s.sign(req, body)
	replay := req.Clone(req.Context())
	replay.Body = bodyOf("")
	require.Equal(t, http.StatusOK, do(t, req).status)
	assert.Equal(t, "SignatureNonceUsed", do(t, replay).code())

	v1 := testSigner().sign(http.MethodPost, url.Values{"Action": {"DescribeBackendInfo"}, "Version": {apiGatewayVersion},
		"BackendId": {DefaultBackendID}})
	req, body = s.build(t, srv, describeV3(DefaultBackendID))
	req.Header.Set("x-acs-signature-nonce", v1.Get("SignatureNonce"))
	s.sign(req, body)
	require.Equal(t, http.StatusOK, send(t, srv, v1).status)
	assert.Equal(t, "SignatureNonceUsed", do(t, req).code(), "one nonce memory for both schemes")
}

func TestV3RefusedRequestDoesNotSpendItsNonce(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	s := testV3Client()
	req, body := s.build(t, srv, describeV3(DefaultBackendID))
	s.sign(req, body)
	bad := req.Clone(req.Context())
	bad.Body = bodyOf("")
	bad.Header.Set("Authorization", strings.Replace(req.Header.Get("Authorization"), "Signature=", "Signature=00", 1))
	assert.Equal(t, "SignatureDoesNotMatch", do(t, bad).code())
	assert.Equal(t, http.StatusOK, do(t, req).status, "the nonce is still fresh")
}

func TestV3MalformedRequestsAreRefused(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	tests := map[string]struct {
		before func(*http.Request) // before signing
		after  func(*http.Request) // after signing
		code   string
	}{
		"unsigned x-acs header":  {after: func(r *http.Request) { r.Header.Set("x-acs-extra", "1") }, code: "IncompleteSignature"},
		"no date":                {before: func(r *http.Request) { r.Header.Del("x-acs-date") }, code: "IncompleteSignature"},
		"no nonce":               {before: func(r *http.Request) { r.Header.Del("x-acs-signature-nonce") }, code: "IncompleteSignature"},
		"no content hash":        {before: func(r *http.Request) { r.Header.Del("x-acs-content-sha256") }, code: "IncompleteSignature"},
		"no action":              {before: func(r *http.Request) { r.Header.Del("x-acs-action") }, code: "MissingAction"},
		"no signature":           {after: func(r *http.Request) { r.Header.Set("Authorization", "ACS3-HMAC-SHA256 Credential=x") }, code: "IncompleteSignature"},
		"SM3":                    {after: func(r *http.Request) { r.Header.Set("Authorization", "ACS3-HMAC-SM3 Credential=x") }, code: "InvalidSignatureMethod"},
		"host not signed":        {after: func(r *http.Request) { replaceInAuth(r, "host;", "") }, code: "IncompleteSignature"},
		"unsorted headers":       {after: func(r *http.Request) { replaceInAuth(r, "host;x-acs-action", "x-acs-action;host") }, code: "IncompleteSignature"},
		"unknown key":            {after: func(r *http.Request) { replaceInAuth(r, AccessKeyID, "LTAI5tSomebodyElse000000") }, code: "InvalidAccessKeyId.NotFound"},
		"XML":                    {before: func(r *http.Request) { r.URL.RawQuery += "&Format=XML" }, code: "InvalidFormat"},
		"sts token on ltk":       {before: func(r *http.Request) { r.Header.Set("x-acs-security-token", "x") }, code: "InvalidSecurityToken.MismatchWithAccessKey"},
		"tampered query":         {after: func(r *http.Request) { r.URL.RawQuery = "BackendId=other" }, code: "SignatureDoesNotMatch"},
		"tampered signed header": {after: func(r *http.Request) { r.Header.Set("x-acs-signature-nonce", "another") }, code: "SignatureDoesNotMatch"},
	}
	for name, tt := range tests {
		s := testV3Client()
		req, body := s.build(t, srv, describeV3(DefaultBackendID))
		if tt.before != nil {
			tt.before(req)
		}
		s.sign(req, body)
		if tt.after != nil {
			tt.after(req)
		}
		assert.Equal(t, tt.code, do(t, req).code(), name)
	}
}

func replaceInAuth(r *http.Request, old, new string) {
	r.Header.Set("Authorization", strings.Replace(r.Header.Get("Authorization"), old, new, 1))
}

func TestV3STSTokenTravelsInAHeader(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	srv := newServer(t, WithClock(clock),
		WithSTSCredentials("STS.NTestKey", "sts-secret", "sts-token", now.Add(time.Hour)),
		WithSTSCredentials("STS.NExpired", "sts-secret", "old-token", now.Add(-time.Minute)))
	sts := func(id, token string) *v3Client {
		return &v3Client{id: id, secret: "sts-secret", token: token, now: clock}
	}
	assert.Empty(t, do(t, sts("STS.NTestKey", "sts-token").signed(t, srv, describeV3(DefaultBackendID))).code())
	assert.Equal(t, "InvalidSecurityToken.Malformed", do(t, sts("STS.NTestKey", "forged").signed(t, srv, describeV3(DefaultBackendID))).code())
	assert.Equal(t, "MissingSecurityToken", do(t, sts("STS.NTestKey", "").signed(t, srv, describeV3(DefaultBackendID))).code())
	assert.Equal(t, "InvalidSecurityToken.Expired", do(t, sts("STS.NExpired", "old-token").signed(t, srv, describeV3(DefaultBackendID))).code())

	inQuery := describeV3(DefaultBackendID)
	inQuery.query.Set("SecurityToken", "sts-token")
	assert.Equal(t, "MissingSecurityToken", do(t, sts("STS.NTestKey", "").signed(t, srv, inQuery)).code(),
		"V3 reads the token from x-acs-security-token only")

	wrong := sts("STS.NTestKey", "sts-token")
	wrong.secret = "nope"
	msg := do(t, wrong.signed(t, srv, describeV3(DefaultBackendID))).body["Message"].(string)
	assert.Contains(t, msg, "x-acs-security-token:sts-token\n", "the canonical request carries the token: clients must redact it")

	for _, r := range srv.Requests() {
		assert.NotContains(t, fmt.Sprint(r.Header), "sts-token", "the log redacts the token")
		if r.Header.Get("Authorization") != "" {
			assert.True(t, strings.HasSuffix(r.Header.Get("Authorization"), ",Signature=REDACTED"), r.Header.Get("Authorization"))
		}
	}
}
