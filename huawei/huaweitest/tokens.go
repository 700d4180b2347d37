package huaweitest

import (
	"encoding/base64"
	"sync"
	"time"

	"github.com/polycloud-go/polycloud/internal/emu"
)

// tokenSize is the length of the DER blob inside a token; base64 makes the
// token about 6.4 KB, within the range of real ones.
const tokenSize = 4800

// tokenInfo is what the server knows about a token it issued.
type tokenInfo struct {
	domainScoped bool
	project      project // zero for domain-scoped tokens
	issued       time.Time
	expires      time.Time
}

// project is a project the server knows: its name (a region) and ID.
type project struct{ name, id string }

// tokenStore holds every token a server issued. It is safe for concurrent use.
type tokenStore struct {
	mu     sync.Mutex
	tokens map[string]*tokenInfo
}

// issue stores info under a new opaque token and returns the token. Like
// Huawei's PKI tokens it is base64 of a DER SEQUENCE ("MII…") of several
// kilobytes, unique per issue.
func (s *tokenStore) issue(ids *emu.IDs, info tokenInfo) string {
	der := append([]byte{0x30, 0x82, tokenSize >> 8, tokenSize & 0xff}, ids.Bytes("token", tokenSize)...)
	tok := base64.StdEncoding.EncodeToString(der)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tokens == nil {
		s.tokens = map[string]*tokenInfo{}
	}
	s.tokens[tok] = &info
	return tok
}

// lookup returns what the server knows about tok.
func (s *tokenStore) lookup(tok string) (tokenInfo, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	info, ok := s.tokens[tok]
	if !ok {
		return tokenInfo{}, false
	}
	return *info, true
}

// expireAll makes every issued token expire at now.
func (s *tokenStore) expireAll(now time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, info := range s.tokens {
		if info.expires.After(now) {
			info.expires = now
		}
	}
}
