package alibabatest_test

import (
	"context"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/alibaba/alibabatest"
)

// These tests drive the emulator through polycloud's own RPC client, so
// the SDK's signer, retries and error decoding meet the emulator's
// independent checks.

var (
	gaProduct  = alibaba.Product{Service: "ga", Version: "2019-11-20", Endpoint: "ga.cn-hangzhou.aliyuncs.com", RegionID: "cn-hangzhou"}
	apiProduct = alibaba.Product{Service: "apigateway", Version: "2016-07-14", Endpoint: "apigateway.{region}.aliyuncs.com"}

	listRules    = &alibaba.Operation{Action: "ListForwardingRules", Idempotent: true, RegionID: true}
	listMappings = &alibaba.Operation{Action: "ListCustomRoutingPortMappingsByDestination", Idempotent: true, RegionID: true}
	describe     = &alibaba.Operation{Action: "DescribeBackendInfo", Idempotent: true}
)

type rulesPage struct {
	RequestID       string `json:"RequestId"`
	TotalCount      int
	NextToken       string
	MaxResults      int
	ForwardingRules []struct {
		ForwardingRuleID string `json:"ForwardingRuleId"`
		Priority         int
	}
}

// fastRetries keeps retried calls quick in tests.
func fastRetries(cfg alibaba.Config) alibaba.Config {
	cfg.Retry = alibaba.RetryPolicy{MinBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond}
	return cfg
}

func start(t *testing.T, opts ...alibabatest.Option) *alibabatest.Server {
	srv := alibabatest.NewServer(opts...)
	t.Cleanup(srv.Close)
	return srv
}

func ruleParams(token string) *alibaba.Params {
	p := &alibaba.Params{}
	p.Set("AcceleratorId", alibabatest.DefaultAcceleratorID)
	p.Set("ListenerId", alibabatest.DefaultListenerID)
	if token != "" {
		p.Set("NextToken", token)
	}
	return p
}

func TestSDKListsForwardingRulesPageByPage(t *testing.T) {
	t.Parallel()
	srv := start(t)
	c := alibaba.NewClient(srv.Config(), gaProduct)
	var ids []string
	token := ""
	for range 10 {
		var page rulesPage
		require.NoError(t, c.Call(t.Context(), listRules, ruleParams(token), &page))
		assert.NotEmpty(t, page.RequestID)
		assert.Equal(t, len(page.ForwardingRules), page.TotalCount)
		for _, r := range page.ForwardingRules {
			ids = append(ids, r.ForwardingRuleID)
		}
		if token = page.NextToken; token == "" {
			break
		}
	}
	assert.Len(t, ids, alibabatest.SeededForwardingRules)
	assert.Equal(t, 3, srv.CountOf("ListForwardingRules"), "three pages, one request each")
}

func TestSDKReadsPortMappingsAndBackends(t *testing.T) {
	t.Parallel()
	srv := start(t)
	ctx := t.Context()
	p := &alibaba.Params{}
	p.Set("EndpointId", alibabatest.DefaultEndpointID)
	p.Set("DestinationAddress", alibabatest.DefaultDestinationAddress)
	p.SetInt("PageNumber", 3)
	var page struct {
		TotalCount, PageSize, PageNumber int
		PortMappings                     []struct{ AcceleratorPort int }
	}
	require.NoError(t, alibaba.NewClient(srv.Config(), gaProduct).Call(ctx, listMappings, p, &page))
	assert.Equal(t, alibabatest.SeededPortMappings, page.TotalCount)
	assert.Equal(t, 3, page.PageNumber)
	assert.Len(t, page.PortMappings, 3)

	b := &alibaba.Params{}
	b.Set("BackendId", alibabatest.DefaultBackendID)
	var info struct {
		BackendInfo struct{ BackendID, BackendName string }
	}
	require.NoError(t, alibaba.NewClient(srv.Config(), apiProduct).Call(ctx, describe, b, &info))
	assert.Equal(t, "orders-backend", info.BackendInfo.BackendName)
}

func TestSDKWithTheWrongSecretGetsSignatureDoesNotMatch(t *testing.T) {
	t.Parallel()
	srv := start(t)
	cfg := srv.Config()
	cfg.Credentials = alibaba.StaticCredentials(alibabatest.AccessKeyID, "not-the-secret", "")
	err := alibaba.NewClient(cfg, gaProduct).Call(t.Context(), listRules, ruleParams(""), &rulesPage{})
	var apiErr *alibaba.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "SignatureDoesNotMatch", apiErr.Code)
	assert.Equal(t, http.StatusBadRequest, apiErr.StatusCode)
	assert.NotEmpty(t, apiErr.RequestID)
	assert.Equal(t, 1, srv.CountOf("ListForwardingRules"), "a signature mismatch is not retried")
}

func TestSDKNeverShowsTheSecurityTokenTheServerEchoes(t *testing.T) {
	t.Parallel()
	const token = "CAIS-secret-sts-token-value"
	srv := start(t, alibabatest.WithSTSCredentials("STS.NSdkKey", "sts-secret", token, time.Time{}))
	cfg := srv.Config()
	cfg.Credentials = alibaba.StaticCredentials("STS.NSdkKey", "sts-secret", token)
	require.NoError(t, alibaba.NewClient(cfg, gaProduct).Call(t.Context(), listRules, ruleParams(""), &rulesPage{}))

	cfg.Credentials = alibaba.StaticCredentials("STS.NSdkKey", "wrong-secret", token)
	err := alibaba.NewClient(cfg, gaProduct).Call(t.Context(), listRules, ruleParams(""), &rulesPage{})
	var apiErr *alibaba.APIError
	require.ErrorAs(t, err, &apiErr)
	assert.Equal(t, "SignatureDoesNotMatch", apiErr.Code)
	assert.NotContains(t, err.Error(), token)
	assert.NotContains(t, apiErr.Message, token)
	assert.NotContains(t, apiErr.Detail, token)
	assert.NotContains(t, fmt.Sprintf("%+v %#v", err, apiErr), token)
}

func TestSDKRetriesThrottlingWithFreshNonces(t *testing.T) {
	t.Parallel()
	srv := start(t)
	srv.Inject("ListForwardingRules", alibabatest.Throttle(2))
	var page rulesPage
	require.NoError(t, alibaba.NewClient(fastRetries(srv.Config()), gaProduct).Call(t.Context(), listRules, ruleParams(""), &page))
	assert.Len(t, page.ForwardingRules, 20)
	log := srv.Requests()
	require.Len(t, log, 3, "two throttled attempts and a success; a reused nonce would have been refused")
	assert.Equal(t, []string{"Throttling.User", "Throttling.User", ""}, []string{log[0].Code, log[1].Code, log[2].Code})
	assert.Equal(t, "REDACTED", log[2].Params.Get("Signature"))
}

func TestSDKGivesUpOnPersistentThrottling(t *testing.T) {
	t.Parallel()
	srv := start(t)
	srv.Inject("ListForwardingRules", alibabatest.Throttle(0))
	cfg := fastRetries(srv.Config())
	cfg.Retry.MaxAttempts = 2
	err := alibaba.NewClient(cfg, gaProduct).Call(t.Context(), listRules, ruleParams(""), &rulesPage{})
	assert.ErrorIs(t, err, alibaba.ErrThrottled)
	assert.Equal(t, 2, srv.CountOf("ListForwardingRules"))
}

func TestSDKSurvivesServerFaults(t *testing.T) {
	t.Parallel()
	for _, fault := range []alibabatest.Fault{
		alibabatest.ServerError(503, 1),
		alibabatest.ServerError(500, 1),
		alibabatest.HTMLPage(502, 1),
		alibabatest.DropConnection(1),
		alibabatest.DropResponse(1),
		alibabatest.RetryAfter(10*time.Millisecond, 1),
	} {
		t.Run(fault.String(), func(t *testing.T) {
			t.Parallel()
			srv := start(t)
			srv.Inject("ListForwardingRules", fault)
			var page rulesPage
			err := alibaba.NewClient(fastRetries(srv.Config()), gaProduct).Call(context.Background(), listRules, ruleParams(""), &page)
			require.NoError(t, err, "a read is retried after %v", fault)
			assert.Len(t, page.ForwardingRules, 20)
			assert.Equal(t, 2, srv.CountOf("ListForwardingRules"))
		})
	}
}

func TestSDKReportsATruncatedBody(t *testing.T) {
	t.Parallel()
	srv := start(t)
	srv.Inject("ListForwardingRules", alibabatest.TruncateBody(1))
	err := alibaba.NewClient(fastRetries(srv.Config()), gaProduct).Call(t.Context(), listRules, ruleParams(""), &rulesPage{})
	var decodeErr *alibaba.DecodeError
	require.ErrorAs(t, err, &decodeErr)
	assert.Equal(t, 1, srv.CountOf("ListForwardingRules"), "a 200 with a broken body is not retried")
}
