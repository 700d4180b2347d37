package jsonx

import (
	"unicode/utf16"
	"unicode/utf8"
)

// appendUnescaped appends the decoded content of a JSON string (without its
// quotes) to dst. It gives what encoding/json gives for the same string:
// the standard escapes (and \', which encoding/json's unquoting also
// accepts), \uXXXX with surrogate pairs joined and a lone surrogate
// replaced by U+FFFD, and every byte of invalid UTF-8 replaced by U+FFFD.
// It reports false for what encoding/json would reject: a bad escape, a
// raw quote or a control character.
func appendUnescaped(dst, s []byte) ([]byte, bool) {
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == '\\':
			var ok bool
			if dst, i, ok = appendEscape(dst, s, i); !ok {
				return dst, false
			}
		case c == '"' || c < ' ':
			return dst, false
		case c < utf8.RuneSelf:
			dst = append(dst, c)
			i++
		default:
			r, size := utf8.DecodeRune(s[i:])
			dst = utf8.AppendRune(dst, r) // RuneError for an invalid byte
			i += size
		}
	}
	return dst, true
}

// simpleEscapes maps the byte after a backslash to what it stands for.
var simpleEscapes = [256]byte{'"': '"', '\\': '\\', '/': '/', '\'': '\'', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

// appendEscape decodes the escape sequence at s[i] (a backslash) and
// returns the position after it.
func appendEscape(dst, s []byte, i int) ([]byte, int, bool) {
	if i+1 >= len(s) {
		return dst, i, false
	}
	if c := simpleEscapes[s[i+1]]; c != 0 {
		return append(dst, c), i + 2, true
	}
	if s[i+1] != 'u' {
		return dst, i, false
	}
	r, ok := hex4(s[i+2:])
	if !ok {
		return dst, i, false
	}
	i += 6
	if utf16.IsSurrogate(r) {
		if r2, ok := hex4(s[min(i+2, len(s)):]); ok && i+1 < len(s) && s[i] == '\\' && s[i+1] == 'u' {
			if pair := utf16.DecodeRune(r, r2); pair != utf8.RuneError {
				return utf8.AppendRune(dst, pair), i + 6, true
			}
		}
		r = utf8.RuneError // a lone or mismatched surrogate; what follows is decoded on its own
	}
	return utf8.AppendRune(dst, r), i, true
}

// hex4 decodes four hex digits at the start of b.
func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
