package alibaba

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// This file is an independent implementation of the documented RPC
// signature, written the way the documentation describes it (QueryEscape
// plus three replacements) rather than the way the signer does it, so the
// two check each other.

func refEncode(s string) string {
	return strings.NewReplacer("+", "%20", "*", "%2A", "%7E", "~").Replace(url.QueryEscape(s))
}

// refCanonical sorts by name (then value) and joins enc(k)=enc(v) with &.
func refCanonical(params url.Values) string {
	var pairs []string
	for _, k := range slices.Sorted(func(yield func(string) bool) {
		for k := range params {
			if !yield(k) {
				return
			}
		}
	}) {
		values := slices.Clone(params[k])
		slices.Sort(values)
		for _, v := range values {
			pairs = append(pairs, refEncode(k)+"="+refEncode(v))
		}
	}
	return strings.Join(pairs, "&")
}

func refStringToSign(method string, params url.Values) string {
	return method + "&" + refEncode("/") + "&" + refEncode(refCanonical(params))
}

func refSignature(secret, stringToSign string) string {
	mac := hmac.New(sha1.New, []byte(secret+"&"))
	mac.Write([]byte(stringToSign))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

// receivedRequest is what a fake server saw: the raw query, the decoded
// query and form parameters, and all signed parameters together.
type receivedRequest struct {
	Method   string
	RawQuery string
	Query    url.Values
	Form     url.Values
	Body     string
	Path     string
	Host     string
	Header   http.Header
}

// signed returns every parameter except Signature, query and form merged.
func (r receivedRequest) signed() url.Values {
	all := url.Values{}
	for _, src := range []url.Values{r.Query, r.Form} {
		for k, vs := range src {
			if k != "Signature" {
				all[k] = append(all[k], vs...)
			}
		}
	}
	return all
}

// stringToSign is what the server computes for the request.
func (r receivedRequest) stringToSign() string { return refStringToSign(r.Method, r.signed()) }

// signatureValid checks the request's Signature with the reference.
func (r receivedRequest) signatureValid(secret string) bool {
	return r.Query.Get("Signature") == refSignature(secret, r.stringToSign())
}

// readRequest parses a request the way an RPC server would.
func readRequest(t testing.TB, req *http.Request) receivedRequest {
	t.Helper()
	body, err := io.ReadAll(req.Body)
	require.NoError(t, err)
	query, err := url.ParseQuery(req.URL.RawQuery)
	require.NoError(t, err)
	form, err := url.ParseQuery(string(body))
	require.NoError(t, err)
	return receivedRequest{Method: req.Method, RawQuery: req.URL.RawQuery, Query: query, Form: form, Body: string(body),
		Path: req.URL.Path, Host: req.Host, Header: req.Header.Clone()}
}

func TestReferenceEncodingMatchesDocumentation(t *testing.T) {
	require.Equal(t, "%21%27%28%29%2A~%20%2B%2F%3D%26", refEncode("!'()*~ +/=&"))
}
