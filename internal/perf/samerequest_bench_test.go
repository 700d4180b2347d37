package perf

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/alibaba/alibabatest"
	"github.com/polycloud-go/polycloud/alibaba/ga"
)

// request is what a server saw of one request, minus the values that
// differ on every call (nonce, timestamp, signature, client token).
type request struct {
	Method, Path string
	Query        []string // names, sorted
	Header       []string // names, sorted
	Body         string
}

// recordingServer answers like exampleServer and records each request.
func recordingServer(t *testing.T, status int, body []byte) (*httptest.Server, func() []request) {
	var mu sync.Mutex
	var seen []request
	answer := exampleServer(t, status, body).Config.Handler
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		seen = append(seen, request{Method: r.Method, Path: r.URL.Path, Query: names(r.URL.Query()), Header: names(r.Header), Body: string(b)})
		mu.Unlock()
		answer.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, func() []request { mu.Lock(); defer mu.Unlock(); return slices.Clone(seen) }
}

func names[M ~map[string][]string](m M) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// TestFloorSendsWhatPolycloudSends keeps the comparison honest: for every
// operation the floor sends the same method, path, query parameters,
// headers and body as polycloud, so the two differ only in how they get
// there.
func TestFloorSendsWhatPolycloudSends(t *testing.T) {
	for _, o := range ops {
		t.Run(o.name, func(t *testing.T) {
			srv, seen := recordingServer(t, o.status, example(t, o.pkg, o.file))
			ctx := context.Background()
			require.NoError(t, o.polycloud(ctx, srv.URL)())
			require.NoError(t, o.floor(ctx, srv.URL)())
			got := seen()
			require.Len(t, got, 2)
			assert.Equal(t, got[0], got[1], "polycloud, then floor")
		})
	}
}

// TestFloorSignatureIsAccepted checks the floor's inline RPC signature
// against the emulator, which verifies signatures as the cloud does: the
// floor is measured doing the real work.
func TestFloorSignatureIsAccepted(t *testing.T) {
	srv := alibabatest.NewServer()
	t.Cleanup(srv.Close)
	f := &floorRPC{hc: newFloorClient(), endpoint: srv.Config().Endpoint, keyID: alibabatest.AccessKeyID,
		keySecret: alibabatest.AccessKeySecret, version: "2019-11-20"}
	var out ga.ListForwardingRulesResponse
	require.NoError(t, f.call(context.Background(), "ListForwardingRules", [][2]string{
		{"AcceleratorId", alibabatest.DefaultAcceleratorID}, {"ListenerId", alibabatest.DefaultListenerID},
		{"RegionId", "cn-hangzhou"}, {"ClientToken", newUUID()},
	}, &out))
	assert.NotEmpty(t, out.ForwardingRules)
}
