package huaweitest

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strings"
)

// The server checks SDK-HMAC-SHA256 signatures with this reference
// implementation, written plainly from Huawei Cloud's published algorithm
// and independent of polycloud's signer: when the two disagree, a test
// fails. It works on the request as received: the decoded path, the
// decoded query, the Host and header values, the body bytes.

// signatureAlgorithm is the only algorithm the server accepts.
const signatureAlgorithm = "SDK-HMAC-SHA256"

// canonicalRequest is the canonical form of r that signedHeaders and body
// describe: method, URI, query, header lines, signed header names and the
// hex SHA-256 of the body, one per line.
func canonicalRequest(r *http.Request, signedHeaders []string, body []byte) string {
	return strings.Join([]string{
		r.Method,
		canonicalURI(r.URL.Path),
		canonicalQuery(r.URL.Query()),
		canonicalHeaders(r, signedHeaders),
		strings.Join(signedHeaders, ";"),
		hexSHA256(body),
	}, "\n")
}

// canonicalURI percent-encodes every segment of the decoded path and ends
// it with "/".
func canonicalURI(path string) string {
	segments := strings.Split(path, "/")
	for i, s := range segments {
		segments[i] = percentEncode(s)
	}
	uri := strings.Join(segments, "/")
	if !strings.HasSuffix(uri, "/") {
		uri += "/"
	}
	return uri
}

// canonicalQuery lists name=value pairs, names sorted and each name's
// values sorted, both percent-encoded, joined by "&".
func canonicalQuery(q url.Values) string {
	var pairs []string
	for _, name := range slices.Sorted(maps.Keys(q)) {
		for _, v := range slices.Sorted(slices.Values(q[name])) {
			pairs = append(pairs, percentEncode(name)+"="+percentEncode(v))
		}
	}
	return strings.Join(pairs, "&")
}

// canonicalHeaders has one "name:value" line, ending in a newline, for
// every value of every signed header; host is the request's Host.
func canonicalHeaders(r *http.Request, signedHeaders []string) string {
	var b strings.Builder
	for _, name := range signedHeaders {
		values := r.Header.Values(name)
		if name == "host" {
			values = []string{r.Host}
		}
		for _, v := range slices.Sorted(slices.Values(values)) {
			b.WriteString(name + ":" + strings.TrimSpace(v) + "\n")
		}
	}
	return b.String()
}

// percentEncode keeps A–Z a–z 0–9 - _ . ~ and writes every other byte as
// %XX in upper-case hex.
func percentEncode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || strings.IndexByte("-_.~", c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// stringToSign is what the secret signs for a canonical request.
func stringToSign(date, canonical string) string {
	return signatureAlgorithm + "\n" + date + "\n" + hexSHA256([]byte(canonical))
}

// signature is hex(HMAC-SHA256(secret, stringToSign)).
func signature(secret, stringToSign string) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(stringToSign))
	return hex.EncodeToString(mac.Sum(nil))
}

func hexSHA256(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
