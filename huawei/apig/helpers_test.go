package apig_test

import (
	"context"
	"testing"
	"time"

	"github.com/polycloud-go/polycloud/huawei"
	"github.com/polycloud-go/polycloud/huawei/apig"
	"github.com/polycloud-go/polycloud/internal/codegen/gentest"
)

const (
	testToken   = "test-token"
	testProject = "0b4a7bd8f36c4a25b66e6e0c2bd8a7c3"
)

// newClient starts a server answering with reply and a client that talks
// to it with a static token and a configured project ID.
func newClient(t *testing.T, reply gentest.Reply) (*apig.Client, *gentest.Server) {
	t.Helper()
	srv := gentest.NewServer(t, reply)
	c := apig.New(huawei.Config{
		Region:      "ap-southeast-1",
		ProjectID:   testProject,
		Credentials: huawei.StaticToken(testToken),
		Endpoint:    srv.URL,
		Retry:       huawei.RetryPolicy{MaxAttempts: 1},
	})
	return c, srv
}

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}
