package alibaba

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dumpRequest writes a received request the way a verbose proxy or
// server error page would: request line, then every header.
func dumpRequest(r receivedRequest) string {
	var b strings.Builder
	b.WriteString(r.Method + " /?" + r.RawQuery + "\n")
	names := make([]string, 0, len(r.Header))
	for k := range r.Header {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		b.WriteString(k + ": " + strings.Join(r.Header[k], ",") + "\n")
	}
	return b.String()
}

// TestSecretsNeverLeakV3 scans every output of signature V3 calls for
// the secret, the STS token and the signature: errors (err.Error() and
// the fmt verbs), the debug log, and the configuration and credentials.
func TestSecretsNeverLeakV3(t *testing.T) {
	echo := func(status int, asJSON bool) reply {
		return reply{handle: func(r receivedRequest) reply {
			if !asJSON {
				return reply{status: status, header: map[string]string{"Content-Type": "text/html"}, body: "<pre>" + dumpRequest(r) + "</pre>"}
			}
			return reply{status: status, body: map[string]any{"Code": "InternalError", "Message": "failed: " + dumpRequest(r), "RequestId": "R"}}
		}}
	}
	tests := []struct {
		name    string
		replies []reply
		closed  bool // send to a closed port: a transport error
		wantErr bool
	}{
		{name: "success", replies: []reply{{status: 200, body: map[string]any{"RequestId": "OK"}}}},
		{name: "wrong secret, canonical request quoted", replies: []reply{mismatchV3("wrong", func(r receivedRequest) string { return r.v3CanonicalRequest(t) }, quoteBoth)}, wantErr: true},
		{name: "500 echoing the request", replies: []reply{echo(500, true)}, wantErr: true},
		{name: "502 page echoing the request", replies: []reply{echo(502, false)}, wantErr: true},
		{name: "503 echoing the request", replies: []reply{echo(503, true)}, wantErr: true},
		{name: "200 that is not JSON", replies: []reply{echo(200, false)}, wantErr: true},
		{name: "closed port", closed: true, wantErr: true},
		{name: "token quoted bare", replies: []reply{{handle: func(r receivedRequest) reply {
			tok := r.Header.Get("x-acs-security-token")
			return reply{status: 400, body: map[string]any{"Code": "InvalidSecurityToken.Expired",
				"Message": "The token " + tok + " (" + refEncode(tok) + ") has expired"}}
		}}}, wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var logs bytes.Buffer
			f := newFakeRPC(t, tc.replies...)
			endpoint := f.srv.URL
			if tc.closed {
				endpoint = closedEndpoint(t)
			}
			provider := StaticCredentials("STS.LeakTestKey", trackedSecret, trackedToken)
			cfg := Config{Region: "cn-hangzhou", Credentials: provider, Endpoint: endpoint, Retry: fastRetry, Signature: SignatureV3,
				Logger: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))}
			p := paramsOf("Name", "x")
			p.SetForm("Data", "body")
			err := NewClient(cfg, testProduct).Call(context.Background(), createRules, p, &map[string]any{})
			require.Equal(t, tc.wantErr, err != nil, "%v", err)

			creds, _ := provider.Retrieve(context.Background())
			everything := fmt.Sprintf("%v %+v %#v | %v %+v %#v | %v %+v %#v | %v %+v %#v | %s",
				err, err, err, cfg, cfg, cfg, creds, creds, creds, provider, provider, provider, logs.String())
			if err != nil {
				everything += err.Error()
			}
			assert.NotContains(t, everything, "VaLuE", "secret")
			assert.NotContains(t, everything, "vAlUe", "token")
			for _, r := range f.requests() {
				assert.NotContains(t, r.RawQuery, "vAlUe", "the token never travels in the URL")
				sig := refSignatureFromHeader(r.Header)
				require.Len(t, sig, 64)
				assert.NotContains(t, everything, sig, "signature")
			}
			if !tc.closed {
				assert.NotEmpty(t, f.requests())
			}
			assert.Contains(t, logs.String(), "polycloud attempt", "the debug log was written")
		})
	}
}

func TestRedactionCoversV3HeaderForms(t *testing.T) {
	for _, in := range []string{
		"x-acs-security-token:" + trackedToken + "\nhost:h",
		"X-Acs-Security-Token: " + trackedToken,
		"Authorization: ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host,Signature=0123456789abcdefvAlUe",
		`{"x-acs-security-token":"` + trackedToken + `"}`,
	} {
		out := redactSecrets(in)
		assert.NotContains(t, out, "vAlUe", in)
		assert.Equal(t, out, redactSecrets(out), "idempotent")
	}
}
