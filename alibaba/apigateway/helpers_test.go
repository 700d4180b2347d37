package apigateway_test

import (
	"context"
	"testing"
	"time"

	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/alibaba/apigateway"
	"github.com/polycloud-go/polycloud/internal/codegen/gentest"
)

// newClient starts a server answering with reply and a client that talks
// to it with creds.
func newClient(t *testing.T, reply gentest.Reply, creds alibaba.CredentialsProvider) (*apigateway.Client, *gentest.Server) {
	t.Helper()
	srv := gentest.NewServer(t, reply)
	c := apigateway.New(alibaba.Config{
		Region:      "cn-hangzhou",
		Credentials: creds,
		Endpoint:    srv.URL,
		Retry:       alibaba.RetryPolicy{MaxAttempts: 1},
	})
	return c, srv
}

func testCredentials() alibaba.CredentialsProvider {
	return alibaba.StaticCredentials("testid", "testsecret", "")
}

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}
