package emu

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"strings"
	"sync"
)

// IDs makes deterministic identifiers. The n-th identifier of a kind
// depends only on the generator's seed, the kind and n, so an emulator
// seeded the same way hands out the same IDs in every run and examples
// can print them. It is safe for concurrent use (concurrent callers get
// distinct IDs, in an order the scheduler decides).
type IDs struct {
	seed string
	mu   sync.Mutex
	seq  map[string]uint64
}

// NewIDs returns a generator; emulators use their package name as seed so
// that Alibaba and Huawei IDs differ.
func NewIDs(seed string) *IDs { return &IDs{seed: seed, seq: map[string]uint64{}} }

// digest returns 32 pseudo-random bytes for the next ID of kind.
func (g *IDs) digest(kind string) [32]byte {
	g.mu.Lock()
	n := g.seq[kind]
	g.seq[kind] = n + 1
	g.mu.Unlock()
	var num [8]byte
	binary.BigEndian.PutUint64(num[:], n)
	return sha256.Sum256([]byte(g.seed + "\x00" + kind + "\x00" + string(num[:])))
}

// lowerAlnum is the alphabet of Alibaba Cloud resource IDs.
const lowerAlnum = "abcdefghijklmnopqrstuvwxyz0123456789"

// Alibaba returns an ID shaped like Alibaba Cloud's: the prefix, "-bp1"
// and 18 lowercase letters and digits, e.g. "ga-bp1odcab8tmno0hdq2xk7".
// Each prefix has its own sequence.
func (g *IDs) Alibaba(prefix string) string {
	d := g.digest("alibaba/" + prefix)
	var b strings.Builder
	b.WriteString(prefix + "-bp1")
	for _, c := range d[:18] {
		b.WriteByte(lowerAlnum[int(c)%len(lowerAlnum)])
	}
	return b.String()
}

// Hex32 returns 32 lowercase hex digits, the shape of Huawei Cloud project,
// domain and instance IDs and of API Gateway backend IDs.
func (g *IDs) Hex32(kind string) string {
	d := g.digest("hex/" + kind)
	return hex.EncodeToString(d[:16])
}

// UUID returns a version-4-shaped UUID in lowercase, e.g.
// "915a14a6-867b-4af7-83d1-70efceb146f9".
func (g *IDs) UUID(kind string) string {
	d := g.digest("uuid/" + kind)
	d[6] = d[6]&0x0f | 0x40
	d[8] = d[8]&0x3f | 0x80
	h := hex.EncodeToString(d[:16])
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
}

// Bytes returns n pseudo-random bytes of kind, for opaque values such as
// tokens that must be long and unique per issue.
func (g *IDs) Bytes(kind string, n int) []byte {
	out := make([]byte, 0, n+32)
	d := g.digest("bytes/" + kind)
	for len(out) < n {
		out = append(out, d[:]...)
		d = sha256.Sum256(d[:])
	}
	return out[:n]
}
