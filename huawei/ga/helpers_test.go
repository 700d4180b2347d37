package ga_test

import (
	"context"
	"testing"
	"time"

	"github.com/polycloud-go/polycloud/huawei"
	"github.com/polycloud-go/polycloud/huawei/ga"
	"github.com/polycloud-go/polycloud/internal/codegen/gentest"
)

const testToken = "test-token"

// newClient starts a server answering with reply and a client that talks
// to it with a static token.
func newClient(t *testing.T, reply gentest.Reply) (*ga.Client, *gentest.Server) {
	t.Helper()
	srv := gentest.NewServer(t, reply)
	c := ga.New(huawei.Config{
		Region:      "ap-southeast-1",
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
