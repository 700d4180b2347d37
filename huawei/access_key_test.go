package huawei

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// keySecrets are the parts of the test keys that must never be shown.
var keySecrets = []string{testKey.Secret, testTempKey.Secret, testTempKey.SecurityToken, "SECRET"}

func assertNoKeySecret(t *testing.T, where, s string) {
	t.Helper()
	for _, secret := range keySecrets {
		assert.NotContains(t, s, secret, "%s leaks a secret", where)
	}
}

func TestAccessKeyPrintsRedacted(t *testing.T) {
	want := `huawei.AccessKey{ID: "HPUA…", Secret: <redacted>, SecurityToken: <redacted>}`
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%d"} {
		assert.Equal(t, want, fmt.Sprintf(verb, testTempKey), verb)
		assert.Equal(t, want, fmt.Sprintf(verb, &testTempKey), verb)
	}
	assert.Equal(t, `huawei.AccessKey{ID: "HPUA…", Secret: <redacted>, SecurityToken: ""}`, testKey.String(),
		"shows that a permanent key has no token")
	assert.Equal(t, `huawei.AccessKey{ID: "", Secret: "", SecurityToken: ""}`, AccessKey{}.String())
	assert.Equal(t, `huawei.AccessKey{ID: "AK…", Secret: <redacted>, SecurityToken: ""}`, AccessKey{ID: "AK", Secret: "s"}.String())

	b, err := json.Marshal(struct{ Key AccessKey }{testTempKey})
	require.NoError(t, err)
	assertNoKeySecret(t, "JSON", string(b))

	var logs bytes.Buffer
	slog.New(slog.NewJSONHandler(&logs, nil)).Info("k", "key", testTempKey, "ptr", &testTempKey)
	slog.New(slog.NewTextHandler(&logs, nil)).Info("k", "key", testTempKey)
	assertNoKeySecret(t, "slog", logs.String())
	assert.Contains(t, logs.String(), "<redacted>")
}

func TestAccessKeyCredentialsPrintRedacted(t *testing.T) {
	chain := &defaultAccessKey{found: &foundKey{key: testTempKey}}
	for _, creds := range []Credentials{testTempKey, chain, AccessKeyCredentials(testTempKey),
		AccessKeyCredentials(&rotatingSource{keys: []AccessKey{testTempKey}})} {
		cfg := Config{Region: "r", Credentials: creds}
		s := fmt.Sprintf("%v %+v %#v %s | %v %+v %#v %s", creds, creds, creds, creds, cfg, cfg, cfg, cfg)
		assertNoKeySecret(t, fmt.Sprintf("%T", creds), s)
		var logs bytes.Buffer
		slog.New(slog.NewJSONHandler(&logs, nil)).Info("c", "creds", creds, "cfg", cfg)
		assertNoKeySecret(t, "slog", logs.String())
	}
	assert.Equal(t, "huawei.DefaultAccessKey()", fmt.Sprintf("%+v", chain))
	assert.Equal(t, "huawei.AccessKeyCredentials(*huawei.rotatingSource)", fmt.Sprint(AccessKeyCredentials(&rotatingSource{})))
	assert.Contains(t, fmt.Sprintf("%#v", Config{DomainID: "d-1", Credentials: testKey}), `DomainID: "d-1"`)
}

func TestAccessKeyCredentialsGiveNoToken(t *testing.T) {
	for _, creds := range []Credentials{testKey, DefaultAccessKey(), AccessKeyCredentials(testKey)} {
		_, err := creds.Token(context.Background(), TokenRequest{})
		require.ErrorIs(t, err, errAccessKeyHasNoToken, "%T", creds)
		_, ok := creds.(AccessKeySource)
		assert.True(t, ok, "%T is recognised as an access key", creds)
	}
	_, err := AccessKeyCredentials(nil).(AccessKeySource).AccessKey(context.Background())
	assert.ErrorContains(t, err, "nil source")
}

func TestAccessKeyValidation(t *testing.T) {
	tests := []struct {
		name      string
		key       AccessKey
		wantField string
		wantText  string
	}{
		{"valid permanent", testKey, "", ""},
		{"valid temporary", testTempKey, "", ""},
		{"no ID", AccessKey{Secret: "s"}, "AccessKey.ID", "is required"},
		{"no secret", AccessKey{ID: "AK"}, "AccessKey.Secret", "is required"},
		{"pasted with a space", AccessKey{ID: "AK", Secret: "s3cret "}, "AccessKey.Secret", "white space"},
		{"ID with a newline", AccessKey{ID: "AK\n", Secret: "s"}, "AccessKey.ID", "white space"},
		{"ID with a comma", AccessKey{ID: "A,K", Secret: "s"}, "AccessKey.ID", "comma"},
		{"token with a control character", AccessKey{ID: "AK", Secret: "s", SecurityToken: "t\x00t"}, "AccessKey.SecurityToken", "control"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.key.validate("apig")
			if tt.wantField == "" {
				require.NoError(t, err)
				return
			}
			var pe *ParamError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.wantField, pe.Field)
			assert.Contains(t, pe.Problem, tt.wantText)
			assert.ErrorIs(t, err, ErrInvalidArgument)
			assert.NotContains(t, err.Error(), "s3cret")
		})
	}
}

func TestNilAccessKeyPointerFailsWithoutPanicking(t *testing.T) {
	srv := newKeyServer(t)
	cfg := keyConfig(srv, testKey)
	cfg.ProjectID = testProjectID
	cfg.Credentials = (*AccessKey)(nil)
	_, err := NewClient(cfg, apigService).Call(context.Background(), listThings, nil, nil)
	require.ErrorContains(t, err, "*huawei.AccessKey.AccessKey panicked")
	assert.Empty(t, srv.requests())
}
