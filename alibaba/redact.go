package alibaba

import (
	"regexp"
	"strings"
)

// Alibaba Cloud echoes the string it signed in SignatureDoesNotMatch
// messages, and credential sources quote response bodies in their errors.
// Both can carry an STS token or a signature, in the clear or
// percent-encoded once or more (SecurityToken=v&, SecurityToken%3Dv%26,
// SecurityToken%253Dv%2526), and a signature V3 message can quote a
// canonical request, whose header lines carry the token
// (x-acs-security-token:v). redactSecrets blanks those values wherever
// they appear, so no message polycloud returns or logs contains one.

const redactedValue = "<redacted>"

// redactedParams are the parameters whose values are never shown. The
// AccessKeySecret is not among them: it is never sent, only used as a key.
var redactedParams = [...]string{"SecurityToken", "Signature"}

// secretJSONField matches a JSON string member whose name mentions a
// secret, a token or a password ("AccessKeySecret", "sts_token", …).
var secretJSONField = regexp.MustCompile(`(?i)("[^"]*(?:secret|token|password)[^"]*"\s*:\s*")((?:[^"\\]|\\.)*)"`)

// secretHeaderLine matches the value of a header that carries a secret,
// as a quoted canonical request or a request dump writes it. The value
// runs to the next blank or quote: redacting too much is safe.
var secretHeaderLine = regexp.MustCompile(`(?i)(x-acs-security-token[ \t]*:[ \t]*)[^\s"'<>]+`)

// redactSecrets returns s with secret values replaced by "<redacted>".
func redactSecrets(s string) string {
	for _, name := range redactedParams {
		s = redactParam(s, name)
	}
	if strings.Contains(s, `"`) {
		s = secretJSONField.ReplaceAllString(s, `${1}`+redactedValue+`"`)
	}
	if strings.Contains(s, ":") {
		s = secretHeaderLine.ReplaceAllString(s, `${1}`+redactedValue)
	}
	return s
}

// minKnownSecret is the shortest known value redactKnown replaces: a
// shorter one would blank ordinary words. STS tokens are hundreds of bytes.
const minKnownSecret = 8

// redactKnown replaces a known secret value in s, raw and percent-encoded
// once or twice.
func redactKnown(s, secret string) string {
	if len(secret) < minKnownSecret || s == "" {
		return s
	}
	once := percentEncode(secret)
	for _, form := range [...]string{secret, once, percentEncode(once)} {
		s = strings.ReplaceAll(s, form, redactedValue)
	}
	return s
}

// redactParam blanks the value of every name=value occurrence of name in
// s, at any depth of percent-encoding.
func redactParam(s, name string) string {
	var b strings.Builder
	rest := s
	for {
		i := strings.Index(rest, name)
		if i < 0 {
			break
		}
		start := i + len(name)
		depth, n := separatorDepth(rest[start:])
		if n == 0 {
			b.WriteString(rest[:start])
			rest = rest[start:]
			continue
		}
		valueStart := start + n
		b.WriteString(rest[:valueStart])
		b.WriteString(redactedValue)
		rest = rest[valueStart+valueLen(rest[valueStart:], depth):]
	}
	if b.Len() == 0 {
		return s
	}
	b.WriteString(rest)
	return b.String()
}

// separatorDepth recognises "=" (depth 0), "%3D" (1), "%253D" (2), … at
// the start of s and returns its depth and length; n is 0 when s does not
// start with one.
func separatorDepth(s string) (depth, n int) {
	if strings.HasPrefix(s, "=") {
		return 0, 1
	}
	if !strings.HasPrefix(s, "%") {
		return 0, 0
	}
	i := 1
	for strings.HasPrefix(s[i:], "25") {
		i += 2
	}
	if len(s) >= i+2 && strings.EqualFold(s[i:i+2], "3D") {
		return (i-1)/2 + 1, i + 2
	}
	return 0, 0
}

// valueLen returns how long the value at the start of s is: up to the
// pair separator of the same depth ("&", "%26", "%2526", …), whitespace,
// a quote or an angle bracket, or the end. Redacting too much is safe;
// too little is not, so anything unexpected extends the value.
func valueLen(s string, depth int) int {
	if strings.HasPrefix(s, redactedValue) {
		return len(redactedValue) // already redacted: redacting twice changes nothing
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ', c == '\t', c == '\n', c == '\r', c == '"', c == '\'', c == '<', c == '>':
			return i
		case depth == 0 && c == '&':
			return i
		case depth > 0 && c == '%' && isAmpersandAtDepth(s[i:], depth):
			return i
		}
	}
	return len(s)
}

// isAmpersandAtDepth reports whether s starts with "&" encoded depth times.
func isAmpersandAtDepth(s string, depth int) bool {
	i := 1
	for range depth - 1 {
		if !strings.HasPrefix(s[i:], "25") {
			return false
		}
		i += 2
	}
	return strings.HasPrefix(s[i:], "26")
}
