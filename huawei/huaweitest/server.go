package huaweitest

import (
	"net/http"
	"net/http/httptest"
	"time"

	"github.com/polycloud-go/polycloud/huawei"
	"github.com/polycloud-go/polycloud/internal/emu"
)

// Server is an in-process fake of Huawei Cloud: one URL serves IAM's
// token API, Global Accelerator (/v1/…) and API Gateway
// (/v2/{project_id}/apigw/…). It issues real-looking tokens for its test
// user, checks the token and its scope on every service request, keeps
// seeded in-memory resources, pages through them for real, fails on
// demand and logs what it received.
//
// A Server has no global state: start as many as you like, in parallel
// tests too. All its methods are safe for concurrent use.
type Server struct {
	// URL is the server's base URL, http://127.0.0.1:port, for
	// Config.Endpoint and Config.IAMEndpoint.
	URL string

	hs       *httptest.Server
	now      func() time.Time
	ttl      time.Duration
	projects map[string]string    // project name (region) → ID; fixed after NewServer
	keys     map[string]accessKey // access key ID → key; fixed after NewServer
	ids      *emu.IDs
	log      emu.Log
	faults   emu.Faults
	tokens   tokenStore
	router   emu.Router
	ops      map[string]operation
	ga       *GA
	apig     *APIG
}

// NewServer starts a server. It needs no *testing.T: close it with Close
// (in a test, t.Cleanup(srv.Close)).
func NewServer(opts ...Option) *Server {
	st := newSettings(opts)
	s := &Server{now: st.now, ttl: st.ttl, projects: st.projects, keys: st.keys, ids: emu.NewIDs("huaweitest"), ops: map[string]operation{}}
	for _, r := range otherRegions() {
		if _, ok := s.projects[r]; !ok {
			s.projects[r] = s.ids.Hex32("project/" + r)
		}
	}
	s.ga, s.apig = newGA(s), newAPIG(s)
	s.registerIAM()
	s.registerIAMLookups()
	s.registerGA()
	s.registerAPIG()
	s.registerGenerated(seededItems(st.seed))
	if st.seed {
		s.ga.seed()
		s.apig.seed()
	}
	s.hs = httptest.NewServer(http.HandlerFunc(s.serve))
	s.URL = s.hs.URL
	return s
}

// Close shuts the server down, waiting for requests in flight.
func (s *Server) Close() { s.hs.Close() }

// Config returns a configuration that sends every call, token requests
// included, to this server with the test user's password: region
// ap-southeast-1, Endpoint and IAMEndpoint URL, Password credentials.
// ProjectID is left empty, so the SDK learns it from the token.
func (s *Server) Config() huawei.Config {
	return huawei.Config{
		Region:      Region,
		Endpoint:    s.URL,
		IAMEndpoint: s.URL,
		Credentials: huawei.Password{DomainName: DomainName, UserName: UserName, Password: Password},
	}
}

// ConfigAccessKey returns a configuration like Config's that signs every
// request with the test user's permanent access key (AccessKeyID,
// SecretAccessKey) instead of logging in with a password. ProjectID and
// DomainID are left empty, so the SDK looks them up in the server's IAM
// (GET /v3/projects?name=ap-southeast-1, GET /v3/auth/domains).
func (s *Server) ConfigAccessKey() huawei.Config {
	cfg := s.Config()
	cfg.Credentials = huawei.AccessKey{ID: AccessKeyID, Secret: SecretAccessKey}
	return cfg
}

// ProjectID returns the ID of the project named name (a region ID), if the
// server knows it.
func (s *Server) ProjectID(name string) (string, bool) {
	id, ok := s.projects[name]
	return id, ok
}

// GA returns the server's Global Accelerator state, for seeding and
// inspecting.
func (s *Server) GA() *GA { return s.ga }

// APIG returns the server's API Gateway state.
func (s *Server) APIG() *APIG { return s.apig }
