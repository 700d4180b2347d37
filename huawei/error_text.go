package huawei

import (
	"bytes"
	"fmt"
	"html"
	"mime"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on what an error keeps from a response, so a hostile or broken
// server cannot fill logs through error strings.
const (
	maxCodeLen    = 128
	maxMessageLen = 1024
	maxTitleLen   = 120
	// secretRunLen is the shortest run of token characters treated as a
	// credential: tokens are kilobytes of base64, IDs are 32 to 36.
	secretRunLen = 64
)

// describeBody is the message of a failure whose body is not a JSON
// object: an HTML page from a load balancer, truncated JSON, plain text.
// It names the content type and quotes no more than an HTML title.
func describeBody(contentType string, body []byte) string {
	body = bytes.TrimSpace(body)
	if len(body) == 0 {
		return "empty response body"
	}
	ct := contentType
	if ct == "" {
		ct = "none"
	}
	if mt, _, _ := mime.ParseMediaType(contentType); mt == "text/html" || looksLikeHTML(body) {
		if title := htmlTitle(body); title != "" {
			return fmt.Sprintf("HTML page instead of a JSON error (content type %s): %s", ct, title)
		}
		return fmt.Sprintf("HTML page instead of a JSON error (content type %s)", ct)
	}
	return fmt.Sprintf("response body is not a JSON error object (content type %s, %d bytes)", ct, len(body))
}

func looksLikeHTML(body []byte) bool {
	return len(body) > 0 && body[0] == '<'
}

// htmlTitle is the text of the page's <title>, which gateways fill with
// the status ("502 Bad Gateway").
func htmlTitle(body []byte) string {
	lower := bytes.ToLower(body)
	start := bytes.Index(lower, []byte("<title>"))
	if start < 0 {
		return ""
	}
	start += len("<title>")
	end := bytes.Index(lower[start:], []byte("</title>"))
	if end < 0 {
		return ""
	}
	return truncate(html.UnescapeString(string(body[start:start+end])), maxTitleLen)
}

// cleanCode keeps a code or request id to one short line; a server that
// puts something token-like there gets it redacted like a message.
func cleanCode(s string) string { return truncate(redactSecrets(oneLine(s)), maxCodeLen) }

// cleanMessage keeps a server message to one line, bounded, with anything
// that looks like a token replaced: a gateway may echo what it rejected.
func cleanMessage(s string) string { return truncate(redactSecrets(oneLine(s)), maxMessageLen) }

// oneLine makes s valid UTF-8 on a single line, with spaces collapsed.
func oneLine(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// truncate cuts s to at most n bytes at a rune boundary, marking the cut.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
