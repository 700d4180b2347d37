package alibabatest

import (
	"crypto/subtle"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// timestampLayout is the only Timestamp format the RPC style accepts.
const timestampLayout = "2006-01-02T15:04:05Z"

// maxClockSkew is how far a request's Timestamp may be from the server's
// clock before it is refused as expired.
const maxClockSkew = 15 * time.Minute

// authenticate checks the request the way Alibaba's gateway does: format,
// signature scheme, AccessKey, signature, timestamp, security token and,
// last, the nonce (so a refused request does not burn its nonce).
func (s *Server) authenticate(c *call) error {
	if c.v3 {
		return s.authenticateV3(c)
	}
	p := c.params
	if err := checkFormat(p); err != nil {
		return err
	}
	for _, name := range []string{"AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp"} {
		if p.Get(name) == "" {
			return missing(name)
		}
	}
	if err := checkScheme(p); err != nil {
		return err
	}
	key, ok := s.keys[p.Get("AccessKeyId")]
	if !ok {
		return newError(http.StatusNotFound, "InvalidAccessKeyId.NotFound", "Specified access key is not found.")
	}
	if err := checkSignature(c.x.R.Method, p, key.secret); err != nil {
		return err
	}
	return s.checkFreshness(freshness{keyID: p.Get("AccessKeyId"), key: key, timestamp: p.Get("Timestamp"),
		token: p.Get("SecurityToken"), nonce: p.Get("SignatureNonce")})
}

// freshness is what both signature schemes check after the signature:
// V1 reads it from parameters, V3 from x-acs-* headers.
type freshness struct {
	keyID     string
	key       accessKey
	timestamp string
	token     string
	nonce     string
}

// checkFreshness checks the timestamp, the security token and the nonce.
func (s *Server) checkFreshness(f freshness) error {
	now := s.now()
	if err := checkTimestamp(f.timestamp, now); err != nil {
		return err
	}
	if err := checkSecurityToken(f.token, f.key, now); err != nil {
		return err
	}
	if !s.nonces.use(f.keyID, f.nonce, now) {
		return newError(http.StatusBadRequest, "SignatureNonceUsed", "Specified signature nonce was used already.")
	}
	return nil
}

// checkFormat insists on JSON. The real server answers XML when Format is
// missing, which no JSON client can read; the emulator says so instead.
func checkFormat(p url.Values) error {
	switch f := p.Get("Format"); {
	case f == "":
		return newError(http.StatusBadRequest, "MissingFormat",
			"Format is mandatory for this action. (alibabatest answers JSON only; the real server would answer XML)")
	case !strings.EqualFold(f, "JSON"):
		return newError(http.StatusBadRequest, "InvalidFormat",
			"Specified parameter Format is not valid. (alibabatest answers JSON only, not "+f+")")
	}
	return nil
}

func checkScheme(p url.Values) error {
	if m := p.Get("SignatureMethod"); m != "HMAC-SHA1" {
		return newError(http.StatusBadRequest, "InvalidSignatureMethod",
			"Specified signature method "+m+" is not supported; use HMAC-SHA1.")
	}
	if v := p.Get("SignatureVersion"); v != "1.0" {
		return newError(http.StatusBadRequest, "InvalidSignatureVersion",
			"Specified signature version "+v+" is not supported; use 1.0.")
	}
	return nil
}

// checkSignature recomputes the signature; on a mismatch the message
// carries the server's string to sign, as the cloud's does (clients use
// it to tell a wrong secret from a canonicalisation bug, and must redact
// the SecurityToken in it before showing it).
func checkSignature(method string, p url.Values, secret string) error {
	sts := stringToSign(method, p)
	want := sign(secret, sts)
	if subtle.ConstantTimeCompare([]byte(want), []byte(p.Get("Signature"))) == 1 {
		return nil
	}
	return newError(http.StatusBadRequest, "SignatureDoesNotMatch",
		"Specified signature is not matched with our calculation. server string to sign is:"+sts)
}

func checkTimestamp(raw string, now time.Time) error {
	ts, err := time.Parse(timestampLayout, raw)
	if err != nil {
		return newError(http.StatusBadRequest, "InvalidTimeStamp.Format",
			"Specified time stamp or date value is not well formatted.")
	}
	if skew := now.Sub(ts); skew > maxClockSkew || skew < -maxClockSkew {
		return newError(http.StatusBadRequest, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.")
	}
	return nil
}

func checkSecurityToken(token string, key accessKey, now time.Time) error {
	switch {
	case !key.sts() && token != "":
		return newError(http.StatusBadRequest, "InvalidSecurityToken.MismatchWithAccessKey",
			"Specified SecurityToken mismatch with the AccessKey.")
	case !key.sts():
		return nil
	case token == "":
		return missing("SecurityToken")
	case subtle.ConstantTimeCompare([]byte(token), []byte(key.token)) != 1:
		return newError(http.StatusBadRequest, "InvalidSecurityToken.Malformed", "Specified SecurityToken is malformed.")
	case !key.expires.IsZero() && now.After(key.expires):
		return newError(http.StatusBadRequest, "InvalidSecurityToken.Expired", "Specified SecurityToken is expired.")
	}
	return nil
}
