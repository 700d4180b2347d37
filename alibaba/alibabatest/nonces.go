package alibabatest

import (
	"sync"
	"time"
)

// nonceMemory remembers the SignatureNonces seen per AccessKey, as the
// cloud does, so that a client that reuses one (a retry not re-signed)
// is refused with SignatureNonceUsed.
type nonceMemory struct {
	mu   sync.Mutex
	seen map[string]time.Time
}

// nonceWindow is how long a nonce is remembered: longer than the
// Timestamp tolerance on either side, after which the request would be
// refused as expired anyway.
const nonceWindow = 31 * time.Minute

// use records nonce for accessKeyID at now and reports whether it was new.
func (m *nonceMemory) use(accessKeyID, nonce string, now time.Time) bool {
	key := accessKeyID + "\x00" + nonce
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.seen == nil {
		m.seen = map[string]time.Time{}
	}
	if _, dup := m.seen[key]; dup {
		return false
	}
	m.forget(now)
	m.seen[key] = now
	return true
}

// forget drops nonces older than the window.
func (m *nonceMemory) forget(now time.Time) {
	for k, t := range m.seen {
		if now.Sub(t) > nonceWindow {
			delete(m.seen, k)
		}
	}
}
