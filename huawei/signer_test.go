package huawei

import (
	"context"
	"io"
	"net/http"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rejecting answers 401 to any token in bad, 200 otherwise.
func rejecting(bad ...string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		for _, b := range bad {
			if r.Header.Get("X-Auth-Token") == b {
				w.Header().Set("X-Request-Id", "svc-401")
				w.WriteHeader(http.StatusUnauthorized)
				_, _ = io.WriteString(w, `{"error_code":"APIG.1002","error_msg":"Incorrect token or token resolution failed"}`)
				return
			}
		}
		okService(w, r)
	}
}

func TestReauthenticateOnceOn401(t *testing.T) {
	tests := []struct {
		name         string
		rejected     []string
		wantErr      bool
		wantIAM      int32
		wantServices int32
	}{
		{"replayed with a new token", []string{testToken(1)}, false, 2, 2},
		{"rejected again: no loop", []string{testToken(1), testToken(2)}, true, 2, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			iam, svc := newFakeIAM(t), newFakeService(t, rejecting(tt.rejected...))
			var out echoed
			_, err := NewClient(testConfig(iam, svc), apigService).Call(context.Background(), listThings, nil, &out)
			assert.Equal(t, tt.wantIAM, iam.calls.Load())
			assert.Equal(t, tt.wantServices, svc.calls.Load())
			if !tt.wantErr {
				require.NoError(t, err)
				assert.Equal(t, testToken(2), out.Token)
				return
			}
			var apiErr *APIError
			require.ErrorAs(t, err, &apiErr)
			assert.Equal(t, 401, apiErr.StatusCode)
			assert.Equal(t, "APIG.1002", apiErr.Code)
			assert.ErrorIs(t, err, ErrUnauthorized)
		})
	}
}

func TestConcurrent401sCauseOneNewToken(t *testing.T) {
	iam, svc := newFakeIAM(t), newFakeService(t, rejecting(testToken(1)))
	c := NewClient(testConfig(iam, svc), apigService)
	var wg sync.WaitGroup
	errs := make([]error, 50)
	for i := range errs {
		wg.Go(func() { _, errs[i] = c.Call(context.Background(), listThings, nil, nil) })
	}
	wg.Wait()
	for _, err := range errs {
		require.NoError(t, err)
	}
	assert.Equal(t, int32(2), iam.calls.Load(), "one token for all, one more after they all got 401 with it")
}

func TestStaticToken(t *testing.T) {
	iam := newFakeIAM(t)
	svc := newFakeService(t, rejecting("expired-static"))
	cfg := testConfig(iam, svc)
	cfg.ProjectID = "p-9"

	cfg.Credentials = StaticToken("good-static")
	var out echoed
	_, err := NewClient(cfg, apigService).Call(context.Background(), listThings, nil, &out)
	require.NoError(t, err)
	assert.Equal(t, echoed{Path: "/v2/p-9/things", Token: "good-static"}, out)

	cfg.Credentials = StaticToken("expired-static")
	_, err = NewClient(cfg, apigService).Call(context.Background(), listThings, nil, nil)
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrUnauthorized)
	assert.Contains(t, err.Error(), "huawei apig ListThings: HTTP 401 APIG.1002: Incorrect token or token resolution failed (request id svc-401) (re-authentication failed: the server rejected the static token (expired or revoked)")
	assert.Contains(t, err.Error(), "(request id svc-401)")
	assert.Equal(t, int32(2), svc.calls.Load(), "no replay with the same token")
	assert.Zero(t, iam.calls.Load())
}

func TestStaticTokenNeedsProjectID(t *testing.T) {
	iam, svc := newFakeIAM(t), newFakeService(t, okService)
	cfg := testConfig(iam, svc)
	cfg.Credentials = StaticToken("tok")
	_, err := NewClient(cfg, apigService).Call(context.Background(), listThings, nil, nil)
	var pe *ParamError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "Config.ProjectID", pe.Field)

	_, err = NewClient(cfg, gaService).Call(context.Background(), listQuotas, nil, nil)
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "Config.DomainID", pe.Field)

	req := &Request{}
	req.SetPath("domain_id", "d-7")
	var out echoed
	_, err = NewClient(cfg, gaService).Call(context.Background(), listQuotas, req, &out)
	require.NoError(t, err)
	assert.Equal(t, "/v1/d-7/ga/quotas", out.Path)
}

func TestRedirectNeverCarriesToken(t *testing.T) {
	var mu sync.Mutex
	var leaked []string
	other := newFakeService(t, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		leaked = append(leaked, r.Header.Get("X-Auth-Token"))
	})
	svc := newFakeService(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL+"/v2/elsewhere", http.StatusFound)
	})
	iam := newFakeIAM(t)
	_, err := NewClient(testConfig(iam, svc), apigService).Call(context.Background(), listThings, nil, nil)

	var apiErr *APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, http.StatusFound, apiErr.StatusCode)
	assert.Zero(t, other.calls.Load(), "the other host saw no request")
	assert.Empty(t, leaked)
	assert.Equal(t, int32(1), svc.calls.Load())
}

func TestRedirectRefusedWithCallersClient(t *testing.T) {
	other := newFakeService(t, okService)
	svc := newFakeService(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL, http.StatusTemporaryRedirect)
	})
	cfg := testConfig(newFakeIAM(t), svc)
	cfg.HTTPClient = &http.Client{} // follows redirects by default
	_, err := NewClient(cfg, apigService).Call(context.Background(), listThings, nil, nil)
	require.Error(t, err)
	assert.Zero(t, other.calls.Load())
}

func TestRejectedToken(t *testing.T) {
	req, _ := http.NewRequest(http.MethodGet, "http://x", nil)
	req.Header.Set("X-Auth-Token", "t-1")
	assert.Equal(t, "t-1", rejectedToken(&http.Response{Request: req}))
	assert.Empty(t, rejectedToken(&http.Response{}))
	assert.Empty(t, rejectedToken(nil))
}
