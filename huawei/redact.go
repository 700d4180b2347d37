package huawei

import "strings"

// redactSecrets replaces every long run of token characters that mixes
// upper case, lower case and digits (base64 tokens, keys), or that is all
// hex digits (access-key signatures: 64 of them), with "[redacted]".
// Paths and IDs (32 hex digits), and words, stay readable.
func redactSecrets(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		start := strings.IndexFunc(s, isTokenRune)
		if start < 0 {
			b.WriteString(s)
			break
		}
		end := start + strings.IndexFunc(s[start:], func(r rune) bool { return !isTokenRune(r) })
		if end < start {
			end = len(s)
		}
		b.WriteString(s[:start])
		b.WriteString(redactRun(s[start:end]))
		s = s[end:]
	}
	return b.String()
}

// redactRun hides one run of token characters if it looks like a secret.
func redactRun(run string) string {
	if len(run) < secretRunLen || !(mixed(run) || allHex(run)) {
		return run
	}
	return "[redacted]"
}

// isTokenRune reports the characters of base64, base64url and hex.
func isTokenRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' ||
		r == '+' || r == '/' || r == '=' || r == '-' || r == '_' || r == '%'
}

// mixed reports whether run has upper case, lower case and digits, as
// random base64 of this length almost always does.
func mixed(run string) bool {
	var upper, lower, digit bool
	for _, r := range run {
		switch {
		case r >= 'A' && r <= 'Z':
			upper = true
		case r >= 'a' && r <= 'z':
			lower = true
		case r >= '0' && r <= '9':
			digit = true
		}
	}
	return upper && lower && digit
}

// allHex reports whether run is hex digits only, like a signature.
func allHex(run string) bool {
	for _, r := range run {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F') {
			return false
		}
	}
	return true
}
