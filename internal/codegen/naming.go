package codegen

import (
	"go/token"
	"strings"
	"unicode"
	"unicode/utf8"
)

// initialisms maps a lower-case word to how Go spells it, so wire names
// become idiomatic Go names: "AcceleratorId" gives AcceleratorID and
// "ip_type" gives IPType. Plurals of these words are handled by goWord.
var initialisms = map[string]string{
	"acl": "ACL", "api": "API", "arn": "ARN", "ca": "CA", "cidr": "CIDR",
	"cpu": "CPU", "dns": "DNS", "http": "HTTP", "https": "HTTPS", "id": "ID",
	"ip": "IP", "ipv4": "IPv4", "ipv6": "IPv6", "json": "JSON", "jwt": "JWT",
	"nat": "NAT", "oidc": "OIDC", "qps": "QPS", "sla": "SLA", "sql": "SQL",
	"ssh": "SSH", "ssl": "SSL", "tcp": "TCP", "tls": "TLS", "ttl": "TTL",
	"udp": "UDP", "uid": "UID", "uri": "URI", "url": "URL", "uuid": "UUID",
	"vpc": "VPC", "vpn": "VPN", "xml": "XML",
}

// goName turns a wire name into an exported Go name: words are split at
// underscores, hyphens, dots and case changes, initialisms are upper-cased
// and every other word is capitalized. It returns "" when no letter or
// digit is left, and the result may still start with a digit; callers
// check it with isExportedIdent.
func goName(wire string) string {
	var b strings.Builder
	for _, w := range splitWords(wire) {
		b.WriteString(goWord(w))
	}
	return b.String()
}

// goWord spells one word the Go way.
func goWord(w string) string {
	lower := strings.ToLower(w)
	if s, ok := initialisms[lower]; ok {
		return s
	}
	if stem, ok := strings.CutSuffix(lower, "s"); ok && !strings.HasSuffix(stem, "s") {
		if s, ok := initialisms[stem]; ok {
			return s + "s"
		}
	}
	_, size := utf8.DecodeRuneInString(lower)
	return strings.ToUpper(lower[:size]) + lower[size:]
}

// splitWords splits a wire name into words. A word boundary is any rune
// that is not a letter or digit, a lower-case letter or digit followed by
// an upper-case letter ("listenerId"), and the last upper-case letter of a
// run that starts a new word ("HTTPServer" gives HTTP, Server). Digits
// stay with the word before them ("Ipv6Address" gives Ipv6, Address).
func splitWords(s string) []string {
	var words []string
	rs := []rune(s)
	start := -1
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			words = appendWord(words, rs, start, i)
			start = -1
			continue
		}
		if start >= 0 && startsWord(rs, i) {
			words = appendWord(words, rs, start, i)
			start = i
		}
		if start < 0 {
			start = i
		}
	}
	return appendWord(words, rs, start, len(rs))
}

// startsWord reports whether rs[i], a letter or digit inside a word,
// begins a new one.
func startsWord(rs []rune, i int) bool {
	if !unicode.IsUpper(rs[i]) {
		return false
	}
	prev := rs[i-1]
	if unicode.IsLower(prev) || unicode.IsDigit(prev) {
		return true
	}
	return unicode.IsUpper(prev) && i+1 < len(rs) && unicode.IsLower(rs[i+1])
}

func appendWord(words []string, rs []rune, start, end int) []string {
	if start < 0 || start >= end {
		return words
	}
	return append(words, string(rs[start:end]))
}

// snakeName is a Go name in lower snake case, for file names:
// "ListByoipPools" gives "list_byoip_pools".
func snakeName(name string) string {
	words := splitWords(name)
	for i, w := range words {
		words[i] = strings.ToLower(w)
	}
	return strings.Join(words, "_")
}

// isExportedIdent reports whether s is a valid exported Go identifier
// that is not a keyword.
func isExportedIdent(s string) bool {
	return token.IsIdentifier(s) && token.IsExported(s)
}

// GoName is the Go name the generator derives from a wire name ("ip_type"
// gives IPType); tools that name things as the generator does call it.
func GoName(wire string) string { return goName(wire) }

// SplitWords splits a name into the words GoName spells.
func SplitWords(s string) []string { return splitWords(s) }
