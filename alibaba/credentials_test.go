package alibaba

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aliyun/credentials-go/credentials/providers"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	leakSecret = "SeCrEtVaLuE0123456789"
	leakToken  = "ToKeNvAlUe9876543210"
)

func TestCredentialsNeverPrintSecrets(t *testing.T) {
	creds := Credentials{AccessKeyID: "LTAI5tAbCdEf", AccessKeySecret: leakSecret, SecurityToken: leakToken,
		Expiration: time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)}
	provider := StaticCredentials("LTAI5tAbCdEf", leakSecret, leakToken)
	cfg := Config{Region: "cn-hangzhou", Credentials: provider}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x"} {
		for _, v := range []any{creds, &creds, provider, cfg, &cfg, DefaultCredentials(), FromCredentialsGo(nil), CachedCredentials(provider)} {
			out := fmt.Sprintf(verb, v)
			assert.NotContains(t, out, leakSecret, verb)
			assert.NotContains(t, out, leakToken, verb)
			assert.NotContains(t, out, "5tAbCdEf", verb)
		}
	}
	assert.Equal(t, `alibaba.Credentials{AccessKeyID: "LTAI…" (sts), Expiration: 2030-01-02T03:04:05Z}`, creds.String())
	assert.Equal(t, `alibaba.StaticCredentials(alibaba.Credentials{AccessKeyID: "LTAI…"})`, fmt.Sprint(StaticCredentials("LTAI5t", "s", "")))
	assert.Equal(t, `alibaba.Credentials{AccessKeyID: ""}`, Credentials{}.String())
	assert.Equal(t, `alibaba.Credentials{AccessKeyID: "加速器a…"}`, Credentials{AccessKeyID: "加速器ab"}.String(), "characters, not bytes")
}

func TestStaticCredentialsRetrieve(t *testing.T) {
	got, err := StaticCredentials("id", "secret", "token").Retrieve(context.Background())
	require.NoError(t, err)
	assert.Equal(t, Credentials{AccessKeyID: "id", AccessKeySecret: "secret", SecurityToken: "token"}, got)
}

// goFake is a credentials-go provider with a scripted answer.
type goFake struct {
	name  string
	creds *providers.Credentials
	err   error
	calls int
}

func (g *goFake) GetCredentials() (*providers.Credentials, error) {
	g.calls++
	return g.creds, g.err
}

func (g *goFake) GetProviderName() string { return g.name }

func ok(id string) *goFake {
	return &goFake{name: id, creds: &providers.Credentials{AccessKeyId: id, AccessKeySecret: "s"}}
}

func failing(msg string) *goFake { return &goFake{name: "f", err: errors.New(msg)} }

func chainOf(links ...chainLink) *defaultChain {
	return &defaultChain{links: func() []chainLink { return links }}
}

func TestChainTriesLinksInOrder(t *testing.T) {
	first, second, third := failing("no env"), ok("second"), ok("third")
	d := chainOf(chainLink{"environment", first}, chainLink{"oidc", second}, chainLink{"cli profile", third})
	creds, err := d.Retrieve(context.Background())
	require.NoError(t, err)
	assert.Equal(t, "second", creds.AccessKeyID)
	assert.Equal(t, 0, third.calls)

	_, err = d.Retrieve(context.Background())
	require.NoError(t, err)
	assert.Equal(t, 1, first.calls, "the link that worked is kept")
	assert.Equal(t, 2, second.calls)
}

func TestChainIsNotStickyOnFailure(t *testing.T) {
	links := []chainLink{{"environment", failing("ALIBABA_CLOUD_ACCESS_KEY_ID is not set")}, {"ini profile", failing("open ~/.alibabacloud/credentials: no such file")}}
	d := &defaultChain{links: func() []chainLink { return links }}
	_, err := d.Retrieve(context.Background())
	require.EqualError(t, err, "alibaba: no credentials found (environment: ALIBABA_CLOUD_ACCESS_KEY_ID is not set; ini profile: open ~/.alibabacloud/credentials: no such file)")

	links = []chainLink{{"environment", ok("late")}}
	creds, err := d.Retrieve(context.Background())
	require.NoError(t, err, "a later call walks the chain again")
	assert.Equal(t, "late", creds.AccessKeyID)
}

func TestChainForgetsALinkThatFails(t *testing.T) {
	flaky := ok("ecs")
	d := chainOf(chainLink{"ecs ram role", flaky})
	_, err := d.Retrieve(context.Background())
	require.NoError(t, err)

	flaky.err = errors.New("refresh Ecs sts token err: timeout")
	_, err = d.Retrieve(context.Background())
	require.EqualError(t, err, "alibaba: credentials from ecs ram role: refresh Ecs sts token err: timeout")
	assert.Nil(t, d.current)

	flaky.err = nil
	_, err = d.Retrieve(context.Background())
	require.NoError(t, err)
}

func TestSummariseErrorQuotesNothingSecret(t *testing.T) {
	tests := []struct {
		name string
		err  string
		want string
	}{
		{"cli config not json", "unmarshal aliyun cli config from '/home/u/.aliyun/config.json' failed: {\"profiles\":[{\"access_key_secret\":\"" + leakSecret + "\"",
			"the aliyun CLI config file /home/u/.aliyun/config.json is not valid JSON (contents not shown)"},
		{"ini line", "ERROR: Can not open filekey-value delimiter not found: access_key_secret " + leakSecret, "ERROR: Can not open filekey-value delimiter not found (line not shown)"},
		{"external stderr", "failed to execute external command: exit status 1\nstderr: " + leakSecret, "failed to execute external command: exit status 1"},
		{"sts body", `refresh session token failed: {"Message":"server string to sign is:POST&%2F&SecurityToken%3D` + leakToken + `%26X%3D1","SecurityToken":"` + leakToken + `"}`,
			`refresh session token failed: {"Message":"server string to sign is:POST&%2F&SecurityToken%3D<redacted>%26X%3D1","SecurityToken":"<redacted>"}`},
		{"long", strings.Repeat("é", 400), strings.Repeat("é", maxSummaryLen/2) + "…"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := summariseError(errors.New(tc.err))
			assert.Equal(t, tc.want, got)
			assert.NotContains(t, got, leakSecret)
			assert.NotContains(t, got, leakToken)
		})
	}
}

func TestFromCredentialsGo(t *testing.T) {
	p, err := providers.NewStaticSTSCredentialsProviderBuilder().WithAccessKeyId("STS.id").WithAccessKeySecret("s").WithSecurityToken("tok").Build()
	require.NoError(t, err)
	creds, err := FromCredentialsGo(p).Retrieve(context.Background())
	require.NoError(t, err)
	assert.Equal(t, Credentials{AccessKeyID: "STS.id", AccessKeySecret: "s", SecurityToken: "tok"}, creds)

	_, err = FromCredentialsGo(nil).Retrieve(context.Background())
	require.ErrorContains(t, err, "nil provider")
	_, err = FromCredentialsGo(&goFake{name: "odd"}).Retrieve(context.Background())
	require.ErrorContains(t, err, "credentials from odd: no credentials returned")
}

// isolateEnvironment points every credential source at nothing: an empty
// home, no variables, no instance metadata. Tests using it are serial.
func isolateEnvironment(t *testing.T) string {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
	for _, name := range []string{"ACCESS_KEY_ID", "ACCESS_KEY_SECRET", "SECURITY_TOKEN", "ROLE_ARN", "OIDC_PROVIDER_ARN",
		"OIDC_TOKEN_FILE", "OIDC_TOKEN", "CONFIG_FILE", "CREDENTIALS_FILE", "PROFILE", "CLI_PROFILE_DISABLED", "CREDENTIALS_URI"} {
		t.Setenv("ALIBABA_CLOUD_"+name, "")
	}
	return home
}

func TestDefaultCredentialsIsLazyAndNotSticky(t *testing.T) {
	isolateEnvironment(t)
	p := DefaultCredentials() // nothing is read yet
	_, err := p.Retrieve(context.Background())
	require.Error(t, err)
	for _, source := range []string{"environment:", "cli profile:", "ini profile:"} {
		assert.Contains(t, err.Error(), source)
	}

	t.Setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIenv")
	t.Setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", leakSecret)
	creds, err := p.Retrieve(context.Background())
	require.NoError(t, err, "the failure was not cached and the chain was walked again")
	assert.Equal(t, "LTAIenv", creds.AccessKeyID)
}

func TestDefaultCredentialsReadsTheEnvironmentOnFirstUse(t *testing.T) {
	isolateEnvironment(t)
	p := DefaultCredentials()
	t.Setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "STS.later")
	t.Setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "s")
	t.Setenv("ALIBABA_CLOUD_SECURITY_TOKEN", "tok")
	creds, err := p.Retrieve(context.Background())
	require.NoError(t, err)
	assert.Equal(t, Credentials{AccessKeyID: "STS.later", AccessKeySecret: "s", SecurityToken: "tok"}, creds)
}

func TestDefaultCredentialsNeverQuotesConfigFiles(t *testing.T) {
	home := isolateEnvironment(t)
	require.NoError(t, os.MkdirAll(filepath.Join(home, ".aliyun"), 0o700))
	require.NoError(t, os.MkdirAll(filepath.Join(home, ".alibabacloud"), 0o700))
	cli := `{"current":"default","profiles":[{"name":"default","mode":"AK","access_key_secret":"` + leakSecret + `",}]}`
	require.NoError(t, os.WriteFile(filepath.Join(home, ".aliyun", "config.json"), []byte(cli), 0o600))
	ini := "[default]\ntype = access_key\naccess_key_secret " + leakSecret + "\n"
	require.NoError(t, os.WriteFile(filepath.Join(home, ".alibabacloud", "credentials"), []byte(ini), 0o600))

	_, err := DefaultCredentials().Retrieve(context.Background())
	require.Error(t, err)
	assert.NotContains(t, err.Error(), leakSecret)
	assert.Contains(t, err.Error(), "config.json is not valid JSON (contents not shown)")
}

func TestDefaultCredentialsReadsTheCLIProfile(t *testing.T) {
	home := isolateEnvironment(t)
	require.NoError(t, os.MkdirAll(filepath.Join(home, ".aliyun"), 0o700))
	cli := `{"current":"p","profiles":[{"name":"p","mode":"AK","access_key_id":"LTAIcli","access_key_secret":"s"}]}`
	require.NoError(t, os.WriteFile(filepath.Join(home, ".aliyun", "config.json"), []byte(cli), 0o600))
	creds, err := DefaultCredentials().Retrieve(context.Background())
	require.NoError(t, err)
	assert.Equal(t, "LTAIcli", creds.AccessKeyID)
}
