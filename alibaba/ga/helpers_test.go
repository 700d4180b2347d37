package ga_test

import (
	"context"
	"testing"
	"time"

	"github.com/polycloud-go/polycloud/alibaba"
	"github.com/polycloud-go/polycloud/alibaba/ga"
	"github.com/polycloud-go/polycloud/internal/codegen/gentest"
)

// newClient starts a server answering with reply and a client that talks
// to it. Config.Region is deliberately not cn-hangzhou: GA requests must
// carry cn-hangzhou whatever the configuration says.
func newClient(t *testing.T, reply gentest.Reply) (*ga.Client, *gentest.Server) {
	t.Helper()
	srv := gentest.NewServer(t, reply)
	c := ga.New(alibaba.Config{
		Region:      "ap-southeast-1",
		Credentials: alibaba.StaticCredentials("testid", "testsecret", ""),
		Endpoint:    srv.URL,
		Retry:       alibaba.RetryPolicy{MaxAttempts: 1},
	})
	return c, srv
}

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// refusal is the ParamError of a GA request refused before sending.
func refusal(op, field, problem string) gentest.Refusal {
	return gentest.Refusal{Provider: "alibaba", Service: "ga", Operation: op, Field: field, Problem: problem}
}
