package alibaba

import (
	"net/http"
	"strings"
)

// Signature V3 signs host, content-type (when present) and every x-acs-*
// header the request carries, including any the caller added with
// WithHeader: the server expects every x-acs-* header it receives to be
// signed. To sign exactly what is sent, the signer first gives each of
// those headers the one canonical key and the one value net/http will put
// on the wire (several values joined by ",", line breaks as spaces, outer
// blanks trimmed, as the wire writer does), then signs that value.

// Canonical (net/textproto) keys of the headers the V3 signer sets;
// constants, so setting them costs no allocation.
const (
	hdrAction        = "X-Acs-Action"
	hdrVersion       = "X-Acs-Version"
	hdrDate          = "X-Acs-Date"
	hdrNonce         = "X-Acs-Signature-Nonce"
	hdrContentSHA256 = "X-Acs-Content-Sha256"
	hdrSecurityToken = "X-Acs-Security-Token"
	hdrAuthorization = "Authorization"
)

// acsPrefix starts the name of every header V3 signs besides host and
// content-type.
const acsPrefix = "x-acs-"

// setV3Headers sets the headers the signer owns, replacing any the caller
// set. values backs them all (one allocation); values[6] is left for the
// Authorization header.
func setV3Headers(h http.Header, values []string, action, version, digest string, in v3Input) {
	// Action, Version and the token come from outside the signer; the
	// date, the nonce and the digest are its own and always clean.
	values[0], values[1], values[2], values[3], values[4] = cleanValue(action), cleanValue(version), in.date, in.nonce, digest
	h[hdrAction] = values[0:1:1]
	h[hdrVersion] = values[1:2:2]
	h[hdrDate] = values[2:3:3]
	h[hdrNonce] = values[3:4:4]
	h[hdrContentSHA256] = values[4:5:5]
	if in.creds.SecurityToken == "" {
		delete(h, hdrSecurityToken) // only the credentials' token is ever sent
		return
	}
	values[5] = cleanValue(in.creds.SecurityToken)
	h[hdrSecurityToken] = values[5:6:6]
}

// setBySigner reports the canonical keys the signer sets itself.
func setBySigner(k string) bool {
	switch k {
	case hdrAction, hdrVersion, hdrDate, hdrNonce, hdrContentSHA256, hdrSecurityToken, hdrAuthorization:
		return true
	}
	return false
}

// isSignedHeader reports whether V3 signs the header called name.
func isSignedHeader(name string) bool {
	if len(name) > len(acsPrefix) && name[:len(acsPrefix)] == "X-Acs-" {
		return true // the canonical spelling, checked first as the common case
	}
	return strings.EqualFold(name, "Content-Type") ||
		(len(name) > len(acsPrefix) && strings.EqualFold(name[:len(acsPrefix)], acsPrefix))
}

// normalizeSignedHeaders rewrites the signed headers (and Authorization,
// which the signer replaces) that are not already one canonical key with
// one clean value. The usual request needs no rewrite and allocates nothing.
func normalizeSignedHeaders(h http.Header) {
	var rewrite []string
	for k, vs := range h {
		if setBySigner(k) {
			continue // replaced anyway
		}
		owned := isSignedHeader(k) || strings.EqualFold(k, hdrAuthorization)
		if owned && (!isCanonicalKey(k) || !isCleanValue(vs)) {
			rewrite = append(rewrite, k)
		}
	}
	for _, k := range rewrite {
		vs := h[k]
		delete(h, k)
		ck := http.CanonicalHeaderKey(k)
		h[ck] = []string{wireValue(append(h[ck], vs...))}
	}
}

// isCanonicalKey reports whether k is already in net/textproto's
// canonical form (an upper-case letter at the start and after each "-",
// lower case elsewhere), without the cost of canonicalising it: it runs
// for every header of every attempt. Anything unusual says no, and the
// rewrite then canonicalises properly.
func isCanonicalKey(k string) bool {
	upper := true
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch {
		case c == '-':
			upper = true
			continue
		case upper && 'a' <= c && c <= 'z', !upper && 'A' <= c && c <= 'Z':
			return false
		case c >= 0x80 || c <= ' ':
			return false
		}
		upper = false
	}
	return k != ""
}

// isCleanValue reports a single value that the wire writer sends
// unchanged.
func isCleanValue(vs []string) bool { return len(vs) == 1 && isCleanString(vs[0]) }

// cleanValue returns v as the wire writer would send it.
func cleanValue(v string) string {
	if isCleanString(v) {
		return v
	}
	return wireValue([]string{v})
}

// isCleanString reports a value without line breaks or blanks at either end.
func isCleanString(v string) bool {
	if v != "" && (isBlank(v[0]) || isBlank(v[len(v)-1])) {
		return false
	}
	for i := 0; i < len(v); i++ {
		if v[i] == '\r' || v[i] == '\n' {
			return false
		}
	}
	return true
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' }

// wireValue is what net/http sends for the values of one header, joined:
// line breaks become spaces and spaces and tabs at either end go.
func wireValue(vs []string) string {
	v := strings.Join(vs, ",")
	if strings.ContainsAny(v, "\r\n") {
		v = strings.NewReplacer("\r", " ", "\n", " ").Replace(v)
	}
	return strings.Trim(v, " \t")
}

// appendSignedHeaderKeys appends the keys of h that V3 signs.
func appendSignedHeaderKeys(dst []string, h http.Header) []string {
	for k := range h {
		if isSignedHeader(k) {
			dst = append(dst, k)
		}
	}
	return dst
}

// sortHeaderKeys orders keys by their lower-case form, as the canonical
// headers are; there are a handful, so an insertion sort does.
func sortHeaderKeys(keys []string) []string {
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && compareFold(keys[j-1], keys[j]) > 0; j-- {
			keys[j-1], keys[j] = keys[j], keys[j-1]
		}
	}
	return keys
}

// compareFold compares the ASCII lower-case forms of a and b.
func compareFold(a, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if ca, cb := lowerASCII(a[i]), lowerASCII(b[i]); ca != cb {
			return int(ca) - int(cb)
		}
	}
	return len(a) - len(b)
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// appendCanonicalHeaders appends one "name:value\n" line per signed header
// to dst, in order, host among them, and the names joined by ";" to signed.
func appendCanonicalHeaders(dst, signed []byte, h http.Header, keys []string, host string) ([]byte, []byte) {
	hostDone := false
	for _, k := range keys {
		if !hostDone && compareFold(k, "host") > 0 {
			dst, signed = appendHeaderLine(dst, signed, "host", host)
			hostDone = true
		}
		dst, signed = appendHeaderLine(dst, signed, k, h[k][0])
	}
	if !hostDone {
		dst, signed = appendHeaderLine(dst, signed, "host", host)
	}
	return dst, signed
}

// appendHeaderLine appends "name:value\n" (name lower-cased) to dst and
// the name to the ";"-separated list signed.
func appendHeaderLine(dst, signed []byte, name, value string) ([]byte, []byte) {
	if len(signed) > 0 {
		signed = append(signed, ';')
	}
	for i := 0; i < len(name); i++ {
		c := lowerASCII(name[i])
		dst, signed = append(dst, c), append(signed, c)
	}
	dst = append(append(append(dst, ':'), value...), '\n')
	return dst, signed
}
