package huawei

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAccessKeyClientLooksUpTheProjectOnce(t *testing.T) {
	srv := newKeyServer(t)
	srv.lookupDelay = 20 * time.Millisecond // let the callers pile up behind one lookup
	c := NewClient(keyConfig(srv, testKey), apigService)
	var wg sync.WaitGroup
	errs := make([]error, 50)
	for i := range errs {
		wg.Go(func() { _, errs[i] = c.Call(context.Background(), listThings, nil, nil) })
	}
	wg.Wait()
	for _, err := range errs {
		require.NoError(t, err)
	}
	assert.Equal(t, int32(1), srv.projectLookups.Load())
	assert.Zero(t, srv.domainLookups.Load())
	for _, r := range srv.requests() {
		require.True(t, r.valid, "every request verifies: %+v", r)
		if r.path != "/v3/projects" {
			assert.Equal(t, "/v2/"+testProjectID+"/things", r.path)
			assert.Equal(t, testProjectID, r.projectID)
			assert.Empty(t, r.domainID)
		}
	}
}

func TestAccessKeyClientFindsTheDomain(t *testing.T) {
	tests := []struct {
		name        string
		op          *Operation
		domainID    string // Config.DomainID
		wantLookups int32
		wantPath    string
	}{
		{"looked up for X-Domain-Id", listPoolsOp, "", 1, "/v1/byoip-pools"},
		{"looked up for the path too, once", listQuotas, "", 1, "/v1/" + testDomainID + "/ga/quotas"},
		{"configured", listQuotas, "d-cfg", 0, "/v1/d-cfg/ga/quotas"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newKeyServer(t)
			cfg := keyConfig(srv, testKey)
			cfg.DomainID = tt.domainID
			c := NewClient(cfg, gaService)
			for range 3 {
				_, err := c.Call(context.Background(), tt.op, nil, nil)
				require.NoError(t, err)
			}
			assert.Equal(t, tt.wantLookups, srv.domainLookups.Load())
			assert.Zero(t, srv.projectLookups.Load(), "a global service needs no project")
			last := srv.requests()[len(srv.requests())-1]
			assert.Equal(t, tt.wantPath, last.path)
			assert.Equal(t, cmpOr(tt.domainID, testDomainID), last.domainID)
			assert.Empty(t, last.projectID)
		})
	}
}

var listPoolsOp = &Operation{Name: "ListByoipPools", Method: http.MethodGet, Path: "/v1/byoip-pools", Idempotent: true}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func TestProjectLookupNeedsExactlyOneProject(t *testing.T) {
	tests := []struct {
		name     string
		projects []string
		wantText string
	}{
		{"none", nil, `Config.ProjectID is required: IAM shows this access key no project named "ap-southeast-1"`},
		{"two", []string{"p-1", "p-2"}, `Config.ProjectID is required: IAM shows this access key 2 projects named "ap-southeast-1"; set it to the one to use`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newKeyServer(t)
			srv.setProjects(tt.projects...)
			c := NewClient(keyConfig(srv, testKey), apigService)
			_, err := c.Call(context.Background(), listThings, nil, nil)
			var pe *ParamError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, "Config.ProjectID", pe.Field)
			assert.Contains(t, err.Error(), tt.wantText)
			assert.Zero(t, srv.serviceCalls.Load())

			srv.setProjects(testProjectID) // a failed lookup is not remembered
			_, err = c.Call(context.Background(), listThings, nil, nil)
			require.NoError(t, err)
			assert.Equal(t, int32(2), srv.projectLookups.Load())
		})
	}
}

func TestConfiguredOrHintedIDsSkipTheLookups(t *testing.T) {
	srv := newKeyServer(t)
	cfg := keyConfig(srv, testKey)
	cfg.ProjectID, cfg.DomainID = "p-cfg", "d-cfg"
	_, err := NewClient(cfg, apigService).Call(context.Background(), listThings, nil, nil)
	require.NoError(t, err)
	_, err = NewClient(cfg, gaService).Call(context.Background(), listPoolsOp, nil, nil)
	require.NoError(t, err)

	cfg = keyConfig(srv, testKey)
	cfg.Credentials = &defaultAccessKey{found: &foundKey{key: testKey, projectID: "p-env", domainID: "d-env"}}
	_, err = NewClient(cfg, apigService).Call(context.Background(), listThings, nil, nil)
	require.NoError(t, err)
	_, err = NewClient(cfg, gaService).Call(context.Background(), listPoolsOp, nil, nil)
	require.NoError(t, err)

	assert.Zero(t, srv.projectLookups.Load()+srv.domainLookups.Load())
	seen := srv.requests()
	require.Len(t, seen, 4)
	assert.Equal(t, []string{"p-cfg", "", "p-env", ""}, []string{seen[0].projectID, seen[1].projectID, seen[2].projectID, seen[3].projectID})
	assert.Equal(t, []string{"", "d-cfg", "", "d-env"}, []string{seen[0].domainID, seen[1].domainID, seen[2].domainID, seen[3].domainID})
}

func TestEveryAttemptIsSignedAnew(t *testing.T) {
	srv := newKeyServer(t)
	var calls int
	srv.service = func(w http.ResponseWriter, r *http.Request) {
		if calls++; calls == 1 {
			w.WriteHeader(http.StatusTooManyRequests)
			_, _ = io.WriteString(w, `{"error_code":"APIGW.0308","error_msg":"The throttling threshold has been reached"}`)
			return
		}
		_, _ = io.WriteString(w, `{}`)
	}
	cfg := keyConfig(srv, testTempKey)
	cfg.ProjectID = testProjectID
	c := NewClient(cfg, apigService)
	clock := &tickingClock{now: testDate}
	c.account.auth.now = clock.Now

	_, err := c.Call(context.Background(), listThings, nil, nil)
	require.NoError(t, err)
	seen := srv.requests()
	require.Len(t, seen, 2, "throttled, then retried")
	assert.True(t, seen[0].valid && seen[1].valid)
	assert.Equal(t, "20260301T120001Z", seen[0].date)
	assert.Equal(t, "20260301T120002Z", seen[1].date)
	assert.NotEqual(t, seen[0].authorization, seen[1].authorization, "a new signature for the new date")
	assert.Equal(t, testTempKey.SecurityToken, seen[1].securityToken)
}

func TestRotatingKeysSignEachAttemptWithTheCurrentKey(t *testing.T) {
	newer := AccessKey{ID: "HPUANEWERKEY00000001", Secret: "newerSECRETkey"}
	srv := newKeyServer(t, newer)
	src := &rotatingSource{keys: []AccessKey{testKey, newer}}
	cfg := keyConfig(srv, testKey)
	cfg.ProjectID = testProjectID
	cfg.Credentials = AccessKeyCredentials(src)
	c := NewClient(cfg, apigService)
	for range 3 {
		_, err := c.Call(context.Background(), listThings, nil, nil)
		require.NoError(t, err)
	}
	seen := srv.requests()
	require.Len(t, seen, 3)
	assert.Contains(t, seen[0].authorization, "Access="+testKey.ID)
	assert.Contains(t, seen[1].authorization, "Access="+newer.ID)
	assert.Contains(t, seen[2].authorization, "Access="+newer.ID)
	for _, r := range seen {
		assert.True(t, r.valid)
	}
}

func TestRejectedSignatureIsNotReplayed(t *testing.T) {
	srv := newKeyServer(t)
	cfg := keyConfig(srv, AccessKey{ID: testKey.ID, Secret: "wrongSECRET"})
	cfg.ProjectID = testProjectID
	_, err := NewClient(cfg, apigService).Call(context.Background(), listThings, nil, nil)
	var apiErr *APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, http.StatusUnauthorized, apiErr.StatusCode)
	assert.Equal(t, "APIGW.0301", apiErr.Code)
	assert.ErrorIs(t, err, ErrUnauthorized)
	assert.Len(t, srv.requests(), 1, "nothing to refresh: no replay")
}

func TestBadAccessKeyConfigFailsBeforeSending(t *testing.T) {
	tests := []struct {
		name      string
		change    func(*Config)
		service   Service
		wantField string
		wantSvc   string
	}{
		{"no secret", func(c *Config) { c.Credentials = AccessKey{ID: "AK"} }, apigService, "AccessKey.Secret", "apig"},
		{"no region for the endpoint", func(c *Config) { c.Region = ""; c.Endpoint = "" }, apigService, "Config.Region", "apig"},
		{"no region for the project lookup", func(c *Config) { c.Region = "" }, apigService, "Config.Region", "apig"},
		{"chain finds nothing", func(c *Config) {
			c.Credentials = &defaultAccessKey{getenv: func(string) string { return "" },
				home: func() (string, error) { return "/nonexistent", nil }, readFile: readNothing}
		}, gaService, "Config.Credentials", "ga"},
		{"bad IAM endpoint", func(c *Config) { c.IAMEndpoint = "ftp://x" }, gaService, "Config.IAMEndpoint", "iam"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newKeyServer(t)
			cfg := keyConfig(srv, testKey)
			tt.change(&cfg)
			op := listThings
			if tt.service.DomainScoped {
				op = listPoolsOp
			}
			_, err := NewClient(cfg, tt.service).Call(context.Background(), op, nil, nil)
			var pe *ParamError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.wantField, pe.Field)
			assert.Equal(t, tt.wantSvc, pe.Service)
			assert.Empty(t, srv.requests())
		})
	}
}

func readNothing(string) ([]byte, error) { return nil, fs.ErrNotExist }

func TestAccessKeySecretsNeverLeak(t *testing.T) {
	tests := []struct {
		name    string
		key     AccessKey
		service http.HandlerFunc
	}{
		{"success", testTempKey, nil},
		{"wrong secret", AccessKey{ID: testTempKey.ID, Secret: "wrongSECRETvalue", SecurityToken: testTempKey.SecurityToken}, nil},
		{"server echoes the headers", testTempKey, func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(http.StatusBadRequest)
			_, _ = fmt.Fprintf(w, `{"error_code":"X.1","error_msg":"bad %s %s"}`, r.Header.Get("Authorization"), r.Header.Get("X-Security-Token"))
		}},
		{"redirect", testTempKey, func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "http://127.0.0.1:1/?sig="+r.Header.Get("Authorization"), http.StatusFound)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newKeyServer(t)
			srv.service = tt.service
			var logs bytes.Buffer
			cfg := keyConfig(srv, tt.key)
			cfg.Logger = slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
			_, err := NewClient(cfg, apigService).Call(context.Background(), listThings, nil, nil)
			var secrets []string
			for _, r := range srv.requests() {
				secrets = append(secrets, signatureOfHeader(r.authorization))
			}
			check := func(where, s string) {
				assertNoKeySecret(t, where, s)
				for _, sig := range secrets {
					assert.NotContains(t, s, sig, "%s leaks a signature", where)
				}
			}
			if err != nil {
				check("error", fmt.Sprintf("%s %v %+v %#v", err.Error(), err, err, err))
			}
			cfg.Logger.Info("values", "cfg", cfg, "creds", cfg.Credentials)
			check("logs", logs.String())
			check("fmt", fmt.Sprintf("%v %+v %#v %s", cfg, cfg, cfg, cfg.Credentials))
		})
	}
}

// signatureOfHeader is the hex signature in an Authorization value.
func signatureOfHeader(auth string) string {
	if _, sig, ok := strings.Cut(auth, "Signature="); ok {
		return sig
	}
	return "\x00no signature"
}
