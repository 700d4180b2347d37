package huaweitest

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIAMIssuesProjectScopedTokens(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	srv := newServer(t, WithClock(func() time.Time { return now }), WithTokenTTL(2*time.Hour))
	a := do(t, http.MethodPost, srv.URL+"/v3/auth/tokens?nocatalog=true", "", authBody(UserName, Password, projectScope(Region)))
	require.Equal(t, http.StatusCreated, a.status, a.raw)

	tok := a.header.Get("X-Subject-Token")
	assert.True(t, strings.HasPrefix(tok, "MII"), "PKI-style token")
	assert.Greater(t, len(tok), 4000, "tokens are several kilobytes")
	assert.NotEmpty(t, a.header.Get("X-Request-Id"))

	body := a.body["token"].(map[string]any)
	assert.Equal(t, "2026-03-01T14:00:00.000000Z", body["expires_at"])
	assert.Equal(t, "2026-03-01T12:00:00.000000Z", body["issued_at"])
	assert.Equal(t, []any{"password"}, body["methods"])
	assert.NotContains(t, body, "catalog", "nocatalog=true")
	assert.NotContains(t, body, "domain")
	project := body["project"].(map[string]any)
	assert.Equal(t, ProjectID, project["id"])
	assert.Equal(t, Region, project["name"])
	assert.Equal(t, map[string]any{"id": DomainID, "name": DomainName}, project["domain"])
	assert.Equal(t, UserName, body["user"].(map[string]any)["name"])
	var env struct{ Token json.RawMessage }
	require.NoError(t, json.Unmarshal([]byte(a.raw), &env))
	assert.Equal(t, []string{"expires_at", "issued_at", "methods", "project", "roles", "user"}, orderedKeys(t, string(env.Token)))
}

func TestIAMIssuesDomainScopedTokensAndOtherProjects(t *testing.T) {
	t.Parallel()
	srv := newServer(t, WithProject("la-south-2", "11112222333344445555666677778888"))
	for scope, check := range map[string]func(map[string]any){
		domainScope: func(tok map[string]any) {
			assert.Equal(t, map[string]any{"id": DomainID, "name": DomainName}, tok["domain"])
			assert.NotContains(t, tok, "project")
		},
		`{"domain":{"id":"` + DomainID + `"}}`: func(tok map[string]any) { assert.Contains(t, tok, "domain") },
		projectScope("la-south-2"): func(tok map[string]any) {
			assert.Equal(t, "11112222333344445555666677778888", tok["project"].(map[string]any)["id"])
		},
		`{"project":{"id":"` + ProjectID + `"}}`: func(tok map[string]any) {
			assert.Equal(t, Region, tok["project"].(map[string]any)["name"])
		},
		projectScope("cn-north-4"): func(tok map[string]any) {
			id, ok := srv.ProjectID("cn-north-4")
			require.True(t, ok)
			assert.Equal(t, id, tok["project"].(map[string]any)["id"])
		},
	} {
		a := do(t, http.MethodPost, srv.URL+"/v3/auth/tokens", "", authBody(UserName, Password, scope))
		require.Equal(t, http.StatusCreated, a.status, a.raw)
		tok := a.body["token"].(map[string]any)
		assert.Equal(t, []any{}, tok["catalog"], "without nocatalog the (empty) catalog is there")
		check(tok)
	}
}

func TestIAMRefusesWrongPasswordsTheKeystoneWay(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	for _, body := range []string{
		authBody(UserName, "wrong", projectScope(Region)),
		authBody("someone-else", Password, projectScope(Region)),
		strings.Replace(authBody(UserName, Password, projectScope(Region)), DomainName+`"}}}}`, `other"}}}}`, 1),
	} {
		a := do(t, http.MethodPost, srv.URL+"/v3/auth/tokens?nocatalog=true", "", body)
		assert.Equal(t, http.StatusUnauthorized, a.status)
		assert.JSONEq(t, `{"error":{"code":401,"message":"The username or password is wrong.","title":"Unauthorized"}}`, a.raw)
		assert.Empty(t, a.header.Get("X-Subject-Token"))
	}
}

func TestIAMRefusesBadRequests(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	for name, body := range map[string]string{
		"not JSON":        `{"auth":`,
		"unknown project": authBody(UserName, Password, projectScope("mars-north-1")),
		"other domain":    authBody(UserName, Password, `{"domain":{"name":"other"}}`),
		"no scope":        authBody(UserName, Password, `{}`),
	} {
		a := do(t, http.MethodPost, srv.URL+"/v3/auth/tokens", "", body)
		assert.Equal(t, http.StatusBadRequest, a.status, name)
		assert.Equal(t, "400", a.code(), name)
		assert.Equal(t, "Bad Request", a.body["error"].(map[string]any)["title"], name)
	}
}

func TestTokensAreUniqueAndCounted(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	a, b := issue(t, srv, domainScope), issue(t, srv, domainScope)
	assert.NotEqual(t, a, b)
	do(t, http.MethodPost, srv.URL+"/v3/auth/tokens", "", authBody(UserName, "wrong", domainScope))
	assert.Equal(t, 3, srv.IAMCalls(), "every token request counts, refused ones too")
	srv.Reset()
	assert.Zero(t, srv.IAMCalls())
}
