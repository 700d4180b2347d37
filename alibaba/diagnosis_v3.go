package alibaba

import (
	"regexp"
	"strings"
)

// Signature V3 signs a digest of the canonical request, and a server that
// rejects a V3 signature quotes its string to sign, "ACS3-HMAC-SHA256"
// and that digest. The digests agreeing while the signature does not
// means both sides canonicalised the request alike and the secret is
// wrong; the digests differing means the requests differ, and a digest
// cannot say where. Alibaba Cloud does not document what else its V3
// message quotes; when it also quotes its canonical request ("… canonical
// request is:…", as alibabatest does), the verdict names the first part
// that differs (the query, a header by name, the payload hash), never a
// value. When the message quotes no V3 string to sign at all, the verdict
// says the mismatch was not diagnosed, and why.

// verdictV3Undiagnosed is appended when there is nothing to compare.
const verdictV3Undiagnosed = "[polycloud did not diagnose this signature V3 mismatch: the server's message quotes " +
	"no ACS3-HMAC-SHA256 string to sign to compare with; check the AccessKeySecret, and that nothing " +
	"(a proxy) changes the request after it is signed]"

var (
	// v3ServerDigest finds the digest in a quoted V3 string to sign,
	// whether the line break arrived decoded or as a literal "\n".
	v3ServerDigest = regexp.MustCompile(`ACS3-HMAC-SHA256\s*(?:\\n)?\s*([0-9a-fA-F]{64})`)
	// v3CanonicalRequestMarker introduces a quoted canonical request.
	v3CanonicalRequestMarker = regexp.MustCompile(`(?i)canonical ?request is:`)
)

// verdictV3 compares ours, the canonical request polycloud signed, with
// what the server's message quotes.
func verdictV3(ours, message string) string {
	m := v3ServerDigest.FindStringSubmatch(message)
	if m == nil {
		return verdictV3Undiagnosed
	}
	if strings.EqualFold(m[1], v3StringToSign(ours)[len(v3Algorithm)+1:]) {
		return verdictSame
	}
	if server, ok := serverCanonicalRequest(message); ok {
		return verdictDiffer + " (first difference: " + firstDifferentPart(redactSecrets(ours), server) + ")]"
	}
	return verdictDiffer + " (the canonical request digests differ)]"
}

// serverCanonicalRequest returns the canonical request quoted at the end
// of message.
func serverCanonicalRequest(message string) (string, bool) {
	loc := v3CanonicalRequestMarker.FindStringIndex(message)
	if loc == nil {
		return "", false
	}
	cr := strings.TrimSpace(message[loc[1]:])
	return cr, cr != ""
}

// firstDifferentPart names the first line on which two canonical requests
// differ, by its role: the method, the path, the query, a header (by its
// name, which is never secret), the signed header list or the payload hash.
func firstDifferentPart(ours, server string) string {
	a, b := strings.Split(ours, "\n"), strings.Split(server, "\n")
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	blank := 3 // the empty line that ends the canonical headers
	for blank < len(a) && a[blank] != "" {
		blank++
	}
	switch {
	case i == len(a) && i == len(b):
		return "none found in the quoted text"
	case i < 3:
		return [...]string{"the method", "the path", "the query"}[i]
	case i < blank:
		return headerPart(a[i])
	case i <= blank+1:
		return "the set of signed headers"
	}
	return "the payload hash (the body changed after it was signed)"
}

// headerPart names a canonical header line by its name.
func headerPart(line string) string {
	name, _, _ := strings.Cut(line, ":")
	if name == "" || strings.Trim(name, "abcdefghijklmnopqrstuvwxyz0123456789-") != "" {
		return "a header"
	}
	return "header " + name
}
