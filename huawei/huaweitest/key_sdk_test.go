package huaweitest_test

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/huawei"
	"github.com/polycloud-go/polycloud/huawei/apig"
	hga "github.com/polycloud-go/polycloud/huawei/ga"
	"github.com/polycloud-go/polycloud/huawei/huaweitest"
)

// The generated clients signing with access keys, end to end: the SDK's
// signer against the emulator's independent reference implementation.

func TestGeneratedGAClientSignsWithAnAccessKey(t *testing.T) {
	t.Parallel()
	srv := start(t)
	c := hga.New(srv.ConfigAccessKey())
	for range 3 {
		page, err := c.ListByoipPools(t.Context(), &hga.ListByoipPoolsRequest{Limit: 2})
		require.NoError(t, err)
		assert.Len(t, page.ByoipPools, 2)
	}
	assert.Equal(t, 1, srv.CountOf("KeystoneListAuthDomains"), "the domain ID is looked up once")
	assert.Zero(t, srv.CountOf("KeystoneListProjects"))
	assert.Zero(t, srv.IAMCalls(), "no token, no login")
	for _, r := range srv.Requests() {
		if r.Operation == "ListByoipPools" {
			assert.Equal(t, huaweitest.DomainID, r.Header.Get("X-Domain-Id"))
			assert.Empty(t, r.Header.Get("X-Project-Id"))
			assert.Empty(t, r.Header.Get("X-Auth-Token"))
			assert.Contains(t, r.Header.Get("Authorization"), "SignedHeaders=host;x-domain-id;x-sdk-date,")
		}
	}
}

func TestGeneratedAPIGClientLooksUpTheProjectOnceForConcurrentCalls(t *testing.T) {
	t.Parallel()
	srv := start(t)
	srv.Inject("KeystoneListProjects", huaweitest.Delay(30*time.Millisecond, 1)) // callers pile up behind it
	c := apig.New(srv.ConfigAccessKey())
	var wg sync.WaitGroup
	errs := make([]error, 50)
	for i := range errs {
		wg.Go(func() {
			_, errs[i] = c.AddCustomIngressPort(t.Context(), &apig.AddCustomIngressPortRequest{
				InstanceID: huaweitest.DefaultInstanceID, Protocol: apig.IngressProtocolHTTPS, IngressPort: int32(10000 + i),
			})
		})
	}
	wg.Wait()
	for _, err := range errs {
		require.NoError(t, err)
	}
	assert.Equal(t, 1, srv.CountOf("KeystoneListProjects"))
	assert.Equal(t, 50, srv.CountOf("AddCustomIngressPort"))
	assert.Len(t, srv.APIG().IngressPorts(huaweitest.DefaultInstanceID), 52)
	for _, r := range srv.Requests() {
		if r.Operation == "AddCustomIngressPort" {
			assert.Equal(t, http.StatusCreated, r.Status)
			assert.Equal(t, huaweitest.ProjectID, r.Header.Get("X-Project-Id"))
			assert.Contains(t, r.Path, "/v2/"+huaweitest.ProjectID+"/")
			assert.Contains(t, r.Header.Get("Authorization"), "SignedHeaders=host;x-project-id;x-sdk-date,")
		}
	}
}

func TestGeneratedClientsSignWithATemporaryKey(t *testing.T) {
	t.Parallel()
	srv := start(t)
	cfg := srv.ConfigAccessKey()
	cfg.Credentials = huawei.AccessKey{ID: huaweitest.TemporaryAccessKeyID, Secret: huaweitest.TemporarySecretAccessKey,
		SecurityToken: huaweitest.SecurityToken}
	_, err := apig.New(cfg).AddCustomIngressPort(t.Context(), &apig.AddCustomIngressPortRequest{
		InstanceID: huaweitest.DefaultInstanceID, Protocol: apig.IngressProtocolHTTP, IngressPort: 9300,
	})
	require.NoError(t, err)
	_, err = hga.New(cfg).ListByoipPools(t.Context(), nil)
	require.NoError(t, err)
	for _, r := range srv.Requests() {
		assert.Equal(t, "REDACTED", r.Header.Get("X-Security-Token"), r.Operation)
		assert.Contains(t, r.Header.Get("Authorization"), ";x-security-token,", r.Operation)
	}
}

// tamperingTransport changes each request after it was signed.
type tamperingTransport struct{ change func(*http.Request) }

func (tt tamperingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	tt.change(r)
	return http.DefaultTransport.RoundTrip(r)
}

func TestEmulatorRefusesWhatTheSDKDidNotSign(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		change  func(*huawei.Config)
		wantMsg string
	}{
		{"wrong secret", func(c *huawei.Config) {
			c.Credentials = huawei.AccessKey{ID: huaweitest.AccessKeyID, Secret: "huaweitestSK-WRONG-0123456789abcdefABCDEF"}
		}, "verify aksk signature fail"},
		{"tampered body", func(c *huawei.Config) {
			c.HTTPClient = &http.Client{Transport: tamperingTransport{func(r *http.Request) {
				if r.Body != nil && r.Method == http.MethodPost {
					b, _ := io.ReadAll(r.Body)
					b = bytes.Replace(b, []byte("9400"), []byte("9401"), 1)
					r.Body = io.NopCloser(bytes.NewReader(b))
				}
			}}}
		}, "verify aksk signature fail"},
		{"tampered project header", func(c *huawei.Config) {
			c.HTTPClient = &http.Client{Transport: tamperingTransport{func(r *http.Request) {
				if r.Header.Get("X-Project-Id") != "" {
					r.Header.Set("X-Project-Id", "00000000000000000000000000000000")
				}
			}}}
		}, "verify aksk signature fail"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := start(t)
			cfg := srv.ConfigAccessKey()
			cfg.ProjectID = huaweitest.ProjectID
			tt.change(&cfg)
			var logs bytes.Buffer
			cfg.Logger = slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
			_, err := apig.New(cfg).AddCustomIngressPort(t.Context(), &apig.AddCustomIngressPortRequest{
				InstanceID: huaweitest.DefaultInstanceID, Protocol: apig.IngressProtocolHTTP, IngressPort: 9400,
			})
			var apiErr *huawei.APIError
			require.ErrorAs(t, err, &apiErr)
			assert.Equal(t, http.StatusUnauthorized, apiErr.StatusCode)
			assert.Equal(t, "APIGW.0301", apiErr.Code)
			assert.Contains(t, apiErr.Message, tt.wantMsg)
			assert.ErrorIs(t, err, huawei.ErrUnauthorized)
			assert.Len(t, srv.APIG().IngressPorts(huaweitest.DefaultInstanceID), 2, "nothing was added")
			for _, s := range []string{err.Error(), fmt.Sprintf("%+v %#v", err, cfg), logs.String()} {
				assert.NotContains(t, s, "huaweitestSK")
				assert.False(t, strings.Contains(s, "Signature=") && !strings.Contains(s, "[redacted]"), s)
			}
		})
	}
}
