package huaweitest

import (
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// iamLookup signs a GET to IAM with the permanent key, which names no
// project or domain.
func iamLookup(srv *Server, path string) keyRequest {
	return keyRequest{method: http.MethodGet, url: srv.URL + path, id: AccessKeyID, secret: SecretAccessKey,
		date: time.Now().UTC().Format(sdkDateLayout), signed: map[string]string{}}
}

func TestIAMListsProjectsForSignedCallers(t *testing.T) {
	t.Parallel()
	srv := newServer(t, WithProject("la-south-2", "1a2b3c4d5e6f47089a0b1c2d3e4f5a6b"))
	tests := []struct {
		query   string
		wantIDs []string
	}{
		{"?name=" + Region, []string{ProjectID}},
		{"?name=la-south-2", []string{"1a2b3c4d5e6f47089a0b1c2d3e4f5a6b"}},
		{"?name=xx-nowhere-1", nil},
	}
	for _, tt := range tests {
		a := iamLookup(srv, "/v3/projects"+tt.query).send(t)
		require.Equal(t, http.StatusOK, a.status, a.raw)
		assert.Equal(t, tt.wantIDs, strs(a, "projects", "id"), tt.query)
		assert.Contains(t, a.body["links"].(map[string]any)["self"], "/v3/projects"+tt.query)
	}
	all := iamLookup(srv, "/v3/projects").send(t)
	assert.Len(t, strs(all, "projects", "id"), 8, "Region, six others, la-south-2")
	first := all.body["projects"].([]any)[0].(map[string]any)
	assert.Equal(t, DomainID, first["domain_id"])
	assert.Equal(t, true, first["enabled"])
	assert.Equal(t, 4, srv.CountOf("KeystoneListProjects"))
}

func TestIAMListsTheCallersDomain(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	a := iamLookup(srv, "/v3/auth/domains").send(t)
	require.Equal(t, http.StatusOK, a.status, a.raw)
	assert.Equal(t, []string{DomainID}, strs(a, "domains", "id"))
	assert.Equal(t, []string{DomainName}, strs(a, "domains", "name"))

	tok := issue(t, srv, domainScope)
	b := do(t, http.MethodGet, srv.URL+"/v3/auth/domains", tok, "")
	assert.Equal(t, http.StatusOK, b.status, "a token of any scope works too")

	c := do(t, http.MethodGet, srv.URL+"/v3/projects", "", "")
	assert.Equal(t, http.StatusUnauthorized, c.status)
	assert.Equal(t, "APIGW.0301", c.code())
	assert.Equal(t, 1, srv.IAMCalls(), "lookups are not token requests: only issue's counts")
}

// strs lists the string member of the items under key.
func strs(a answer, key, member string) []string {
	var out []string
	items, _ := a.body[key].([]any)
	for _, it := range items {
		s, _ := it.(map[string]any)[member].(string)
		out = append(out, s)
	}
	return out
}
