package alibaba

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The token has characters that percent-encoding changes, so it appears
// in different forms at different depths; its middle "vAlUe" and the
// secret's "VaLuE" survive every form, which is what the test looks for.
const (
	trackedSecret = "SeCrEt+VaLuE/0123456789="
	trackedToken  = "CAIS+ToKeN/vAlUe=="
)

func TestSecretsNeverLeak(t *testing.T) {
	echoURL := func(status int, asJSON bool) reply {
		return reply{handle: func(r receivedRequest) reply {
			url := "https://ga.cn-hangzhou.aliyuncs.com/?" + r.RawQuery
			if !asJSON {
				return reply{status: status, header: map[string]string{"Content-Type": "text/html"}, body: "<html>" + url + "</html>"}
			}
			return reply{status: status, body: map[string]any{"Code": "InternalError", "Message": "failed: " + url, "RequestId": "R"}}
		}}
	}
	tests := []struct {
		name    string
		replies []reply
		closed  bool // send to a closed port
		wantErr bool
	}{
		{name: "success", replies: []reply{{status: 200, body: map[string]any{"RequestId": "OK"}}}},
		{name: "signature mismatch", replies: []reply{mismatch("wrong", receivedRequest.stringToSign)}, wantErr: true},
		{name: "500 echoing the URL", replies: []reply{echoURL(500, true)}, wantErr: true},
		{name: "502 page echoing the URL", replies: []reply{echoURL(502, false)}, wantErr: true},
		{name: "200 that is not JSON", replies: []reply{echoURL(200, false)}, wantErr: true},
		{name: "closed port", closed: true, wantErr: true},
		{name: "token quoted bare", replies: []reply{{handle: func(r receivedRequest) reply {
			return reply{status: 400, body: map[string]any{"Code": "InvalidSecurityToken.Expired",
				"Message": "The token " + r.Query.Get("SecurityToken") + " (" + refEncode(r.Query.Get("SecurityToken")) + ") has expired"}}
		}}}, wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var logs bytes.Buffer
			f := newFakeRPC(t, tc.replies...)
			endpoint := f.srv.URL
			if tc.closed {
				endpoint = closedEndpoint(t)
			}
			provider := StaticCredentials("STS.LeakTestKey", trackedSecret, trackedToken)
			cfg := Config{Region: "cn-hangzhou", Credentials: provider, Endpoint: endpoint, Retry: fastRetry,
				Logger: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))}
			var out map[string]any
			err := NewClient(cfg, testProduct).Call(context.Background(), createRules, paramsOf("Name", "x"), &out)
			require.Equal(t, tc.wantErr, err != nil, "%v", err)

			creds, _ := provider.Retrieve(context.Background())
			everything := fmt.Sprintf("%v %+v %#v | %v %+v %#v | %v %+v %#v | %v %+v %#v | %s",
				err, err, err, cfg, cfg, cfg, creds, creds, creds, provider, provider, provider, logs.String())
			if err != nil {
				everything += err.Error()
			}
			assert.NotContains(t, everything, "VaLuE", "secret")
			assert.NotContains(t, everything, "vAlUe", "token")
			for _, r := range f.requests() {
				for _, form := range encodings(r.Query.Get("Signature")) {
					assert.NotContains(t, everything, form, "signature")
				}
			}
			if !tc.closed {
				assert.NotEmpty(t, f.requests())
			}
			assert.Contains(t, logs.String(), "polycloud attempt", "the debug log was written")
		})
	}
}

// encodings returns s raw, percent-encoded once and twice.
func encodings(s string) []string {
	once := refEncode(s)
	return []string{s, once, refEncode(once)}
}

// closedEndpoint returns the address of a port nothing listens on.
func closedEndpoint(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	require.NoError(t, l.Close())
	return "http://" + addr
}

func TestRedactionCoversEncodedForms(t *testing.T) {
	for _, form := range encodings(trackedToken) {
		for _, wrap := range []string{"SecurityToken=%s&A=1", "SecurityToken%%3D%s%%26A%%3D1", "SecurityToken%%253D%s%%2526A"} {
			in := fmt.Sprintf(wrap, form)
			assert.False(t, strings.Contains(redactSecrets(in), "vAlUe"), in)
		}
	}
}
