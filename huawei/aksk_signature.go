package huawei

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"sync"
	"sync/atomic"
)

// scratch is the memory one signature is built in, recycled through a
// pool: with it, signing an attempt allocates only the header values it
// sends.
type scratch struct {
	buf     []byte
	headers [4]signedHeader
}

var scratchPool = sync.Pool{New: func() any { return &scratch{buf: make([]byte, 0, 1024)} }}

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

// putScratch returns sc to the pool, dropping what could keep a request's
// header values (a security token) alive. An unusually large buffer is
// let go instead of being kept for every later signature.
func putScratch(sc *scratch) {
	clear(sc.headers[:])
	if cap(sc.buf) > 64<<10 {
		return
	}
	scratchPool.Put(sc)
}

// authorization computes the signature of in and returns the
// Authorization header value:
//
//	SDK-HMAC-SHA256 Access={ID}, SignedHeaders={names}, Signature={hex}
//
// The canonical request, the string to sign, the raw signature and the
// header value follow one another in sc.buf.
func (sc *scratch) authorization(key AccessKey, date string, in *signingInput, macs *macCache) string {
	b := appendCanonicalRequest(sc.buf[:0], in)
	canonicalEnd := len(b)
	b = appendStringToSign(b, date, b[:canonicalEnd])
	stringToSignEnd := len(b)
	b = macs.appendSum(b, key.Secret, b[canonicalEnd:stringToSignEnd])
	sigEnd := len(b)
	b = append(b, signAlgorithm+" Access="...)
	b = append(b, key.ID...)
	b = append(b, ", SignedHeaders="...)
	b = appendSignedHeaderNames(b, in.headers)
	b = append(b, ", Signature="...)
	b = hex.AppendEncode(b, b[stringToSignEnd:sigEnd])
	sc.buf = b
	return string(b[sigEnd:])
}

// macCache keeps HMAC-SHA256 states keyed with the secret last used:
// keying an HMAC costs two SHA-256 blocks and five allocations, and a
// client signs with the same secret for its whole life. A new secret (a
// rotated temporary key) replaces the cache.
type macCache struct {
	cur atomic.Pointer[macPool]
}

// macPool holds HMAC states keyed with one secret.
type macPool struct {
	secret string
	pool   sync.Pool
}

// appendSum appends HMAC-SHA256(secret, msg) to b.
func (c *macCache) appendSum(b []byte, secret string, msg []byte) []byte {
	p := c.cur.Load()
	if p == nil || p.secret != secret {
		p = &macPool{secret: secret}
		p.pool.New = func() any { return hmac.New(sha256.New, []byte(secret)) }
		c.cur.Store(p)
	}
	mac := p.pool.Get().(hash.Hash)
	mac.Reset()
	mac.Write(msg)
	b = mac.Sum(b)
	p.pool.Put(mac)
	return b
}
