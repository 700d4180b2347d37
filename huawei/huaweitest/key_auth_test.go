package huaweitest

import (
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// keyRequest is a request signed by hand with the reference
// implementation, so each rule of the server can be broken on its own.
type keyRequest struct {
	method, url, body string
	sentBody          *string // the body actually sent, when it differs
	sentQuery         *string // the query actually sent, when it differs
	id, secret, token string
	date              string            // X-Sdk-Date; empty: none
	signed            map[string]string // headers set and signed
	unsigned          map[string]string // headers set but not signed
	algorithm         string            // empty: SDK-HMAC-SHA256
}

// apigRequest lists the seeded gateway's ports with the permanent key.
func apigRequest(srv *Server, now time.Time) keyRequest {
	return keyRequest{method: http.MethodGet, url: portsURL(srv, ProjectID, DefaultInstanceID, "?limit=5&protocol=HTTP"),
		id: AccessKeyID, secret: SecretAccessKey, date: now.UTC().Format(sdkDateLayout),
		signed: map[string]string{"X-Project-Id": ProjectID}}
}

// gaRequest lists BYOIP pools with the permanent key.
func gaRequest(srv *Server, now time.Time) keyRequest {
	return keyRequest{method: http.MethodGet, url: poolsURL(srv, "?limit=2"), id: AccessKeyID, secret: SecretAccessKey,
		date: now.UTC().Format(sdkDateLayout), signed: map[string]string{"X-Domain-Id": DomainID}}
}

func (k keyRequest) send(t *testing.T) answer {
	t.Helper()
	req, err := http.NewRequest(k.method, k.url, strings.NewReader(k.body))
	require.NoError(t, err)
	names := []string{"host"}
	if k.date != "" {
		req.Header.Set("X-Sdk-Date", k.date)
		names = append(names, "x-sdk-date")
	}
	if k.token != "" {
		k.signed["X-Security-Token"] = k.token
	}
	for name, v := range k.signed {
		req.Header.Set(name, v)
		names = append(names, strings.ToLower(name))
	}
	slices.Sort(names)
	sig := signature(k.secret, stringToSign(k.date, canonicalRequest(req, names, []byte(k.body))))
	req.Header.Set("Authorization", cmpOr(k.algorithm, signatureAlgorithm)+" Access="+k.id+
		", SignedHeaders="+strings.Join(names, ";")+", Signature="+sig)
	for name, v := range k.unsigned {
		req.Header.Set(name, v)
	}
	if k.sentQuery != nil {
		req.URL.RawQuery = *k.sentQuery
	}
	if k.sentBody != nil {
		req.Body, req.ContentLength = io.NopCloser(strings.NewReader(*k.sentBody)), int64(len(*k.sentBody))
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	return read(t, resp)
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func TestSignedRequestsAreVerified(t *testing.T) {
	t.Parallel()
	now := time.Now()
	srv := newServer(t, WithClock(func() time.Time { return now }))
	tampered := `{"protocol":"HTTP","ingress_port":9999}`
	tests := []struct {
		name       string
		base       func(*Server, time.Time) keyRequest
		change     func(*keyRequest)
		wantStatus int
		wantCode   string
		wantMsg    string
	}{
		{"correct signature, API Gateway", apigRequest, func(*keyRequest) {}, 200, "", ""},
		{"correct signature, Global Accelerator", gaRequest, func(*keyRequest) {}, 200, "", ""},
		{"correct signature, temporary key", gaRequest, func(k *keyRequest) {
			k.id, k.secret, k.token = TemporaryAccessKeyID, TemporarySecretAccessKey, SecurityToken
		}, 200, "", ""},
		{"date 14 minutes behind", gaRequest, func(k *keyRequest) { k.date = now.Add(-14 * time.Minute).UTC().Format(sdkDateLayout) }, 200, "", ""},
		{"wrong secret", apigRequest, func(k *keyRequest) { k.secret = "not-the-secret" }, 401, "APIGW.0301", "verify aksk signature fail"},
		{"tampered body", apigRequest, func(k *keyRequest) {
			k.method, k.body, k.sentBody = http.MethodPost, `{"protocol":"HTTP","ingress_port":9998}`, &tampered
		}, 401, "APIGW.0301", "verify aksk signature fail"},
		{"tampered query", apigRequest, func(k *keyRequest) { q := "limit=6&protocol=HTTP"; k.sentQuery = &q },
			401, "APIGW.0301", "verify aksk signature fail"},
		{"query reordered", apigRequest, func(k *keyRequest) { q := "protocol=HTTP&limit=5"; k.sentQuery = &q }, 200, "", ""},
		{"stale date", apigRequest, func(k *keyRequest) { k.date = now.Add(-16 * time.Minute).UTC().Format(sdkDateLayout) },
			401, "APIGW.0301", "x-sdk-date expired, signature time:"},
		{"date in the future", gaRequest, func(k *keyRequest) { k.date = now.Add(16 * time.Minute).UTC().Format(sdkDateLayout) },
			401, "APIGW.0301", "x-sdk-date expired"},
		{"no date", gaRequest, func(k *keyRequest) { k.date = "" }, 401, "APIGW.0301", "x-sdk-date not found"},
		{"malformed date", gaRequest, func(k *keyRequest) { k.date = now.Format(time.RFC1123) }, 401, "APIGW.0301", "x-sdk-date is not in the format"},
		{"unknown access key", gaRequest, func(k *keyRequest) { k.id = "HWTESTUNKNOWNKEY0000" }, 401, "APIGW.0301", "ak HWTESTUNKNOWNKEY0000 not exist"},
		{"another algorithm", gaRequest, func(k *keyRequest) { k.algorithm = "SDK-HMAC-SM3" }, 401, "APIGW.0301", "Authorization header is not SDK-HMAC-SHA256"},
		{"temporary key without its token", gaRequest, func(k *keyRequest) { k.id, k.secret = TemporaryAccessKeyID, TemporarySecretAccessKey },
			401, "APIGW.0301", "needs x-security-token"},
		{"temporary key with another token", gaRequest, func(k *keyRequest) {
			k.id, k.secret, k.token = TemporaryAccessKeyID, TemporarySecretAccessKey, "gQpOTHER"
		}, 401, "APIGW.0301", "x-security-token does not belong to the access key"},
		{"unsigned project header", apigRequest, func(k *keyRequest) { k.signed, k.unsigned = map[string]string{}, k.signed },
			401, "APIGW.0301", "x-project-id is not in SignedHeaders"},
		{"no project header", apigRequest, func(k *keyRequest) { k.signed = map[string]string{} }, 401, "APIGW.0301", "x-project-id not found"},
		{"unknown project", apigRequest, func(k *keyRequest) { k.signed["X-Project-Id"] = "00000000000000000000000000000000" },
			401, "APIGW.0301", "project 00000000000000000000000000000000 not exist"},
		{"another project than the path's", apigRequest, func(k *keyRequest) { k.signed["X-Project-Id"], _ = srv.ProjectID("cn-north-4") },
			403, "APIG.1005", "No permissions"},
		{"no domain header", gaRequest, func(k *keyRequest) { k.signed = map[string]string{} }, 401, "APIGW.0301", "x-domain-id not found"},
		{"another domain", gaRequest, func(k *keyRequest) { k.signed["X-Domain-Id"] = "d-other" }, 401, "APIGW.0301", "x-domain-id d-other is not the access key's account"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := tt.base(srv, now)
			tt.change(&k)
			a := k.send(t)
			require.Equal(t, tt.wantStatus, a.status, a.raw)
			assert.Equal(t, tt.wantCode, a.code())
			if tt.wantMsg != "" {
				assert.Contains(t, a.body["error_msg"], tt.wantMsg)
				assert.Equal(t, a.header.Get("X-Request-Id"), a.body["request_id"])
			}
			assert.NotContains(t, a.raw, k.secret)
			assert.NotContains(t, a.raw, SecurityToken)
		})
	}
}

func TestSignedRequestsAreLoggedRedacted(t *testing.T) {
	t.Parallel()
	now := time.Now()
	srv := newServer(t)
	k := gaRequest(srv, now)
	k.id, k.secret, k.token = TemporaryAccessKeyID, TemporarySecretAccessKey, SecurityToken
	require.Equal(t, http.StatusOK, k.send(t).status)
	log := srv.Requests()
	require.Len(t, log, 1)
	assert.Equal(t, "REDACTED", log[0].Header.Get("X-Security-Token"))
	assert.Equal(t, "SDK-HMAC-SHA256 Access="+TemporaryAccessKeyID+", SignedHeaders=host;x-domain-id;x-sdk-date;x-security-token, Signature=REDACTED",
		log[0].Header.Get("Authorization"))
	assert.Equal(t, DomainID, log[0].Header.Get("X-Domain-Id"))
}

func TestWithAccessKeyAddsAKey(t *testing.T) {
	t.Parallel()
	srv := newServer(t, WithAccessKey("HWTESTEXTRA000000001", "extra-secret", ""))
	k := gaRequest(srv, time.Now())
	k.id, k.secret = "HWTESTEXTRA000000001", "extra-secret"
	assert.Equal(t, http.StatusOK, k.send(t).status)
}
