package huaweitest

import (
	"net/http"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func addPort(t *testing.T, srv *Server, tok, instance, body string) answer {
	t.Helper()
	return do(t, http.MethodPost, portsURL(srv, ProjectID, instance, ""), tok, body)
}

func TestAddCustomIngressPortAnswers201(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	tok := issue(t, srv, projectScope(Region))
	a := addPort(t, srv, tok, DefaultInstanceID, `{"protocol":"HTTPS","ingress_port":9443}`)
	require.Equal(t, http.StatusCreated, a.status, a.raw)
	assert.Equal(t, []string{"protocol", "ingress_port", "ingress_port_id", "status"}, orderedKeys(t, a.raw))
	assert.Equal(t, "HTTPS", a.body["protocol"])
	assert.EqualValues(t, 9443, a.body["ingress_port"])
	assert.Regexp(t, `^[0-9a-f]{32}$`, a.body["ingress_port_id"])
	assert.Equal(t, "normal", a.body["status"])
	assert.Len(t, srv.APIG().IngressPorts(DefaultInstanceID), 3)
}

func TestAddCustomIngressPortValidates(t *testing.T) {
	t.Parallel()
	srv := newServer(t)
	tok := issue(t, srv, projectScope(Region))
	tests := map[string]struct {
		instance, body string
		status         int
		code           string
	}{
		"port in use by HTTP": {DefaultInstanceID, `{"protocol":"HTTPS","ingress_port":8080}`, 400, "APIG.2012"},
		"same port again":     {DefaultInstanceID, `{"protocol":"HTTP","ingress_port":8080}`, 400, "APIG.2012"},
		"bad protocol":        {DefaultInstanceID, `{"protocol":"TCP","ingress_port":9000}`, 400, "APIG.2012"},
		"port too low":        {DefaultInstanceID, `{"protocol":"HTTP","ingress_port":1023}`, 400, "APIG.2012"},
		"port too high":       {DefaultInstanceID, `{"protocol":"HTTP","ingress_port":49152}`, 400, "APIG.2012"},
		"port as text":        {DefaultInstanceID, `{"protocol":"HTTP","ingress_port":"9000"}`, 400, "APIG.2012"},
		"no protocol":         {DefaultInstanceID, `{"ingress_port":9000}`, 400, "APIG.2001"},
		"no port":             {DefaultInstanceID, `{"protocol":"HTTP"}`, 400, "APIG.2001"},
		"not JSON":            {DefaultInstanceID, `protocol=HTTP`, 400, "APIG.2012"},
		"unknown instance":    {"0000000000000000000000000000dead", `{"protocol":"HTTP","ingress_port":9000}`, 404, "APIG.3030"},
	}
	for name, tt := range tests {
		a := addPort(t, srv, tok, tt.instance, tt.body)
		assert.Equal(t, tt.status, a.status, name)
		assert.Equal(t, tt.code, a.code(), name)
	}
	assert.Contains(t, addPort(t, srv, tok, DefaultInstanceID, `{"protocol":"HTTPS","ingress_port":8080}`).body["error_msg"],
		"a port can only support one protocol")
	assert.Len(t, srv.APIG().IngressPorts(DefaultInstanceID), 2, "nothing was added")
}

func TestListCustomIngressPortsPagesByOffset(t *testing.T) {
	t.Parallel()
	srv := newServer(t, WithoutSeed())
	id := srv.APIG().AddInstance("", "")
	for i := range 25 {
		protocol := []string{"HTTP", "HTTPS"}[i%2]
		_, err := srv.APIG().AddIngressPort(id, protocol, 2000+i)
		require.NoError(t, err)
	}
	tok := issue(t, srv, projectScope(Region))
	list := func(q string) answer {
		a := do(t, http.MethodGet, portsURL(srv, ProjectID, id, q), tok, "")
		require.Equal(t, http.StatusOK, a.status, a.raw)
		return a
	}
	first := list("")
	assert.Equal(t, []string{"size", "total", "ingress_port_infos"}, orderedKeys(t, first.raw))
	assert.EqualValues(t, 20, first.body["size"], "default limit 20")
	assert.EqualValues(t, 25, first.body["total"])
	assert.EqualValues(t, 5, list("?offset=20").body["size"])
	assert.EqualValues(t, 0, list("?offset=25").body["size"])
	assert.EqualValues(t, 20, list("?limit=0").body["size"], "limit ≤ 0 becomes 20")
	assert.EqualValues(t, 25, list("?limit=600").body["size"], "limit > 500 becomes 500")
	assert.EqualValues(t, 3, list("?offset=-4&limit=3").body["size"], "offset < 0 becomes 0")

	https := list("?protocol=HTTPS&limit=500")
	assert.EqualValues(t, 12, https.body["total"], "filters narrow the total")
	one := list("?ingress_port=2003")
	assert.Equal(t, []string{strconv.Quote("HTTPS")}, itemIDs(one, "ingress_port_infos", "protocol"))
}
