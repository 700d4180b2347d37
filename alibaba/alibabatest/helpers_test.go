package alibabatest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// signer signs raw requests with the reference algorithm, so these tests
// exercise the server without polycloud's SDK code.
type signer struct {
	id, secret, token string
	now               func() time.Time
	nonce             atomic.Int64
}

func testSigner() *signer {
	return &signer{id: AccessKeyID, secret: AccessKeySecret, now: time.Now}
}

// sign completes params with the common parameters and the signature.
func (s *signer) sign(method string, params url.Values) url.Values {
	p := url.Values{"Format": {"JSON"}}
	for k, vs := range params {
		p[k] = append([]string(nil), vs...)
	}
	p.Set("AccessKeyId", s.id)
	p.Set("SignatureMethod", "HMAC-SHA1")
	p.Set("SignatureVersion", "1.0")
	p.Set("SignatureNonce", fmt.Sprintf("nonce-%d-%d", time.Now().UnixNano(), s.nonce.Add(1)))
	p.Set("Timestamp", s.now().UTC().Format(timestampLayout))
	if s.token != "" {
		p.Set("SecurityToken", s.token)
	}
	p.Set("Signature", sign(s.secret, stringToSign(method, p)))
	return p
}

// answer is a decoded response.
type answer struct {
	status int
	header http.Header
	raw    string
	body   map[string]any
}

func (a answer) code() string { s, _ := a.body["Code"].(string); return s }

// send POSTs the already signed params in the query string.
func send(t *testing.T, srv *Server, params url.Values) answer {
	t.Helper()
	resp, err := http.Post(srv.URL+"/?"+params.Encode(), "application/x-www-form-urlencoded", nil)
	require.NoError(t, err)
	return read(t, resp)
}

// invoke signs action of version with params and POSTs it.
func invoke(t *testing.T, srv *Server, s *signer, version, action string, params url.Values) answer {
	t.Helper()
	p := url.Values{"Action": {action}, "Version": {version}}
	for k, vs := range params {
		p[k] = vs
	}
	return send(t, srv, s.sign(http.MethodPost, p))
}

func read(t *testing.T, resp *http.Response) answer {
	t.Helper()
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	a := answer{status: resp.StatusCode, header: resp.Header, raw: string(raw)}
	if strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		require.NoError(t, json.Unmarshal(raw, &a.body), string(raw))
	}
	return a
}

// rules lists forwarding rules of the default listener.
func rules(t *testing.T, srv *Server, s *signer, extra url.Values) answer {
	t.Helper()
	p := url.Values{"RegionId": {Region}, "AcceleratorId": {DefaultAcceleratorID}, "ListenerId": {DefaultListenerID}}
	for k, vs := range extra {
		p[k] = vs
	}
	return invoke(t, srv, s, gaVersion, "ListForwardingRules", p)
}

// mappings lists port mappings of the default destination.
func mappings(t *testing.T, srv *Server, s *signer, extra url.Values) answer {
	t.Helper()
	p := url.Values{"RegionId": {Region}, "EndpointId": {DefaultEndpointID}, "DestinationAddress": {DefaultDestinationAddress}}
	for k, vs := range extra {
		p[k] = vs
	}
	return invoke(t, srv, s, gaVersion, "ListCustomRoutingPortMappingsByDestination", p)
}

func backend(t *testing.T, srv *Server, s *signer, id string) answer {
	t.Helper()
	return invoke(t, srv, s, apiGatewayVersion, "DescribeBackendInfo", url.Values{"BackendId": {id}})
}

// itemIDs lists the values of idKey of the items under key.
func itemIDs(a answer, key, idKey string) []string {
	var out []string
	items, _ := a.body[key].([]any)
	for _, it := range items {
		out = append(out, it.(map[string]any)[idKey].(string))
	}
	return out
}

func newServer(t *testing.T, opts ...Option) *Server {
	srv := NewServer(opts...)
	t.Cleanup(srv.Close)
	return srv
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return b
}
