package alibabatest

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"time"

	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/internal/emu"
)

// Server is an in-process fake of Alibaba Cloud's RPC API: one URL serves
// Global Accelerator (Version 2019-11-20) and API Gateway (2016-07-14),
// verifies every request's signature, keeps seeded in-memory resources,
// pages through them for real, fails on demand and logs what it received.
//
// A Server has no global state: start as many as you like, in parallel
// tests too. All its methods are safe for concurrent use.
type Server struct {
	// URL is the server's base URL, http://127.0.0.1:port, for
	// Config.Endpoint.
	URL string

	hs     *httptest.Server
	now    func() time.Time
	keys   keyring
	nonces nonceMemory
	ids    *emu.IDs
	log    emu.Log
	faults emu.Faults
	ops    map[string]handler
	ga     *GA
	apigw  *APIGateway
}

// handler answers one action; it adds its members to out, which already
// holds the RequestId.
type handler func(c *call, out *emu.Object) error

// NewServer starts a server. It needs no *testing.T: close it with Close
// (in a test, t.Cleanup(srv.Close)).
func NewServer(opts ...Option) *Server {
	st := newSettings(opts)
	s := &Server{now: st.now, keys: st.keys, ids: emu.NewIDs("alibabatest"), ops: map[string]handler{}}
	s.ga = newGA(s)
	s.apigw = newAPIGateway(s)
	s.registerGA()
	s.registerAPIGateway()
	s.registerGenerated(seededItems(st.seed))
	if st.seed {
		s.ga.seed()
		s.apigw.seed()
	}
	s.hs = httptest.NewServer(http.HandlerFunc(s.serve))
	s.URL = s.hs.URL
	return s
}

// Close shuts the server down, waiting for requests in flight.
func (s *Server) Close() { s.hs.Close() }

// Config returns a configuration that sends every call to this server
// with its test credentials: region cn-hangzhou, Endpoint URL,
// StaticCredentials(AccessKeyID, AccessKeySecret, ""), and the default
// signature, alibaba.SignatureV1.
func (s *Server) Config() alibaba.Config {
	return alibaba.Config{
		Region:      Region,
		Endpoint:    s.URL,
		Credentials: alibaba.StaticCredentials(AccessKeyID, AccessKeySecret, ""),
	}
}

// ConfigV3 is Config with Signature set to alibaba.SignatureV3
// (ACS3-HMAC-SHA256). The server verifies either scheme, request by
// request, so V1 and V3 clients can share it.
func (s *Server) ConfigV3() alibaba.Config {
	cfg := s.Config()
	cfg.Signature = alibaba.SignatureV3
	return cfg
}

// GA returns the server's Global Accelerator state, for seeding and
// inspecting.
func (s *Server) GA() *GA { return s.ga }

// APIGateway returns the server's API Gateway state.
func (s *Server) APIGateway() *APIGateway { return s.apigw }

// serve handles one request: route, early faults, parameters, dispatch.
func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	query, qerr := url.ParseQuery(r.URL.RawQuery)
	x := s.log.Begin(w, r, actionOf(r, query), s.now())
	defer x.Finish()
	c := &call{x: x, requestID: strings.ToUpper(s.ids.UUID("request")), query: query, v3: isV3(r)}
	x.Data = c
	if s.dropEarly(x) {
		return
	}
	params, body, err := readParams(r, query)
	if err == nil {
		err = qerr
	}
	s.noteParams(c, params, body)
	if err != nil {
		c.fail(malformed("request", err))
		return
	}
	s.dispatch(c)
}

// actionOf names the action before the body is read: the x-acs-action
// header of a signature V3 request, the Action query parameter otherwise
// (polycloud always puts it there for V1).
func actionOf(r *http.Request, query url.Values) string {
	if isV3(r) {
		return r.Header.Get("x-acs-action")
	}
	return query.Get("Action")
}

// dropEarly applies a fault that drops the connection before the body is
// read; it needs the Action, so it only works when the Action is in the
// query string or, for signature V3, the x-acs-action header.
func (s *Server) dropEarly(x *emu.Exchange) bool {
	if x.Op == "" {
		return false
	}
	f, ok := s.faults.TakeEarly(x.Op)
	if ok {
		emu.ServeEarly(x, f)
	}
	return ok
}

// noteParams stores the parameters, the body, the action and the version
// in the call and, redacted, in the log. A V3 request names its action
// and version in headers, a V1 request in parameters.
func (s *Server) noteParams(c *call, params url.Values, body []byte) {
	c.params, c.body = params, body
	c.action, c.version = params.Get("Action"), params.Get("Version")
	if c.v3 {
		c.action, c.version = c.x.R.Header.Get("x-acs-action"), c.x.R.Header.Get("x-acs-version")
	}
	c.x.Op = c.action
	c.x.Record.Op = c.action
	c.x.Record.Version = c.version
	c.x.Record.Params = emu.RedactValues(params, "Signature", "SecurityToken")
	c.x.Record.Header = redactHeader(c.x.R.Header)
}
