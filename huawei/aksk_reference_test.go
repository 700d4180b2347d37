package huawei

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strings"
)

// The reference implementation of SDK-HMAC-SHA256 the tests hold the
// signer to: written as plainly as the published algorithm reads, with
// no buffers, no pooling and no shared code, on the request as a server
// receives it (decoded path, decoded query, Host, header values, body).

// referenceSignature is what the reference computes for one request.
type referenceSignature struct {
	canonicalRequest, stringToSign, authorization string
}

// referenceSign signs req, whose body is body, covering signedHeaders
// (lower case, sorted), dated date.
func referenceSign(req *http.Request, body []byte, signedHeaders []string, date string, key AccessKey) referenceSignature {
	canonical := strings.Join([]string{
		req.Method,
		referenceURI(req.URL.Path),
		referenceQuery(req.URL.RawQuery),
		referenceHeaders(req, signedHeaders),
		strings.Join(signedHeaders, ";"),
		referenceHexSHA256(body),
	}, "\n")
	toSign := "SDK-HMAC-SHA256\n" + date + "\n" + referenceHexSHA256([]byte(canonical))
	mac := hmac.New(sha256.New, []byte(key.Secret))
	mac.Write([]byte(toSign))
	auth := fmt.Sprintf("SDK-HMAC-SHA256 Access=%s, SignedHeaders=%s, Signature=%x",
		key.ID, strings.Join(signedHeaders, ";"), mac.Sum(nil))
	return referenceSignature{canonical, toSign, auth}
}

// referenceURI encodes each segment of the decoded path; it ends in "/".
func referenceURI(path string) string {
	parts := strings.Split(path, "/")
	for i := range parts {
		parts[i] = referenceEncode(parts[i])
	}
	uri := strings.Join(parts, "/")
	if !strings.HasSuffix(uri, "/") {
		uri += "/"
	}
	return uri
}

// referenceQuery sorts the names, then each name's values, and encodes
// both. The query is decoded as a Go server decodes it.
func referenceQuery(rawQuery string) string {
	values, _ := url.ParseQuery(rawQuery)
	var names []string
	for name := range values {
		names = append(names, name)
	}
	sort.Strings(names)
	var pairs []string
	for _, name := range names {
		vs := append([]string(nil), values[name]...)
		sort.Strings(vs)
		for _, v := range vs {
			pairs = append(pairs, referenceEncode(name)+"="+referenceEncode(v))
		}
	}
	return strings.Join(pairs, "&")
}

// referenceHeaders writes "name:value\n" for each signed header.
func referenceHeaders(req *http.Request, signedHeaders []string) string {
	out := ""
	for _, name := range signedHeaders {
		value := req.Header.Get(name)
		if name == "host" {
			value = req.Host
		}
		out += name + ":" + strings.TrimSpace(value) + "\n"
	}
	return out
}

// referenceEncode percent-encodes every byte but A-Z a-z 0-9 - _ . ~.
func referenceEncode(s string) string {
	out := ""
	for _, c := range []byte(s) {
		if strings.ContainsRune("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~", rune(c)) {
			out += string(rune(c))
		} else {
			out += fmt.Sprintf("%%%02X", c)
		}
	}
	return out
}

func referenceHexSHA256(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
