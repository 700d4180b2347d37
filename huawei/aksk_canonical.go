package huawei

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"slices"
	"strings"
)

// SDK-HMAC-SHA256 is Huawei Cloud's access-key signature. The signature
// covers a canonical form of the request:
//
//	METHOD
//	canonical URI    every path segment percent-encoded, ending in "/"
//	canonical query  name=value pairs sorted by name, then value, encoded
//	canonical headers, one "name:value" line each, then an empty line
//	signed header names, lower case, ";"-separated
//	hex SHA-256 of the body
//
// and the string to sign is "SDK-HMAC-SHA256\n{X-Sdk-Date}\n{hex SHA-256
// of the canonical request}". The functions here build both from what
// the request carries on the wire, appending to one buffer so that
// signing an attempt allocates little.

const (
	signAlgorithm = "SDK-HMAC-SHA256"
	sdkDateLayout = "20060102T150405Z" // X-Sdk-Date: UTC, ISO 8601 basic format
)

// signedHeader is one header the signature covers: its lower-case name
// and the value sent.
type signedHeader struct{ name, value string }

// signingInput is everything a signature covers, as sent on the wire.
type signingInput struct {
	method string
	// path is the request's decoded path (url.URL.Path). It is what the
	// server decodes from the escaped path the request carries, since
	// url.URL sends an escaping of Path, so both sides agree on it.
	path string
	// rawQuery is the query exactly as sent.
	rawQuery string
	// headers are sorted by name.
	headers []signedHeader
	body    []byte
}

// appendCanonicalRequest appends the canonical request of in to b.
func appendCanonicalRequest(b []byte, in *signingInput) []byte {
	b = append(b, in.method...)
	b = append(b, '\n')
	b = appendCanonicalURI(b, in.path)
	b = append(b, '\n')
	b = appendCanonicalQuery(b, in.rawQuery)
	b = append(b, '\n')
	for _, h := range in.headers {
		b = append(b, h.name...)
		b = append(b, ':')
		b = append(b, strings.TrimSpace(h.value)...)
		b = append(b, '\n')
	}
	b = append(b, '\n')
	b = appendSignedHeaderNames(b, in.headers)
	b = append(b, '\n')
	sum := sha256.Sum256(in.body)
	return hex.AppendEncode(b, sum[:])
}

// appendStringToSign appends the string to sign for a canonical request.
// canonical may share b's backing array: it is hashed before b grows.
func appendStringToSign(b []byte, date string, canonical []byte) []byte {
	sum := sha256.Sum256(canonical)
	b = append(b, signAlgorithm+"\n"...)
	b = append(b, date...)
	b = append(b, '\n')
	return hex.AppendEncode(b, sum[:])
}

// appendSignedHeaderNames appends "host;x-sdk-date;…".
func appendSignedHeaderNames(b []byte, headers []signedHeader) []byte {
	for i, h := range headers {
		if i > 0 {
			b = append(b, ';')
		}
		b = append(b, h.name...)
	}
	return b
}

// appendCanonicalURI appends the path with every segment percent-encoded
// and a trailing "/": "/v1/a b" becomes "/v1/a%20b/". A path that already
// ends in "/" gets no second one, and an empty path is "/".
func appendCanonicalURI(b []byte, path string) []byte {
	start := len(b)
	for {
		seg, rest, more := strings.Cut(path, "/")
		b = appendEscaped(b, seg)
		if !more {
			break
		}
		b = append(b, '/')
		path = rest
	}
	if len(b) == start || b[len(b)-1] != '/' {
		b = append(b, '/')
	}
	return b
}

// queryPair is one decoded name=value pair of a query.
type queryPair struct{ name, value string }

// appendCanonicalQuery appends the query's pairs sorted by decoded name,
// then decoded value, each side percent-encoded, joined by "&". The query
// is decoded as a server decodes it (url.ParseQuery's rules: "+" is a
// space, a pair with ";" or a bad escape is dropped), so both sides sign
// the same pairs.
func appendCanonicalQuery(b []byte, rawQuery string) []byte {
	if rawQuery == "" {
		return b
	}
	var stack [16]queryPair
	pairs := parseQueryPairs(stack[:0], rawQuery)
	slices.SortFunc(pairs, compareQueryPairs)
	for i, p := range pairs {
		if i > 0 {
			b = append(b, '&')
		}
		b = appendEscaped(b, p.name)
		b = append(b, '=')
		b = appendEscaped(b, p.value)
	}
	return b
}

// parseQueryPairs decodes rawQuery into pairs, following url.ParseQuery
// without building a map.
func parseQueryPairs(pairs []queryPair, rawQuery string) []queryPair {
	for rawQuery != "" {
		var part string
		part, rawQuery, _ = strings.Cut(rawQuery, "&")
		if part == "" || strings.Contains(part, ";") {
			continue
		}
		name, value, _ := strings.Cut(part, "=")
		name, err1 := url.QueryUnescape(name)
		value, err2 := url.QueryUnescape(value)
		if err1 == nil && err2 == nil {
			pairs = append(pairs, queryPair{name, value})
		}
	}
	return pairs
}

func compareQueryPairs(a, b queryPair) int {
	return cmp.Or(strings.Compare(a.name, b.name), strings.Compare(a.value, b.value))
}

// appendEscaped appends s with every byte outside the unreserved set
// A–Z a–z 0–9 - _ . ~ written as %XX in upper-case hex (a space is %20,
// never "+").
func appendEscaped(b []byte, s string) []byte {
	const hexDigits = "0123456789ABCDEF"
	for i := 0; i < len(s); i++ {
		c := s[i]
		if unreserved(c) {
			b = append(b, c)
			continue
		}
		b = append(b, '%', hexDigits[c>>4], hexDigits[c&15])
	}
	return b
}

func unreserved(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
		c == '-' || c == '_' || c == '.' || c == '~'
}
