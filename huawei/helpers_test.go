package huawei

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Recognisable secrets: the leak tests search every output for them.
const (
	testPassword    = "Pa55-SECRET-pw-7f3e"
	testTokenPrefix = "MIIsecretTOKEN"
)

var (
	apigService = Service{Name: "apig", Endpoint: "apig.{region}.myhuaweicloud.com"}
	gaService   = Service{Name: "ga", Endpoint: "ga.myhuaweicloud.com", DomainScoped: true}
	listThings  = &Operation{Name: "ListThings", Method: http.MethodGet, Path: "/v2/{project_id}/things", Idempotent: true}
	listQuotas  = &Operation{Name: "ListQuotas", Method: http.MethodGet, Path: "/v1/{domain_id}/ga/quotas", Idempotent: true}
)

// iamRequest is what the fake IAM saw of one request.
type iamRequest struct {
	Method, Path, RawQuery, ContentType, AuthToken string
	Body                                           map[string]any
}

// testToken is the n-th token the fake IAM issues: base64-like and long,
// as real ones are, so a server echoing it has it redacted.
func testToken(n int) string {
	return fmt.Sprintf("%sMIIatAYJKoZIhvcNAQcCoIIapTCCGqECAQExDTALBglghkgBZQMEAgEwghjG-%d", testTokenPrefix, n)
}

// fakeIAM issues tokens testToken(1), testToken(2), … and records every request.
type fakeIAM struct {
	*httptest.Server
	calls      atomic.Int32
	failNext   atomic.Int32 // answer this many next requests with failStatus
	failStatus int          // 401 unless set
	lifetime   time.Duration
	delay      time.Duration
	release    chan struct{} // when set, each request waits for it

	mu   sync.Mutex
	reqs []iamRequest
}

func newFakeIAM(t *testing.T) *fakeIAM {
	f := &fakeIAM{lifetime: 24 * time.Hour}
	f.Server = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.Close)
	return f
}

func (f *fakeIAM) serve(w http.ResponseWriter, r *http.Request) {
	n := f.calls.Add(1)
	f.record(r)
	if f.release != nil {
		<-f.release
	}
	time.Sleep(f.delay)
	w.Header().Set("X-Request-Id", fmt.Sprintf("iam-req-%d", n))
	if f.failNext.Load() > 0 {
		f.failNext.Add(-1)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(cmp.Or(f.failStatus, http.StatusUnauthorized))
		_, _ = io.WriteString(w, `{"error":{"message":"The username or password is wrong.","code":401,"title":"Unauthorized"}}`)
		return
	}
	w.Header().Set("X-Subject-Token", testToken(int(n)))
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	_, _ = io.WriteString(w, tokenJSON(time.Now().Add(f.lifetime), "proj-ap-southeast-1", "dom-1"))
}

func (f *fakeIAM) record(r *http.Request) {
	var body map[string]any
	_ = json.NewDecoder(r.Body).Decode(&body)
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reqs = append(f.reqs, iamRequest{r.Method, r.URL.Path, r.URL.RawQuery, r.Header.Get("Content-Type"),
		r.Header.Get("X-Auth-Token"), body})
}

func (f *fakeIAM) requests() []iamRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]iamRequest(nil), f.reqs...)
}

// tokenJSON is a CreateToken body as IAM writes it (microsecond times).
func tokenJSON(expires time.Time, projectID, domainID string) string {
	return fmt.Sprintf(`{"token":{"expires_at":%q,"issued_at":%q,"methods":["password"],`+
		`"project":{"id":%q,"name":"ap-southeast-1","domain":{"id":%q,"name":"acme"}},`+
		`"user":{"id":"u-1","name":"deployer","domain":{"id":%q,"name":"acme"}}}}`,
		expires.UTC().Format("2006-01-02T15:04:05.000000Z"), time.Now().UTC().Format("2006-01-02T15:04:05.000000Z"),
		projectID, domainID, domainID)
}

// fakeService answers with handle and counts requests.
type fakeService struct {
	*httptest.Server
	calls atomic.Int32
}

func newFakeService(t *testing.T, handle http.HandlerFunc) *fakeService {
	s := &fakeService{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.calls.Add(1)
		handle(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

// okService answers 200 {"path": <the request path>, "token": <X-Auth-Token>}.
func okService(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Request-Id", "svc-req-1")
	_ = json.NewEncoder(w).Encode(map[string]string{"path": r.URL.Path, "token": r.Header.Get("X-Auth-Token")})
}

type echoed struct {
	Path  string `json:"path"`
	Token string `json:"token"`
}

// testConfig points a Password-authenticated config at the fakes.
func testConfig(iam *fakeIAM, svc *fakeService) Config {
	return Config{
		Region:      "ap-southeast-1",
		Credentials: Password{DomainName: "acme", UserName: "deployer", Password: testPassword},
		Endpoint:    svc.URL,
		IAMEndpoint: iam.URL,
		Retry:       RetryPolicy{MinBackoff: time.Millisecond, MaxBackoff: 2 * time.Millisecond},
	}
}

// fakeClock is a movable clock for the token cache.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{now: time.Now()} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}
