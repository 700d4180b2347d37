package emu

import (
	"encoding/base64"
	"encoding/binary"
	"hash/crc32"
	"math"
)

// Tokens are opaque to clients but carry, in 12 bytes, the position of the
// next item, a salt (0 for the regular token of a position, non-zero for
// the fresh tokens of injected empty pages) and a checksum of the
// operation, so a token from another listing, or a mangled one, is
// refused.

// encodeToken returns the token that continues op at pos.
func encodeToken(op string, pos int, salt uint64) string {
	var b [12]byte
	binary.BigEndian.PutUint32(b[0:4], uint32(min(pos, math.MaxUint32)))
	binary.BigEndian.PutUint32(b[4:8], uint32(salt))
	binary.BigEndian.PutUint32(b[8:12], crc32.ChecksumIEEE([]byte(op)))
	return base64.RawURLEncoding.EncodeToString(b[:])
}

// decodeToken returns the position a token of op continues at.
func decodeToken(op, tok string) (int, bool) {
	b, err := base64.RawURLEncoding.DecodeString(tok)
	if err != nil || len(b) != 12 || binary.BigEndian.Uint32(b[8:12]) != crc32.ChecksumIEEE([]byte(op)) {
		return 0, false
	}
	return int(binary.BigEndian.Uint32(b[0:4])), true
}
