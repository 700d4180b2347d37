package alibabatest

import (
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRequestLogRedactsSignatureAndSecurityToken(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	srv := newServer(t, WithClock(func() time.Time { return now }),
		WithSTSCredentials("STS.NLogKey", "sts-secret", "very-secret-token", time.Time{}))
	s := &signer{id: "STS.NLogKey", secret: "sts-secret", token: "very-secret-token", now: func() time.Time { return now }}
	backend(t, srv, s, DefaultBackendID)

	log := srv.Requests()
	require.Len(t, log, 1)
	r := log[0]
	assert.Equal(t, "DescribeBackendInfo", r.Action)
	assert.Equal(t, apiGatewayVersion, r.Version)
	assert.Equal(t, http.MethodPost, r.Method)
	assert.Equal(t, now, r.Time)
	assert.Equal(t, http.StatusOK, r.Status)
	assert.Empty(t, r.Code)
	assert.Equal(t, "REDACTED", r.Params.Get("Signature"))
	assert.Equal(t, "REDACTED", r.Params.Get("SecurityToken"))
	assert.Equal(t, DefaultBackendID, r.Params.Get("BackendId"))

	r.Params.Set("BackendId", "changed")
	assert.Equal(t, DefaultBackendID, srv.Requests()[0].Params.Get("BackendId"), "Requests returns copies")
}

func TestRequestLogRecordsOutcomesAndCounts(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	s := testSigner()
	srv.Inject("ListForwardingRules", Throttle(1))
	rules(t, srv, s, nil)
	rules(t, srv, s, nil)
	backend(t, srv, s, "missing")

	log := srv.Requests()
	require.Len(t, log, 3)
	assert.Equal(t, "Throttling.User", log[0].Code)
	assert.Equal(t, "Throttle", log[0].Fault)
	assert.Equal(t, http.StatusOK, log[1].Status)
	assert.Equal(t, http.StatusNotFound, log[2].Status)
	assert.Equal(t, "NotFoundBackend", log[2].Code)
	assert.Equal(t, 2, srv.CountOf("ListForwardingRules"))
	assert.Equal(t, 1, srv.CountOf("DescribeBackendInfo"))
	assert.Equal(t, 0, srv.CountOf("Other"))
}

func TestServersAreIndependent(t *testing.T) {
	t.Parallel()
	a, b := newServer(t), newServer(t)
	a.Inject("*", Throttle(0))
	assert.Equal(t, http.StatusOK, backend(t, b, testSigner(), DefaultBackendID).status)
	assert.Empty(t, a.Requests())
	assert.Equal(t, a.GA().ForwardingRules(DefaultAcceleratorID, DefaultListenerID),
		b.GA().ForwardingRules(DefaultAcceleratorID, DefaultListenerID), "seeding is deterministic")
}
