package alibaba

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// This file is an independent implementation of signature V3
// (ACS3-HMAC-SHA256), written the way the public algorithm description
// reads: a map of lower-case header names, sorted keys, strings.Join. It
// shares nothing with the signer but refEncode and refCanonical (written
// the documentation's way for V1), so the two check each other.

// refV3Request is a request as a V3 server sees it.
type refV3Request struct {
	Method  string
	Path    string            // decoded path; "" means "/"
	Query   url.Values        // the decoded URL query
	Headers map[string]string // the signed headers by lower-case name, host included
	Body    []byte
}

// refCanonicalRequestV3 returns the canonical request and the signed
// header list.
func refCanonicalRequestV3(r refV3Request) (string, string) {
	names := slices.Sorted(maps.Keys(r.Headers))
	var headers strings.Builder
	for _, n := range names {
		headers.WriteString(n + ":" + strings.Trim(r.Headers[n], " \t") + "\n") // HTTP's optional whitespace
	}
	signed := strings.Join(names, ";")
	path := r.Path
	if path == "" {
		path = "/"
	}
	segments := strings.Split(path, "/")
	for i, s := range segments {
		segments[i] = refEncode(s)
	}
	bodyHash := sha256.Sum256(r.Body)
	return strings.Join([]string{r.Method, strings.Join(segments, "/"), refCanonical(r.Query),
		headers.String(), signed, hex.EncodeToString(bodyHash[:])}, "\n"), signed
}

func refStringToSignV3(canonicalRequest string) string {
	sum := sha256.Sum256([]byte(canonicalRequest))
	return "ACS3-HMAC-SHA256\n" + hex.EncodeToString(sum[:])
}

func refSignatureV3(secret, stringToSign string) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(stringToSign))
	return hex.EncodeToString(mac.Sum(nil))
}

func refAuthorizationV3(accessKeyID, signedHeaders, signature string) string {
	return "ACS3-HMAC-SHA256 Credential=" + accessKeyID + ",SignedHeaders=" + signedHeaders + ",Signature=" + signature
}

// refAuthorization is a parsed V3 Authorization header.
type refAuthorization struct {
	Credential, Signature string
	SignedHeaders         []string
}

// parseRefAuthorization reads "ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…".
func parseRefAuthorization(h string) (refAuthorization, bool) {
	rest, ok := strings.CutPrefix(h, "ACS3-HMAC-SHA256 ")
	if !ok {
		return refAuthorization{}, false
	}
	var a refAuthorization
	for _, part := range strings.Split(rest, ",") {
		k, v, _ := strings.Cut(part, "=")
		switch k {
		case "Credential":
			a.Credential = v
		case "SignedHeaders":
			a.SignedHeaders = strings.Split(v, ";")
		case "Signature":
			a.Signature = v
		}
	}
	return a, a.Credential != "" && a.Signature != "" && len(a.SignedHeaders) > 0
}

// refV3FromHTTP reads what a server would: the signed headers the
// Authorization header names, from the request as it would arrive.
func refV3FromHTTP(t testing.TB, req *http.Request, body []byte) (refV3Request, refAuthorization) {
	t.Helper()
	auth, ok := parseRefAuthorization(req.Header.Get("Authorization"))
	require.True(t, ok, "a V3 Authorization header")
	query, err := url.ParseQuery(req.URL.RawQuery)
	require.NoError(t, err)
	r := refV3Request{Method: req.Method, Path: req.URL.Path, Query: query, Headers: map[string]string{}, Body: body}
	for _, name := range auth.SignedHeaders {
		if name == "host" {
			r.Headers[name] = req.Host
			if r.Headers[name] == "" {
				r.Headers[name] = req.URL.Host
			}
			continue
		}
		r.Headers[name] = strings.Join(req.Header.Values(name), ",")
	}
	return r, auth
}

// refVerifyV3 checks a received request's signature with the reference,
// and that every x-acs-* header it carries is signed.
func refVerifyV3(t testing.TB, req *http.Request, body []byte, secret string) bool {
	t.Helper()
	r, auth := refV3FromHTTP(t, req, body)
	for name := range req.Header {
		if lower := strings.ToLower(name); strings.HasPrefix(lower, "x-acs-") || lower == "content-type" {
			require.Contains(t, auth.SignedHeaders, lower, "every x-acs-* header is signed")
		}
	}
	cr, signed := refCanonicalRequestV3(r)
	return signed == strings.Join(auth.SignedHeaders, ";") && auth.Signature == refSignatureV3(secret, refStringToSignV3(cr))
}

// readBodyV3 reads a received request's body.
func readBodyV3(t testing.TB, req *http.Request) []byte {
	t.Helper()
	if req.Body == nil {
		return nil
	}
	b, err := io.ReadAll(req.Body)
	require.NoError(t, err)
	return b
}

// httpRequest rebuilds a request the fake server received, for the V3
// reference.
func (r receivedRequest) httpRequest() *http.Request {
	return &http.Request{Method: r.Method, Host: r.Host, URL: &url.URL{Path: r.Path, RawQuery: r.RawQuery}, Header: r.Header}
}

// v3Valid checks a received V3 request with the reference.
func (r receivedRequest) v3Valid(t testing.TB, secret string) bool {
	return refVerifyV3(t, r.httpRequest(), []byte(r.Body), secret)
}

// v3CanonicalRequest is the canonical request a V3 server computes for
// what arrived, hashing the body itself.
func (r receivedRequest) v3CanonicalRequest(t testing.TB) string {
	ref, _ := refV3FromHTTP(t, r.httpRequest(), []byte(r.Body))
	cr, _ := refCanonicalRequestV3(ref)
	return cr
}

// What a V3 mismatch message quotes.
const (
	quoteBoth = iota // the string to sign and the canonical request
	quoteStringToSign
	quoteNothing
)

// mismatchV3 answers like a V3 server that knows secret and computes
// canonical(r) for a request: 200 when the signature matches, else 400
// SignatureDoesNotMatch quoting what quote says.
func mismatchV3(secret string, canonical func(receivedRequest) string, quote int) reply {
	return reply{handle: func(r receivedRequest) reply {
		cr := canonical(r)
		sts := refStringToSignV3(cr)
		auth, _ := parseRefAuthorization(r.Header.Get("Authorization"))
		if auth.Signature == refSignatureV3(secret, sts) {
			return reply{status: 200, body: map[string]any{"RequestId": "REQ-OK"}}
		}
		msg := "Specified signature is not matched with our calculation."
		switch quote {
		case quoteBoth:
			msg += " server string to sign is:" + sts + " server canonical request is:" + cr
		case quoteStringToSign:
			msg += " server string to sign is:" + sts
		}
		return reply{status: 400, body: map[string]any{"RequestId": "REQ-SIG", "Code": "SignatureDoesNotMatch", "Message": msg}}
	}}
}
