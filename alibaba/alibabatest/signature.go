package alibabatest

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"maps"
	"net/url"
	"slices"
	"strings"
)

// This file is the server's own reference implementation of Alibaba
// Cloud's RPC signature (HMAC-SHA1, SignatureVersion 1.0), written
// straight from the published algorithm and independent of polycloud's
// signer, so that a signer bug fails tests instead of being mirrored.

// percentEncode is RFC 3986 encoding as the signature defines it: only
// A-Z a-z 0-9 - _ . ~ are kept, a space is %20, hex is uppercase.
func percentEncode(s string) string {
	e := url.QueryEscape(s)
	e = strings.ReplaceAll(e, "+", "%20")
	e = strings.ReplaceAll(e, "*", "%2A")
	return strings.ReplaceAll(e, "%7E", "~")
}

// canonicalQuery joins every parameter except Signature as
// encoded-name=encoded-value, sorted by name (and value, for repeats).
func canonicalQuery(params url.Values) string {
	return joinSorted(params, "Signature")
}

// joinSorted sorts the parameters by raw name, then value, as the
// documentation and every official SDK do, leaves out the names in
// skip, and joins enc(name)=enc(value)
// with "&". Sorting the encoded pairs instead would put "Tag.1=…" before
// "Tag=…" ("." sorts before "="), which is not the signed order.
func joinSorted(params url.Values, skip ...string) string {
	var pairs []string
	for _, name := range slices.Sorted(maps.Keys(params)) {
		if slices.Contains(skip, name) {
			continue
		}
		values := slices.Clone(params[name])
		slices.Sort(values)
		for _, v := range values {
			pairs = append(pairs, percentEncode(name)+"="+percentEncode(v))
		}
	}
	return strings.Join(pairs, "&")
}

// stringToSign is METHOD&%2F&encode(canonical query).
func stringToSign(method string, params url.Values) string {
	return method + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery(params))
}

// sign returns base64(HMAC-SHA1(secret + "&", stringToSign)).
func sign(secret, stringToSign string) string {
	mac := hmac.New(sha1.New, []byte(secret+"&"))
	mac.Write([]byte(stringToSign))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}
