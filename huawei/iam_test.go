package huawei

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPasswordTokenRequestAndUse(t *testing.T) {
	passwordUser := map[string]any{"name": "deployer", "password": testPassword, "domain": map[string]any{"name": "acme"}}
	tests := []struct {
		name      string
		service   Service
		op        *Operation
		projectID string
		wantScope map[string]any
		wantPath  string
	}{
		{"project scope, project id from token", apigService, listThings, "",
			map[string]any{"project": map[string]any{"name": "ap-southeast-1"}}, "/v2/proj-ap-southeast-1/things"},
		{"project scope, project id from config", apigService, listThings, "cfg-proj",
			map[string]any{"project": map[string]any{"name": "ap-southeast-1"}}, "/v2/cfg-proj/things"},
		{"domain scope, domain id from token", gaService, listQuotas, "",
			map[string]any{"domain": map[string]any{"name": "acme"}}, "/v1/dom-1/ga/quotas"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			iam, svc := newFakeIAM(t), newFakeService(t, okService)
			cfg := testConfig(iam, svc)
			cfg.ProjectID = tt.projectID
			var out echoed
			_, err := NewClient(cfg, tt.service).Call(context.Background(), tt.op, nil, &out)
			require.NoError(t, err)

			assert.Equal(t, echoed{Path: tt.wantPath, Token: testToken(1)}, out)
			reqs := iam.requests()
			require.Len(t, reqs, 1)
			assert.Equal(t, http.MethodPost, reqs[0].Method)
			assert.Equal(t, "/v3/auth/tokens", reqs[0].Path)
			assert.Equal(t, "nocatalog=true", reqs[0].RawQuery)
			assert.Equal(t, "application/json;charset=UTF-8", reqs[0].ContentType)
			assert.Empty(t, reqs[0].AuthToken)
			assert.Equal(t, map[string]any{"auth": map[string]any{
				"identity": map[string]any{"methods": []any{"password"}, "password": map[string]any{"user": passwordUser}},
				"scope":    tt.wantScope,
			}}, reqs[0].Body)
		})
	}
}

func TestCreateTokenResponses(t *testing.T) {
	expires := time.Date(2020, 1, 4, 9, 5, 22, 701000000, time.UTC)
	tests := []struct {
		name    string
		status  int
		subject string
		body    string
		want    Token
		wantErr string
	}{
		{"project token", 201, "tok", tokenJSON(expires, "p-1", "d-1"),
			Token{Value: "tok", ExpiresAt: expires, ProjectID: "p-1", DomainID: "d-1"}, ""},
		{"domain token", 201, "tok", `{"token":{"expires_at":"2020-01-04T09:05:22.701000Z","domain":{"id":"d-2","name":"acme"}}}`,
			Token{Value: "tok", ExpiresAt: expires, DomainID: "d-2"}, ""},
		{"domain only under user", 201, "tok", `{"token":{"expires_at":"2020-01-04T09:05:22.701000Z","user":{"domain":{"id":"d-3"}}}}`,
			Token{Value: "tok", ExpiresAt: expires, DomainID: "d-3"}, ""},
		{"no subject token", 201, "", tokenJSON(expires, "p-1", "d-1"), Token{},
			"huawei iam CreateToken: HTTP 201 response is unusable: no X-Subject-Token header (request id iam-1)"},
		{"bad expiry", 201, "tok", `{"token":{"expires_at":"tomorrow"}}`, Token{},
			`huawei iam CreateToken: HTTP 201 response is unusable: token.expires_at "tomorrow" is not an RFC 3339 time (request id iam-1)`},
		{"no expiry", 201, "tok", `{}`, Token{}, `token.expires_at "" is not an RFC 3339 time`},
		{"not JSON", 201, "tok", `<html>`, Token{}, "response is not valid JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			svc := newFakeService(t, func(w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("X-Request-Id", "iam-1")
				if tt.subject != "" {
					w.Header().Set("X-Subject-Token", tt.subject)
				}
				w.WriteHeader(tt.status)
				_, _ = io.WriteString(w, tt.body)
			})
			tok, err := NewIAMClient(Config{IAMEndpoint: svc.URL}).CreateToken(context.Background(), map[string]any{}, "")
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, tok)
		})
	}
}

func TestCreateTokenFailureIsAPIError(t *testing.T) {
	iam := newFakeIAM(t)
	iam.failNext.Store(1)
	_, err := NewIAMClient(Config{IAMEndpoint: iam.URL}).CreateToken(context.Background(), map[string]any{}, "")

	var apiErr *APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "huawei", apiErr.Provider)
	assert.Equal(t, "iam", apiErr.Service)
	assert.Equal(t, "CreateToken", apiErr.Operation)
	assert.Equal(t, 401, apiErr.StatusCode)
	assert.Equal(t, "401", apiErr.Code)
	assert.Equal(t, "iam-req-1", apiErr.RequestID)
	assert.ErrorIs(t, err, ErrUnauthorized)
}

func TestCreateTokenSendsCallerToken(t *testing.T) {
	iam := newFakeIAM(t)
	agency := map[string]any{"auth": map[string]any{"identity": map[string]any{"methods": []string{"assume_role"}}}}
	tok, err := NewIAMClient(Config{IAMEndpoint: iam.URL}).CreateToken(context.Background(), agency, "delegate-token")
	require.NoError(t, err)
	assert.Equal(t, testToken(1), tok.Value)
	assert.Equal(t, "delegate-token", iam.requests()[0].AuthToken)
}

func TestCreateTokenRefusesBadInput(t *testing.T) {
	tests := []struct {
		name     string
		client   *IAMClient
		body     any
		wantErr  string
		wantParm bool
	}{
		{"nil client", nil, map[string]any{}, "nil *IAMClient", false},
		{"bad endpoint", NewIAMClient(Config{IAMEndpoint: "ftp://iam.example.com"}), map[string]any{},
			"Config.IAMEndpoint must be a host or an http(s) URL", true},
		{"endpoint with query", NewIAMClient(Config{IAMEndpoint: "https://iam.example.com/?x=1"}), map[string]any{},
			"Config.IAMEndpoint", true},
		{"body not JSON", NewIAMClient(Config{}), func() {}, "cannot encode the request body", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.client.CreateToken(context.Background(), tt.body, "")
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.wantErr)
			var pe *ParamError
			assert.Equal(t, tt.wantParm, errors.As(err, &pe))
		})
	}
}

func TestIAMEndpointDefault(t *testing.T) {
	c := NewIAMClient(Config{})
	require.NoError(t, c.err)
	assert.Equal(t, DefaultIAMEndpoint, c.endpoint.String())

	c = NewIAMClient(Config{IAMEndpoint: "iam.eu-west-101.myhuaweicloud.eu"})
	require.NoError(t, c.err)
	assert.Equal(t, "https://iam.eu-west-101.myhuaweicloud.eu", c.endpoint.String())
}

func TestPasswordValidation(t *testing.T) {
	tests := []struct {
		name      string
		creds     Password
		wantField string
	}{
		{"no domain", Password{UserName: "u", Password: "p"}, "Password.DomainName"},
		{"no user", Password{DomainName: "d", Password: "p"}, "Password.UserName"},
		{"no password", Password{DomainName: "d", UserName: "u"}, "Password.Password"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			iam := newFakeIAM(t)
			_, err := tt.creds.Token(context.Background(), TokenRequest{Scope: Scope{Domain: true}, IAM: NewIAMClient(Config{IAMEndpoint: iam.URL})})
			var pe *ParamError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.wantField, pe.Field)
			assert.ErrorIs(t, err, ErrInvalidArgument)
			assert.Zero(t, iam.calls.Load())
		})
	}
}

func TestPasswordAuthBodyIsValidJSON(t *testing.T) {
	b, err := json.Marshal(Password{DomainName: `a"b`, UserName: "u", Password: `p\"w`}.authBody(Scope{Project: "x"}))
	require.NoError(t, err)
	assert.JSONEq(t, `{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"u","password":"p\\\"w","domain":{"name":"a\"b"}}}},"scope":{"project":{"name":"x"}}}}`, string(b))
}

func TestIAMUsesTheClientsPipeline(t *testing.T) {
	iam, svc := newFakeIAM(t), newFakeService(t, okService)
	iam.failNext.Store(1)
	iam.failStatus = http.StatusServiceUnavailable
	var logs bytes.Buffer
	cfg := testConfig(iam, svc)
	cfg.Logger = slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))

	_, err := NewClient(cfg, apigService, WithHeader("X-Trace", "svc-only")).Call(context.Background(), listThings, nil, nil)
	require.NoError(t, err)
	assert.Equal(t, int32(2), iam.calls.Load(), "the 503 was retried")
	assert.Contains(t, logs.String(), "service=iam operation=CreateToken attempt=2")
	assert.Contains(t, logs.String(), "status=503")
}

func TestIAMFailureFailsTheCall(t *testing.T) {
	iam, svc := newFakeIAM(t), newFakeService(t, okService)
	iam.failNext.Store(1)
	cfg := testConfig(iam, svc)
	cfg.ProjectID = "p-1" // the token is first needed when signing
	c := NewClient(cfg, apigService)

	_, err := c.Call(context.Background(), listThings, nil, nil)
	var apiErr *APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "iam", apiErr.Service)
	assert.Equal(t, "huawei apig ListThings: credentials: huawei iam CreateToken: HTTP 401 401: The username or password is wrong. (request id iam-req-1)",
		err.Error(), "the IAM error, named after the call that needed the token")
	assert.Zero(t, svc.calls.Load())

	_, err = c.Call(context.Background(), listThings, nil, nil)
	require.NoError(t, err, "the failure was not cached")
	assert.Equal(t, int32(2), iam.calls.Load())
}
