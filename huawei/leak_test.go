package huawei

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const staticSecret = "MIIstaticSECRETxYJKoZIhvcNAQcCoIIapTCCGqECAQExDTALBglghkgBZQMEAgEwghjG"

// assertNoSecret fails when s contains any recognisable secret.
func assertNoSecret(t *testing.T, where, s string) {
	t.Helper()
	for _, secret := range []string{testPassword, testTokenPrefix, staticSecret, "SECRET"} {
		assert.NotContains(t, s, secret, "%s leaks a secret", where)
	}
}

func TestSecretsNeverLeak(t *testing.T) {
	tests := []struct {
		name    string
		creds   Credentials
		service http.HandlerFunc
		iamFail bool
	}{
		{"success", nil, okService, false},
		{"IAM refuses the password", nil, okService, true},
		{"token rejected twice", nil, rejecting(testToken(1), testToken(2)), false},
		{"server echoes the token", nil, func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(http.StatusBadRequest)
			_, _ = io.WriteString(w, `{"error_code":"X.1","error_msg":"bad token `+r.Header.Get("X-Auth-Token")+`"}`)
		}, false},
		{"redirect", nil, func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "http://127.0.0.1:1/?token="+r.Header.Get("X-Auth-Token"), http.StatusFound)
		}, false},
		{"static token rejected", StaticToken(staticSecret), rejecting(staticSecret), false},
		{"static token accepted", StaticToken(staticSecret), okService, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			iam, svc := newFakeIAM(t), newFakeService(t, tt.service)
			if tt.iamFail {
				iam.failNext.Store(10)
			}
			var logs bytes.Buffer
			cfg := testConfig(iam, svc)
			cfg.ProjectID = "p-1"
			cfg.Logger = slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
			if tt.creds != nil {
				cfg.Credentials = tt.creds
			}
			c := NewClient(cfg, apigService)
			_, err := c.Call(context.Background(), listThings, nil, nil)
			tok, _ := c.tokens.Token(context.Background(), apigScope)

			if err != nil {
				assertNoSecret(t, "err.Error()", err.Error())
				assertNoSecret(t, "%+v of err", fmt.Sprintf("%v %+v %#v", err, err, err))
			}
			cfg.Logger.Info("values", "cfg", cfg, "creds", cfg.Credentials, "token", tok, "scope", apigScope)
			slog.New(slog.NewTextHandler(&logs, nil)).Info("values", "cfg", cfg, "creds", cfg.Credentials, "token", tok)
			assertNoSecret(t, "the debug log", logs.String())
			assertNoSecret(t, "fmt", fmt.Sprintf("%v %+v %#v %s|%v %+v %#v %s|%v %+v %#v %s|%v %+v %#v",
				cfg, cfg, cfg, cfg, cfg.Credentials, cfg.Credentials, cfg.Credentials, cfg.Credentials,
				tok, tok, tok, tok, &tok, []Token{tok}, map[string]Credentials{"c": cfg.Credentials}))
		})
	}
}

func TestRedactedFormats(t *testing.T) {
	p := Password{DomainName: "acme", UserName: "deployer", Password: testPassword}
	want := `huawei.Password{DomainName: "acme", UserName: "deployer", Password: <redacted>}`
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x"} {
		assert.Equal(t, want, fmt.Sprintf(verb, p), verb)
		assert.Equal(t, want, fmt.Sprintf(verb, &p), verb)
	}
	assert.Equal(t, `huawei.Password{DomainName: "", UserName: "", Password: ""}`, Password{}.String(), "shows that none is set")
	assert.Equal(t, "huawei.StaticToken(<redacted>)", fmt.Sprintf("%#v", StaticToken(staticSecret)))
	tok := Token{Value: staticSecret, ProjectID: "p", DomainID: "d"}
	assert.Equal(t, `huawei.Token{Value: <redacted>, ExpiresAt: 0001-01-01T00:00:00Z, ProjectID: "p", DomainID: "d"}`, fmt.Sprintf("%+v", tok))
	assert.Equal(t, `project "ap-southeast-1"`, apigScope.String())
	assert.Equal(t, "domain", Scope{Domain: true}.String())
	cfg := Config{Region: "r", Credentials: p}
	assert.True(t, strings.Contains(fmt.Sprintf("%#v", cfg), want), "Config prints its credentials redacted")
}

func TestPasswordJSONIsRedacted(t *testing.T) {
	b, err := json.Marshal(struct{ C Credentials }{Password{UserName: "u", Password: testPassword}})
	require.NoError(t, err)
	assert.JSONEq(t, `{"C":"huawei.Password{DomainName: \"\", UserName: \"u\", Password: <redacted>}"}`, string(b))
}

func TestGoStringsAreRedacted(t *testing.T) {
	p := Password{Password: testPassword}
	for _, s := range []string{
		p.GoString(), StaticToken(staticSecret).(staticToken).GoString(),
		Token{Value: staticSecret}.GoString(), Config{Credentials: p}.GoString(),
	} {
		assertNoSecret(t, "GoString", s)
		assert.Contains(t, s, "<redacted>")
	}
}
