package alibaba

// The RPC signature percent-encodes every name and value as RFC 3986
// does: the unreserved bytes A-Z a-z 0-9 - _ . ~ stay as they are, every
// other byte of the UTF-8 form becomes %XX in upper-case hex. Unlike
// url.QueryEscape, a space is %20 (never +) and * is %2A. Encoding is
// byte-wise, so invalid UTF-8 is encoded too, never rejected.

const upperHex = "0123456789ABCDEF"

// unreserved marks the bytes that are never encoded. It is a table, not a
// switch, because encoding sits on the signing hot path.
var unreserved = func() (t [256]bool) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c], t[c+'a'-'A'] = true, true
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	t['-'], t['_'], t['.'], t['~'] = true, true, true, true
	return t
}()

// percentEncode returns s encoded. A string that needs no encoding is
// returned as is, without allocating.
func percentEncode(s string) string {
	if firstReserved(s) < 0 {
		return s
	}
	return string(appendEncoded(make([]byte, 0, encodedLen(s)), s))
}

// firstReserved returns the index of the first byte of s that must be
// encoded, or -1.
func firstReserved(s string) int {
	for i := 0; i < len(s); i++ {
		if !unreserved[s[i]] {
			return i
		}
	}
	return -1
}

// encodedLen returns len(percentEncode(s)), so buffers can be sized once.
func encodedLen(s string) int {
	n := len(s)
	for i := 0; i < len(s); i++ {
		if !unreserved[s[i]] {
			n += 2
		}
	}
	return n
}

// appendEncoded appends the encoding of s to dst, copying clean runs in
// one go.
func appendEncoded(dst []byte, s string) []byte {
	for {
		i := firstReserved(s)
		if i < 0 {
			return append(dst, s...)
		}
		c := s[i]
		dst = append(append(dst, s[:i]...), '%', upperHex[c>>4], upperHex[c&0x0f])
		s = s[i+1:]
	}
}

// appendEncodedTwice appends enc(s) to once and enc(enc(s)) to twice in a
// single pass: encoding "%XY" again gives "%25XY", as X and Y are hex
// digits, which need no encoding.
func appendEncodedTwice(once, twice []byte, s string) ([]byte, []byte) {
	for {
		i := firstReserved(s)
		if i < 0 {
			return append(once, s...), append(twice, s...)
		}
		c := s[i]
		hi, lo := upperHex[c>>4], upperHex[c&0x0f]
		once = append(append(once, s[:i]...), '%', hi, lo)
		twice = append(append(twice, s[:i]...), '%', '2', '5', hi, lo)
		s = s[i+1:]
	}
}
