package gentest

import (
	"maps"
	"testing"

	"github.com/stretchr/testify/require"
)

// RPCService is what the generated tests of one Alibaba package share.
type RPCService struct {
	Service string // the name in errors ("ga")
	Version string // the API version every call sends
	// Region is the RegionId the client fills in when a request that
	// takes one leaves it empty.
	Region string
	// New returns a client of the package talking to endpoint.
	New func(endpoint string) any
}

// RPCCase is the generated test of one Alibaba operation.
type RPCCase struct {
	Name   string // the method
	Action string // the Action parameter; "" means Name
	Call   Call
	// Request has every field set.
	Request any
	// Params are all the parameters Request must be sent as, besides the
	// common and signature ones; Form names those that go in the body.
	Params map[string]string
	Form   []string
	// Fills are the request fields the client fills when left empty.
	Fills []Fill
	// Invalid are the changes the client must refuse.
	Invalid []Invalid
	// Reply is the server's answer, with every response member set, and
	// Decoded some values the decoded response must hold.
	Reply   Reply
	Decoded []Decoded
}

// Fill is a request field the client fills in when it is left empty:
// Field is its Go name, Wire "RegionId" or "ClientToken".
type Fill struct {
	Field, Wire string
}

// RunRPC runs every case of tables as a sub-test named after the
// operation.
func RunRPC(t *testing.T, svc RPCService, tables ...[]RPCCase) {
	for _, table := range tables {
		for _, c := range table {
			t.Run(c.Name, func(t *testing.T) { svc.run(t, c) })
		}
	}
}

func (svc RPCService) run(t *testing.T, c RPCCase) {
	t.Run("every field", func(t *testing.T) { svc.everyField(t, c) })
	if len(c.Fills) > 0 {
		t.Run("filled", func(t *testing.T) { svc.filled(t, c) })
	}
	for _, inv := range c.Invalid {
		t.Run(inv.name(), func(t *testing.T) {
			want := Refusal{Provider: "alibaba", Service: svc.Service, Operation: c.Name}
			assertInvalidRefused(t, svc.New, c.Call, c.Request, inv, want)
		})
	}
}

// everyField sends the full request: every parameter in its place with
// its value, and the reply decoded with nothing lost.
func (svc RPCService) everyField(t *testing.T, c RPCCase) {
	srv := NewServer(t, c.Reply)
	out, err := c.Call(testContext(t), svc.New(srv.URL), c.Request)
	require.NoError(t, err)
	AssertRPC(t, srv.Single(t), svc.expect(c, c.Params))
	AssertReplyKept(t, c.Reply, out, c.Decoded)
}

// filled sends the request with its fill fields empty: the client sends
// the region and a generated token instead.
func (svc RPCService) filled(t *testing.T, c RPCCase) {
	req, params := c.Request, maps.Clone(c.Params)
	for _, f := range c.Fills {
		var err error
		req, err = withValue(req, f.Field, nil)
		require.NoError(t, err)
		delete(params, f.Wire)
	}
	want := svc.expect(c, params)
	for _, f := range c.Fills {
		switch f.Wire {
		case "RegionId":
			want.RegionID = svc.Region
		case "ClientToken":
			want.ClientToken = true
		}
	}
	srv := NewServer(t, c.Reply)
	_, err := c.Call(testContext(t), svc.New(srv.URL), req)
	require.NoError(t, err)
	AssertRPC(t, srv.Single(t), want)
}

func (svc RPCService) expect(c RPCCase, params map[string]string) RPC {
	action := c.Action
	if action == "" {
		action = c.Name
	}
	return RPC{Action: action, Version: svc.Version, Params: params, Form: c.Form}
}
