package huaweitest

import (
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestServicesAcceptTokensOfTheRightScope(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	a := do(t, http.MethodGet, poolsURL(srv, ""), issue(t, srv, domainScope), "")
	require.Equal(t, http.StatusOK, a.status, a.raw)
	b := do(t, http.MethodGet, portsURL(srv, ProjectID, DefaultInstanceID, ""), issue(t, srv, projectScope(Region)), "")
	require.Equal(t, http.StatusOK, b.status, b.raw)
}

func TestAPIGRefusesBadTokensWithAPIG1002(t *testing.T) {
	t.Parallel()
	now := time.Now()
	clock := &now
	srv := newServer(t, WithClock(func() time.Time { return *clock }), WithTokenTTL(time.Hour))
	project, domain := issue(t, srv, projectScope(Region)), issue(t, srv, domainScope)
	url := portsURL(srv, ProjectID, DefaultInstanceID, "")
	for name, tok := range map[string]string{"missing": "", "unknown": "MIIforged", "domain-scoped": domain} {
		a := do(t, http.MethodGet, url, tok, "")
		assert.Equal(t, http.StatusUnauthorized, a.status, name)
		assert.Equal(t, "APIG.1002", a.code(), name)
		assert.Equal(t, "Incorrect token or token resolution failed", a.body["error_msg"], name)
		assert.Equal(t, a.header.Get("X-Request-Id"), a.body["request_id"], name)
	}
	later := now.Add(time.Hour)
	clock = &later
	assert.Equal(t, "APIG.1002", do(t, http.MethodGet, url, project, "").code(), "expired by the clock")
}

func TestAPIGRefusesAnotherProjectsPath(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	other, _ := srv.ProjectID("cn-north-4")
	a := do(t, http.MethodGet, portsURL(srv, other, DefaultInstanceID, ""), issue(t, srv, projectScope(Region)), "")
	assert.Equal(t, http.StatusForbidden, a.status)
	assert.Equal(t, "APIG.1005", a.code())

	b := do(t, http.MethodGet, portsURL(srv, other, DefaultInstanceID, ""), issue(t, srv, projectScope("cn-north-4")), "")
	assert.Equal(t, http.StatusNotFound, b.status, "the instance lives in another project")
	assert.Equal(t, "APIG.3030", b.code())
}

func TestGARefusesBadTokensAtTheGateway(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	project := issue(t, srv, projectScope(Region))
	for name, tok := range map[string]string{"missing": "", "unknown": "MIIforged", "project-scoped": project} {
		a := do(t, http.MethodGet, poolsURL(srv, ""), tok, "")
		assert.Equal(t, http.StatusUnauthorized, a.status, name)
		assert.Equal(t, "APIGW.0301", a.code(), name)
		assert.Contains(t, a.body["error_msg"], "Incorrect IAM authentication information", name)
	}
}

func TestExpireTokensEndsEveryIssuedToken(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	old := issue(t, srv, domainScope)
	srv.ExpireTokens()
	a := do(t, http.MethodGet, poolsURL(srv, ""), old, "")
	assert.Equal(t, http.StatusUnauthorized, a.status)
	assert.Contains(t, a.body["error_msg"], "token expired")
	fresh := issue(t, srv, domainScope)
	assert.Equal(t, http.StatusOK, do(t, http.MethodGet, poolsURL(srv, ""), fresh, "").status, "new tokens work")
}

func TestUnknownRoutesAreNotImplemented(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	for _, tt := range []struct{ method, path string }{
		{http.MethodGet, "/v1/accelerators/8d0b2c1e"}, // ShowAccelerator: only listings are generic
		{http.MethodPost, "/v1/accelerators"},
		{http.MethodDelete, "/v1/byoip-pools"},
		{http.MethodGet, "/v3/auth/tokens"},
	} {
		a := do(t, tt.method, srv.URL+tt.path, "", "")
		assert.Equal(t, http.StatusNotFound, a.status, tt.path)
		assert.Equal(t, "APIGW.0101", a.code())
		assert.Contains(t, a.body["error_msg"], "not implemented by huaweitest: "+tt.method+" "+tt.path)
		assert.NotEmpty(t, a.header.Get("X-Request-Id"))
	}
}
