package huawei

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// keyServer is a fake of IAM's lookups and one service on one URL that
// checks every SDK-HMAC-SHA256 signature with the reference
// implementation, as a server receiving the request would, and records
// what each request carried.
type keyServer struct {
	*httptest.Server
	keys        map[string]AccessKey // accepted keys by ID
	projectIDs  atomic.Pointer[[]string]
	domainIDs   []string
	lookupDelay time.Duration
	service     http.HandlerFunc // answers signed service requests; nil: echo

	projectLookups, domainLookups, serviceCalls atomic.Int32

	mu   sync.Mutex
	seen []seenRequest
}

// seenRequest is what the server recorded of one request.
type seenRequest struct {
	path, date, authorization, projectID, domainID, securityToken string
	valid                                                         bool
}

func newKeyServer(t *testing.T, keys ...AccessKey) *keyServer {
	s := &keyServer{keys: map[string]AccessKey{}, domainIDs: []string{testDomainID}}
	for _, k := range append(keys, testKey, testTempKey) {
		s.keys[k.ID] = k
	}
	s.setProjects(testProjectID)
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *keyServer) setProjects(ids ...string) { s.projectIDs.Store(&ids) }

func (s *keyServer) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	valid := s.verify(r, body)
	s.record(r, valid)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Request-Id", "key-req-1")
	if !valid {
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = io.WriteString(w, `{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: verify aksk signature fail"}`)
		return
	}
	switch r.URL.Path {
	case "/v3/projects":
		s.projectLookups.Add(1)
		time.Sleep(s.lookupDelay)
		s.writeList(w, "projects", *s.projectIDs.Load(), r.URL.Query().Get("name"))
	case "/v3/auth/domains":
		s.domainLookups.Add(1)
		s.writeList(w, "domains", s.domainIDs, "")
	default:
		s.serviceCalls.Add(1)
		if s.service != nil {
			s.service(w, r)
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]string{"path": r.URL.Path})
	}
}

// verify recomputes the signature of the request as received.
func (s *keyServer) verify(r *http.Request, body []byte) bool {
	auth := r.Header.Get("Authorization")
	id, _, _ := strings.Cut(strings.TrimPrefix(auth, "SDK-HMAC-SHA256 Access="), ",")
	key, ok := s.keys[id]
	_, list, _ := strings.Cut(auth, "SignedHeaders=")
	list, _, _ = strings.Cut(list, ",")
	return ok && referenceSign(r, body, strings.Split(list, ";"), r.Header.Get("X-Sdk-Date"), key).authorization == auth
}

func (s *keyServer) record(r *http.Request, valid bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seen = append(s.seen, seenRequest{r.URL.Path, r.Header.Get("X-Sdk-Date"), r.Header.Get("Authorization"),
		r.Header.Get("X-Project-Id"), r.Header.Get("X-Domain-Id"), r.Header.Get("X-Security-Token"), valid})
}

func (s *keyServer) requests() []seenRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]seenRequest(nil), s.seen...)
}

// writeList answers a Keystone listing with one item per ID, each named
// name (the region asked for).
func (s *keyServer) writeList(w http.ResponseWriter, member string, ids []string, name string) {
	items := make([]map[string]any, 0, len(ids))
	for _, id := range ids {
		items = append(items, map[string]any{"id": id, "name": name, "enabled": true})
	}
	_ = json.NewEncoder(w).Encode(map[string]any{member: items, "links": map[string]any{"self": "x"}})
}

// keyConfig points an access-key config at s for IAM and the service.
func keyConfig(s *keyServer, key AccessKey) Config {
	return Config{
		Region: "ap-southeast-1", Credentials: key, Endpoint: s.URL, IAMEndpoint: s.URL,
		Retry: RetryPolicy{MinBackoff: time.Millisecond, MaxBackoff: 2 * time.Millisecond},
	}
}

// rotatingSource hands out its keys one per call, then the last forever.
type rotatingSource struct {
	mu    sync.Mutex
	keys  []AccessKey
	calls int
}

func (r *rotatingSource) AccessKey(context.Context) (AccessKey, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.keys) == 0 {
		return AccessKey{}, fmt.Errorf("rotatingSource: no keys")
	}
	k := r.keys[min(r.calls, len(r.keys)-1)]
	r.calls++
	return k, nil
}

// tickingClock advances one second every time it is read.
type tickingClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *tickingClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(time.Second)
	return c.now
}
