package alibabatest

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"
	"strings"
)

// This file is the server's own reference implementation of signature V3
// (ACS3-HMAC-SHA256), written straight from the published algorithm and
// independent of polycloud's signer:
//
//	canonical request = METHOD \n URI \n query \n headers \n signed headers \n payload hash
//	string to sign    = "ACS3-HMAC-SHA256" \n hex(SHA-256(canonical request))
//	signature         = hex(HMAC-SHA256(AccessKeySecret, string to sign))
//
// The payload hash is the server's own SHA-256 of the body it received,
// not the x-acs-content-sha256 header the client claims: a body changed
// after signing then fails the signature, and the canonical request the
// server quotes shows where.

// v3Algorithm opens every V3 Authorization header.
const v3Algorithm = "ACS3-HMAC-SHA256"

// canonicalRequestV3 rebuilds the canonical request of what arrived,
// over the headers the client says it signed, in the order it lists them.
func canonicalRequestV3(r *http.Request, query url.Values, signedHeaders []string, body []byte) string {
	var headers strings.Builder
	for _, name := range signedHeaders {
		// Trimmed of HTTP's optional whitespace (space and tab), which is
		// also all an HTTP stack trims from a received value.
		headers.WriteString(name + ":" + strings.Trim(headerValue(r, name), " \t") + "\n")
	}
	return strings.Join([]string{
		r.Method, canonicalURI(r.URL.Path), joinSorted(query), headers.String(),
		strings.Join(signedHeaders, ";"), sha256Hex(body),
	}, "\n")
}

// headerValue is the value of one signed header as received; host comes
// from the request line or Host header.
func headerValue(r *http.Request, name string) string {
	if name == "host" {
		return r.Host
	}
	return strings.Join(r.Header.Values(name), ",")
}

// canonicalURI encodes each segment of the path, keeping the slashes.
func canonicalURI(path string) string {
	if path == "" {
		return "/"
	}
	segments := strings.Split(path, "/")
	for i, s := range segments {
		segments[i] = percentEncode(s)
	}
	return strings.Join(segments, "/")
}

// stringToSignV3 is the algorithm and the digest of the canonical request.
func stringToSignV3(canonicalRequest string) string {
	return v3Algorithm + "\n" + sha256Hex([]byte(canonicalRequest))
}

// signV3 returns hex(HMAC-SHA256(secret, stringToSign)); unlike V1, the
// key has no "&".
func signV3(secret, stringToSign string) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(stringToSign))
	return hex.EncodeToString(mac.Sum(nil))
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
