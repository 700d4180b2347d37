package alibaba_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/h2non/gock.v1"

	"github.com/polycloud-go/polycloud/alibaba"
)

// TestThrottledCallIsRetriedWithFreshSignatures drives the real GA host
// name through gock (serial: gock patches a shared registry) to show that
// throttling, which Alibaba reports as HTTP 400, is retried, and that each
// attempt carries a new nonce and signature but the same ClientToken.
func TestThrottledCallIsRetriedWithFreshSignatures(t *testing.T) {
	defer gock.Off()
	hc := &http.Client{}
	gock.InterceptClient(hc)
	var seen []*http.Request
	gock.Observe(func(req *http.Request, _ gock.Mock) { seen = append(seen, req) })
	defer gock.Observe(nil)

	throttled := map[string]string{"Code": "Throttling.User", "Message": "Request was denied due to user flow control.", "RequestId": "R1"}
	gock.New("https://ga.cn-hangzhou.aliyuncs.com").Post("/").Times(2).Reply(400).JSON(throttled)
	gock.New("https://ga.cn-hangzhou.aliyuncs.com").Post("/").Reply(200).JSON(map[string]any{"RequestId": "R2", "TotalCount": "3"})

	c := alibaba.NewClient(alibaba.Config{Credentials: alibaba.StaticCredentials("testid", "testsecret", "")},
		alibaba.Product{Service: "ga", Version: "2019-11-20", Endpoint: "ga.cn-hangzhou.aliyuncs.com", RegionID: "cn-hangzhou"},
		alibaba.WithHTTPClient(hc), alibaba.WithRetry(alibaba.RetryPolicy{MinBackoff: time.Millisecond, MaxBackoff: 2 * time.Millisecond}))
	var out struct{ TotalCount int }
	err := c.Call(context.Background(), &alibaba.Operation{Action: "CreateAccelerator", RegionID: true, ClientToken: true}, &alibaba.Params{}, &out)
	require.NoError(t, err)
	assert.Equal(t, 3, out.TotalCount, "a number sent as a string still decodes")
	assert.True(t, gock.IsDone())

	require.Len(t, seen, 3)
	nonces, signatures := map[string]bool{}, map[string]bool{}
	for _, req := range seen {
		q := req.URL.Query()
		nonces[q.Get("SignatureNonce")], signatures[q.Get("Signature")] = true, true
		assert.Equal(t, seen[0].URL.Query().Get("ClientToken"), q.Get("ClientToken"), "one ClientToken per call")
		assert.Equal(t, "cn-hangzhou", q.Get("RegionId"))
		assert.Equal(t, "JSON", q.Get("Format"))
	}
	assert.Len(t, nonces, 3, "a fresh nonce on every attempt")
	assert.Len(t, signatures, 3, "every attempt signed afresh")
	assert.NotEmpty(t, seen[0].URL.Query().Get("ClientToken"))
}
