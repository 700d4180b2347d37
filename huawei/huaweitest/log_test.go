package huaweitest

import (
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRequestLogRedactsTokensAndPasswords(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	tok := issue(t, srv, domainScope)
	do(t, http.MethodGet, poolsURL(srv, "?limit=2"), tok, "")

	log := srv.Requests()
	require.Len(t, log, 2)
	iam, list := log[0], log[1]
	assert.Equal(t, "CreateToken", iam.Operation)
	assert.Equal(t, http.StatusCreated, iam.Status)
	assert.NotContains(t, string(iam.Body), Password)
	assert.Contains(t, string(iam.Body), `"password":"REDACTED"`)
	assert.Contains(t, string(iam.Body), UserName, "the rest of the body stays")

	assert.Equal(t, "ListByoipPools", list.Operation)
	assert.Equal(t, "/v1/byoip-pools", list.Path)
	assert.Equal(t, "2", list.Query.Get("limit"))
	assert.Equal(t, "REDACTED", list.Header.Get("X-Auth-Token"))
	for _, r := range log {
		for _, vs := range r.Header {
			for _, v := range vs {
				assert.False(t, strings.Contains(v, tok[:64]), "no token anywhere in the log")
			}
		}
	}
}

func TestRequestLogOutcomesCountsAndReset(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	tok := issue(t, srv, projectScope(Region))
	addPort(t, srv, tok, DefaultInstanceID, `{"protocol":"HTTP","ingress_port":8080}`)
	do(t, http.MethodGet, srv.URL+"/nowhere", "", "")

	log := srv.Requests()
	require.Len(t, log, 3)
	assert.Equal(t, "APIG.2012", log[1].Code)
	assert.Equal(t, http.StatusBadRequest, log[1].Status)
	assert.Equal(t, "", log[2].Operation)
	assert.Equal(t, "APIGW.0101", log[2].Code)
	assert.Equal(t, 1, srv.CountOf("AddCustomIngressPort"))
	srv.Reset()
	assert.Empty(t, srv.Requests())
}
