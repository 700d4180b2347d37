package alibabatest

import (
	"crypto/subtle"
	"net/http"
	"net/url"
	"slices"
	"strings"
)

// Signature V3 is checked in the order Alibaba's gateway checks it: the
// Authorization header's shape, that every header that must be signed
// is, the AccessKey, the signature (which covers the body through its
// SHA-256), then the x-acs-date, the STS token and, last, the nonce, so
// a refused request does not spend its nonce. The nonce memory and the
// clock are the ones V1 uses: a nonce is spent whichever scheme used it.

// requiredV3Headers must be on every V3 request besides x-acs-action and
// x-acs-version, which routing needs first.
var requiredV3Headers = [...]string{"x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"}

// v3Authorization is a parsed Authorization header:
// "ACS3-HMAC-SHA256 Credential=id,SignedHeaders=a;b,Signature=hex".
type v3Authorization struct {
	credential    string
	signedHeaders []string
	signature     string
}

// isV3 reports a request signed with an ACS3 signature.
func isV3(r *http.Request) bool { return strings.HasPrefix(r.Header.Get("Authorization"), "ACS3-") }

// authenticateV3 checks a signature V3 request.
func (s *Server) authenticateV3(c *call) error {
	r := c.x.R
	auth, err := parseV3Authorization(r.Header.Get("Authorization"))
	if err != nil {
		return err
	}
	if err := checkFormatV3(c.params); err != nil {
		return err
	}
	if err := checkSignedHeaders(r, auth.signedHeaders); err != nil {
		return err
	}
	key, ok := s.keys[auth.credential]
	if !ok {
		return newError(http.StatusNotFound, "InvalidAccessKeyId.NotFound", "Specified access key is not found.")
	}
	if err := checkSignatureV3(r, c.query, auth, c.body, key.secret); err != nil {
		return err
	}
	return s.checkFreshness(freshness{keyID: auth.credential, key: key, timestamp: r.Header.Get("x-acs-date"),
		token: r.Header.Get("x-acs-security-token"), nonce: r.Header.Get("x-acs-signature-nonce")})
}

// incomplete is the gateway's answer to a V3 signature it cannot check.
func incomplete(why string) *apiError {
	return newError(http.StatusBadRequest, "IncompleteSignature",
		"The request signature does not conform to Aliyun standards. (alibabatest: "+why+")")
}

// parseV3Authorization reads the Authorization header.
func parseV3Authorization(h string) (v3Authorization, error) {
	algorithm, rest, _ := strings.Cut(h, " ")
	if algorithm != v3Algorithm {
		return v3Authorization{}, newError(http.StatusBadRequest, "InvalidSignatureMethod",
			"Specified signature method "+algorithm+" is not supported; alibabatest verifies "+v3Algorithm+" and HMAC-SHA1.")
	}
	var a v3Authorization
	for _, part := range strings.Split(rest, ",") {
		name, value, _ := strings.Cut(strings.TrimSpace(part), "=")
		switch {
		case value == "":
		case name == "Credential":
			a.credential = value
		case name == "SignedHeaders":
			a.signedHeaders = strings.Split(value, ";")
		case name == "Signature":
			a.signature = value
		}
	}
	if a.credential == "" || a.signature == "" || len(a.signedHeaders) == 0 {
		return a, incomplete("the Authorization header needs Credential, SignedHeaders and Signature")
	}
	return a, nil
}

// checkFormatV3 accepts a request without Format (V3 answers JSON by
// default) but, like V1, refuses any format but JSON.
func checkFormatV3(p url.Values) error {
	if f := p.Get("Format"); f != "" && !strings.EqualFold(f, "JSON") {
		return newError(http.StatusBadRequest, "InvalidFormat",
			"Specified parameter Format is not valid. (alibabatest answers JSON only, not "+f+")")
	}
	return nil
}

// checkSignedHeaders insists on a lower-case, sorted, duplicate-free list
// that names host and every content-type and x-acs-* header the request
// carries: an unsigned x-acs-* header could be changed on the way.
func checkSignedHeaders(r *http.Request, signed []string) error {
	for i, name := range signed {
		if name != strings.ToLower(name) || (i > 0 && signed[i-1] >= name) {
			return incomplete("SignedHeaders must be lower-case, sorted and without repeats")
		}
	}
	if !slices.Contains(signed, "host") {
		return incomplete("the host header must be signed")
	}
	for _, name := range requiredV3Headers {
		if r.Header.Get(name) == "" {
			return incomplete("the " + name + " header is missing")
		}
	}
	for name := range r.Header {
		lower := strings.ToLower(name)
		if (strings.HasPrefix(lower, "x-acs-") || lower == "content-type") && !slices.Contains(signed, lower) {
			return incomplete("the " + lower + " header is not signed")
		}
	}
	return nil
}

// checkSignatureV3 recomputes the signature over what arrived. On a
// mismatch the message quotes the server's string to sign and, last, its
// canonical request, so a client can find what differs (and must redact
// the x-acs-security-token line before showing it).
func checkSignatureV3(r *http.Request, query url.Values, auth v3Authorization, body []byte, secret string) error {
	cr := canonicalRequestV3(r, query, auth.signedHeaders, body)
	sts := stringToSignV3(cr)
	bodyTampered := r.Header.Get("x-acs-content-sha256") != sha256Hex(body)
	if subtle.ConstantTimeCompare([]byte(signV3(secret, sts)), []byte(auth.signature)) == 1 && !bodyTampered {
		return nil
	}
	message := "Specified signature is not matched with our calculation."
	if bodyTampered {
		message += " The x-acs-content-sha256 header is not the SHA-256 of the request body: was the body changed after it was signed?"
	}
	return newError(http.StatusBadRequest, "SignatureDoesNotMatch",
		message+" server string to sign is:"+sts+" server canonical request is:"+cr)
}
