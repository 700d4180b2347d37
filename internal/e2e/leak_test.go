package e2e

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/alibaba/alibabatest"
	aga "github.com/polycloud-go/polycloud/alibaba/ga"
	"github.com/polycloud-go/polycloud/huawei"
	"github.com/polycloud-go/polycloud/huawei/apig"
	hga "github.com/polycloud-go/polycloud/huawei/ga"
	"github.com/polycloud-go/polycloud/huawei/huaweitest"
)

// The fault tables (faults_test.go) already run every fault with STS
// credentials and a debug logger, and scan each error and log line. The
// tests here add the paths where a secret is most likely to escape:
// credentials the server refuses, servers that echo what they received,
// and the SDK's own values printed or logged by the caller.

// Recognisable Huawei secrets for credentials the emulator refuses.
const (
	wrongPassword = "PASSWORD-e2e-Wr0ng-7c1d"
	staticToken   = "STATICTOKEN-e2e-MIIZ9wYJKoZIhvcNAQcCoIIZ6DCCGeQCAQExDTALBglghkgBZQMEAgEwghhFBgkqhkiG9w0BBwGg"
)

// TestAlibabaRefusedCredentialsDoNotLeak sends calls the emulator refuses
// for their credentials; the signature-mismatch answer quotes the server's
// string to sign, which holds the STS token.
func TestAlibabaRefusedCredentialsDoNotLeak(t *testing.T) {
	t.Parallel()
	expired := alibabatest.WithSTSCredentials("STS.NUe2eExpired", stsSecret, stsToken+"-old", time.Now().Add(-time.Hour))
	tests := []struct {
		name  string
		creds alibaba.CredentialsProvider
		code  string
	}{
		{"wrong secret", alibaba.StaticCredentials(stsKeyID, "AKSECRET-e2e-wrong-secret-0000", stsToken), "SignatureDoesNotMatch"},
		{"wrong STS token", alibaba.StaticCredentials(stsKeyID, stsSecret, "STSTOKEN-e2e-wrong-token-1111"), "InvalidSecurityToken.Malformed"},
		{"expired STS token", alibaba.StaticCredentials("STS.NUe2eExpired", stsSecret, stsToken+"-old"), "InvalidSecurityToken.Expired"},
		{"unknown AccessKey", alibaba.StaticCredentials("STS.NUe2eUnknown", stsSecret, stsToken), "InvalidAccessKeyId.NotFound"},
		{"credentials source failing", alibaba.CachedCredentials(failingProvider{}), ""},
		{"credentials without a secret", alibaba.StaticCredentials(stsKeyID, "", stsToken), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, cfg := alibabaSTS(t, expired)
			w, logs := newWire(), &logCapture{}
			t.Cleanup(w.close)
			cfg.Credentials, cfg.HTTPClient, cfg.Logger = tt.creds, w.client(), logs.logger()
			_, err := aga.New(cfg, fastRetry).ListForwardingRules(testContext(t), &aga.ListForwardingRulesRequest{
				AcceleratorID: alibabatest.DefaultAcceleratorID, ListenerID: alibabatest.DefaultListenerID})
			require.Error(t, err)
			var apiErr *alibaba.APIError
			if tt.code != "" {
				require.ErrorAs(t, err, &apiErr)
				assert.Equal(t, tt.code, apiErr.Code)
				assert.ErrorIs(t, err, alibaba.ErrUnauthorized)
			}
			secrets := append(alibabaSecrets(w), "AKSECRET-e2e-wrong-secret-0000", "STSTOKEN-e2e-wrong-token-1111", stsToken+"-old")
			requireErrorClean(t, err, secrets)
			logs.requireClean(t, secrets)
		})
	}
}

// failingProvider fails as a credentials source that quotes its source
// would: the SDK passes the error on, so it must not hold secrets itself.
type failingProvider struct{}

func (failingProvider) Retrieve(context.Context) (alibaba.Credentials, error) {
	return alibaba.Credentials{}, errors.New("sts: AssumeRole refused: 403 Forbidden")
}

// echo is how a hostile or careless server quotes the request it got.
type echo struct {
	name   string
	status int
	ctype  string
	// body is a template: {query} becomes the raw query (Signature and
	// SecurityToken included), {token} the bare STS token or X-Auth-Token.
	body string
}

func (e echo) render(r *http.Request, token string) string {
	return strings.NewReplacer("{query}", r.URL.RawQuery, "{token}", token,
		"{equery}", url.QueryEscape(r.URL.RawQuery)).Replace(e.body)
}

// TestAlibabaEchoingServerDoesNotLeak points a client at a server that
// quotes the signed request back in every place an error can carry text:
// gateways and proxies do, and Alibaba quotes the string it signed.
func TestAlibabaEchoingServerDoesNotLeak(t *testing.T) {
	t.Parallel()
	echoes := []echo{
		{"JSON message quoting the query", 400, "application/json",
			`{"RequestId":"r1","Code":"InvalidParameter","Message":"bad request: {query}"}`},
		{"JSON message quoting the encoded query", 400, "application/json",
			`{"RequestId":"r1","Code":"InvalidParameter","Message":"bad request: {equery}"}`},
		{"JSON message quoting the bare token", 400, "application/json",
			`{"RequestId":"r1","Code":"InvalidSecurityToken.Malformed","Message":"token {token} is malformed"}`},
		{"Recommend link quoting the query", 400, "application/json",
			`{"RequestId":"r1","Code":"InvalidParameter","Message":"m","Recommend":"https://api.aliyun.com/troubleshoot?{query}"}`},
		{"AccessDeniedDetail quoting the token", 403, "application/json",
			`{"RequestId":"r1","Code":"Forbidden.RAM","Message":"m","AccessDeniedDetail":{"EncodedDiagnosticMessage":"{token}"}}`},
		{"XML error quoting the query", 400, "text/xml",
			`<Error><RequestId>r1</RequestId><Code>InvalidParameter</Code><Message>bad: {query}</Message></Error>`},
		{"HTML gateway page quoting the query", 502, "text/html", `<html><body>upstream failed for /?{query}</body></html>`},
		{"plain text quoting the query", 400, "text/plain", `rejected /?{query}`},
		{"success with an HTML page quoting the query", 200, "text/html", `<html>/?{query}</html>`},
	}
	for _, e := range echoes {
		t.Run(e.name, func(t *testing.T) {
			t.Parallel()
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", e.ctype)
				w.Header().Set("X-Acs-Request-Id", "r1")
				w.WriteHeader(e.status)
				_, _ = w.Write([]byte(e.render(r, r.URL.Query().Get("SecurityToken"))))
			}))
			t.Cleanup(srv.Close)
			w, logs := newWire(), &logCapture{}
			t.Cleanup(w.close)
			cfg := alibaba.Config{Endpoint: srv.URL, Credentials: alibaba.StaticCredentials(stsKeyID, stsSecret, stsToken),
				HTTPClient: w.client(), Logger: logs.logger()}
			_, err := aga.New(cfg, fastRetry).ListForwardingRules(testContext(t), &aga.ListForwardingRulesRequest{
				AcceleratorID: "ga-1", ListenerID: "lsr-1"})
			require.Error(t, err)
			assert.Contains(t, err.Error(), "HTTP "+fmt.Sprint(e.status), "the status survives whatever the body")
			requireErrorClean(t, err, alibabaSecrets(w))
			logs.requireClean(t, alibabaSecrets(w))
		})
	}
}

// TestHuaweiRefusedCredentialsDoNotLeak covers the token paths: a wrong
// password, a static token the server does not know, and IAM answering
// with a page, half a body or nothing at all after issuing a token.
func TestHuaweiRefusedCredentialsDoNotLeak(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		creds     huawei.Credentials
		iamFaults []huaweitest.Fault
		kind      error
	}{
		{"wrong password", huawei.Password{DomainName: huaweitest.DomainName, UserName: huaweitest.UserName, Password: wrongPassword},
			nil, huawei.ErrUnauthorized},
		{"static token the server does not know", huawei.StaticToken(staticToken), nil, huawei.ErrUnauthorized},
		{"IAM behind an HTML error page", nil, []huaweitest.Fault{huaweitest.HTMLPage(502, 0)}, huawei.ErrUnavailable},
		{"IAM answer cut in half", nil, []huaweitest.Fault{huaweitest.TruncateBody(0)}, nil},
		{"IAM answer lost after issuing a token", nil, []huaweitest.Fault{huaweitest.DropResponse(0)}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := huaweiEmulator(t)
			w, logs := newWire(), &logCapture{}
			t.Cleanup(w.close)
			cfg := srv.Config()
			cfg.HTTPClient, cfg.Logger = w.client(), logs.logger()
			if tt.creds != nil {
				cfg.Credentials = tt.creds
			}
			srv.Inject("CreateToken", tt.iamFaults...)
			_, err := hga.New(cfg, fastRetry).ListByoipPools(testContext(t), nil)
			require.Error(t, err)
			if tt.kind != nil {
				assert.ErrorIs(t, err, tt.kind)
			}
			secrets := append(w.Secrets(), huaweitest.Password, wrongPassword, staticToken)
			requireErrorClean(t, err, secrets)
			logs.requireClean(t, secrets)
		})
	}
}

// TestHuaweiEchoingServerDoesNotLeak points a client at a gateway that
// quotes the X-Auth-Token it received in each error shape Huawei uses.
func TestHuaweiEchoingServerDoesNotLeak(t *testing.T) {
	t.Parallel()
	echoes := []echo{
		{"error_msg quoting the token", 401, "application/json",
			`{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: token {token}","request_id":"r1"}`},
		{"nested error quoting the token", 401, "application/json",
			`{"error":{"code":401,"message":"The request you have made requires authentication: {token}","title":"Unauthorized"}}`},
		{"HTML page quoting the token", 502, "text/html", `<html><head><title>502 {token}</title></head></html>`},
		{"success with an HTML page quoting the token", 200, "text/html", `<html>{token}</html>`},
	}
	for _, e := range echoes {
		t.Run(e.name, func(t *testing.T) {
			t.Parallel()
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", e.ctype)
				w.Header().Set("X-Request-Id", "r1")
				w.WriteHeader(e.status)
				_, _ = w.Write([]byte(e.render(r, r.Header.Get("X-Auth-Token"))))
			}))
			t.Cleanup(srv.Close)
			w, logs := newWire(), &logCapture{}
			t.Cleanup(w.close)
			cfg := huawei.Config{Endpoint: srv.URL, Credentials: huawei.StaticToken(staticToken),
				HTTPClient: w.client(), Logger: logs.logger()}
			_, err := hga.New(cfg, fastRetry).ListByoipPools(testContext(t), nil)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "HTTP "+fmt.Sprint(e.status), "the status survives whatever the body")
			secrets := append(w.Secrets(), staticToken)
			requireErrorClean(t, err, secrets)
			logs.requireClean(t, secrets)
		})
	}
}

// printings renders v every way a program might print or log it.
func printings(v any) map[string]string {
	out := map[string]string{}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x"} {
		out["fmt "+verb] = fmt.Sprintf(verb, v)
	}
	logs := &logCapture{}
	logs.logger().Debug("value", "v", v)
	out["slog"] = strings.Join(logs.Lines(), "\n")
	if b, err := json.Marshal(v); err == nil {
		out["json.Marshal"] = string(b)
	}
	return out
}

// TestPrintedValuesHoldNoSecrets prints and logs every value of the SDK
// that holds or touches a secret: configurations, credentials, tokens, and
// the caller's request values after a call (the signer must not write
// into them).
func TestPrintedValuesHoldNoSecrets(t *testing.T) {
	t.Parallel()
	_, acfg := alibabaSTS(t)
	hsrv := huaweiEmulator(t)
	hcfg := hsrv.Config()
	w := newWire()
	t.Cleanup(w.close)
	acfg.HTTPClient, hcfg.HTTPClient = w.client(), w.client()
	ctx := testContext(t)

	areq := &aga.ListForwardingRulesRequest{AcceleratorID: alibabatest.DefaultAcceleratorID, ListenerID: alibabatest.DefaultListenerID}
	_, err := aga.New(acfg).ListForwardingRules(ctx, areq)
	require.NoError(t, err)
	params := &alibaba.Params{}
	params.Set("AcceleratorId", alibabatest.DefaultAcceleratorID)
	params.Set("ListenerId", alibabatest.DefaultListenerID)
	require.NoError(t, alibaba.NewClient(acfg, alibaba.Product{Service: "ga", Version: "2019-11-20", RegionID: "cn-hangzhou"}).
		Call(ctx, tokenWrite, params, nil))
	creds, err := acfg.Credentials.Retrieve(ctx)
	require.NoError(t, err)

	hreq := &apig.AddCustomIngressPortRequest{InstanceID: huaweitest.DefaultInstanceID, Protocol: apig.IngressProtocolHTTPS, IngressPort: 9443}
	_, err = apig.New(hcfg).AddCustomIngressPort(ctx, hreq)
	require.NoError(t, err)
	token, err := hcfg.Credentials.Token(ctx, huawei.TokenRequest{Scope: huawei.Scope{Domain: true}, IAM: huawei.NewIAMClient(hcfg)})
	require.NoError(t, err)
	w.note(token.Value)

	values := map[string]any{
		"alibaba.Config":              acfg,
		"alibaba.StaticCredentials":   acfg.Credentials,
		"alibaba.CachedCredentials":   alibaba.CachedCredentials(acfg.Credentials),
		"alibaba.DefaultCredentials":  alibaba.DefaultCredentials(),
		"*alibaba.Params after Call":  params,
		"ga request after a call":     areq,
		"huawei.Config":               hcfg,
		"huawei.Password":             hcfg.Credentials,
		"huawei.StaticToken":          huawei.StaticToken(staticToken),
		"huawei.Token":                noJSON{token},
		"apig request after a call":   hreq,
		"*huawei.IAMClient":           huawei.NewIAMClient(hcfg),
		"alibaba.Credentials (fmt)":   fmtOnly{creds},
		"pointer to alibaba.Config":   &acfg,
		"pointer to huawei.Password":  &huawei.Password{Password: huaweitest.Password},
		"huawei.Config in a struct":   struct{ Cfg huawei.Config }{hcfg},
		"alibaba.Config in a struct":  struct{ Cfg alibaba.Config }{acfg},
		"huawei.Token in a slice":     fmtOnly{[]huawei.Token{token}}, // slog's JSON handler marshals slices
		"alibaba.Credentials pointer": fmtOnly{&creds},
	}
	secrets := append(alibabaSecrets(w), huaweitest.Password, staticToken)
	for name, v := range values {
		for how, text := range printings(v) {
			if _, ok := v.(fmtOnly); ok && (how == "json.Marshal" || how == "slog") {
				continue
			}
			if _, ok := v.(noJSON); ok && how == "json.Marshal" {
				continue
			}
			requireNoLeak(t, name+" printed with "+how, text, secrets)
		}
	}
	// alibaba.Credentials has neither LogValue nor MarshalJSON (reported):
	// slog's JSON handler and encoding/json print its exported fields,
	// secret and token included. Its text and fmt forms are safe, and
	// checked above; slog's text handler uses them.
	logs := &logCapture{}
	slog.New(slog.NewTextHandler(lockedWriter{&logs.mu, &logs.text}, nil)).Info("creds", "c", creds)
	logs.requireClean(t, secrets)
}

// fmtOnly marks a value to check with fmt and slog's text handler only.
type fmtOnly struct{ v any }

func (f fmtOnly) Format(s fmt.State, verb rune) { formatInner(s, verb, f.v) }

// noJSON marks a value not to check with encoding/json: huawei.Token has
// LogValue, so slog never prints its value, but no MarshalJSON (reported).
type noJSON struct{ v any }

func (n noJSON) Format(s fmt.State, verb rune) { formatInner(s, verb, n.v) }

// LogValue hands slog the wrapped value, with its own LogValue.
func (n noJSON) LogValue() slog.Value { return slog.AnyValue(n.v) }

// formatInner prints v with the verb and flags s was asked for.
func formatInner(s fmt.State, verb rune, v any) {
	format := "%" + string(verb)
	if s.Flag('+') {
		format = "%+" + string(verb)
	} else if s.Flag('#') {
		format = "%#" + string(verb)
	}
	_, _ = fmt.Fprintf(s, format, v)
}

// TestDefaultChainErrorsDoNotLeak breaks every file the default chain
// reads while they hold recognisable secrets: credentials-go quotes a
// malformed CLI configuration whole in its error, and the SDK must not
// pass that on. It changes the environment, so it is not parallel.
func TestDefaultChainErrorsDoNotLeak(t *testing.T) {
	dir := t.TempDir()
	cli := filepath.Join(dir, "config.json")
	ini := filepath.Join(dir, "credentials")
	require.NoError(t, os.WriteFile(cli, []byte(`{"current":"default","profiles":[{"name":"default","mode":"StsToken",`+
		`"access_key_id":"LTAIe2e","access_key_secret":"`+stsSecret+`","sts_token":"`+stsToken+`",}`), 0o600))
	require.NoError(t, os.WriteFile(ini, []byte("[default]\ntype = access_key\naccess_key_id = LTAIe2e\n"+
		"access_key_secret = "+stsSecret+"\n[default\nsecurity_token="+stsToken+"\n"), 0o600))
	for k, v := range map[string]string{
		"HOME": dir, "ALIBABA_CLOUD_CONFIG_FILE": cli, "ALIBABA_CLOUD_CREDENTIALS_FILE": ini,
		"ALIBABA_CLOUD_ECS_METADATA_DISABLED": "true", "ALIBABA_CLOUD_ACCESS_KEY_ID": "", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "",
		"ALIBABA_CLOUD_SECURITY_TOKEN": "", "ALIBABA_CLOUD_ROLE_ARN": "", "ALIBABA_CLOUD_OIDC_PROVIDER_ARN": "",
		"ALIBABA_CLOUD_OIDC_TOKEN_FILE": "", "ALIBABA_CLOUD_PROFILE": "",
	} {
		t.Setenv(k, v)
	}
	srv := alibabaEmulator(t)
	logs := &logCapture{}
	cfg := srv.Config()
	cfg.Credentials, cfg.Logger = alibaba.DefaultCredentials(), logs.logger()
	_, err := aga.New(cfg).ListForwardingRules(testContext(t), &aga.ListForwardingRulesRequest{
		AcceleratorID: alibabatest.DefaultAcceleratorID, ListenerID: alibabatest.DefaultListenerID})
	require.Error(t, err)
	assert.Zero(t, srv.CountOf("ListForwardingRules"), "nothing is sent without credentials")
	assert.Contains(t, err.Error(), "cli profile", "the error says which sources failed")
	requireErrorClean(t, err, []string{stsSecret, stsToken})
	logs.requireClean(t, []string{stsSecret, stsToken})
}
