package huaweitest

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func newServer(t *testing.T, opts ...Option) *Server {
	srv := NewServer(opts...)
	t.Cleanup(srv.Close)
	return srv
}

// answer is a decoded response.
type answer struct {
	status int
	header http.Header
	raw    string
	body   map[string]any
}

// code is error_code, or Keystone's numeric error.code as text.
func (a answer) code() string {
	if c, ok := a.body["error_code"].(string); ok {
		return c
	}
	if e, ok := a.body["error"].(map[string]any); ok {
		return strings.TrimSuffix(strings.TrimSuffix(jsonText(e["code"]), "\n"), ".0")
	}
	return ""
}

func jsonText(v any) string { b, _ := json.Marshal(v); return string(b) }

// do sends one request with an optional token and JSON body.
func do(t *testing.T, method, url, token, body string) answer {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, url, rd)
	require.NoError(t, err)
	if token != "" {
		req.Header.Set("X-Auth-Token", token)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json;charset=UTF-8")
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	return read(t, resp)
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

// authBody is a password token request for scope.
func authBody(user, password, scope string) string {
	return `{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"` + user +
		`","password":"` + password + `","domain":{"name":"` + DomainName + `"}}}},"scope":` + scope + `}}`
}

func projectScope(name string) string { return `{"project":{"name":"` + name + `"}}` }

const domainScope = `{"domain":{"name":"` + DomainName + `"}}`

// issue gets a token for scope from the server's IAM.
func issue(t *testing.T, srv *Server, scope string) string {
	t.Helper()
	a := do(t, http.MethodPost, srv.URL+"/v3/auth/tokens?nocatalog=true", "", authBody(UserName, Password, scope))
	require.Equal(t, http.StatusCreated, a.status, a.raw)
	tok := a.header.Get("X-Subject-Token")
	require.NotEmpty(t, tok)
	return tok
}

func poolsURL(srv *Server, query string) string { return srv.URL + "/v1/byoip-pools" + query }

func portsURL(srv *Server, project, instance, query string) string {
	return srv.URL + "/v2/" + project + "/apigw/instances/" + instance + "/custom-ingress-ports" + query
}

// itemIDs lists the values of idKey of the items under key.
func itemIDs(a answer, key, idKey string) []string {
	var out []string
	items, _ := a.body[key].([]any)
	for _, it := range items {
		out = append(out, jsonText(it.(map[string]any)[idKey]))
	}
	return out
}

// orderedKeys returns the member names of the JSON object raw, in order.
func orderedKeys(t *testing.T, raw string) []string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(raw))
	_, err := dec.Token()
	require.NoError(t, err)
	var out []string
	for dec.More() {
		k, err := dec.Token()
		require.NoError(t, err)
		out = append(out, k.(string))
		var skip json.RawMessage
		require.NoError(t, dec.Decode(&skip))
	}
	return out
}
