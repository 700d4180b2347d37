package huawei

import (
	"context"
	"net/http"
	"sync/atomic"

	"github.com/polycloud-go/polycloud/internal/pipeline"
)

// authHeader carries the token on every service request.
const authHeader = "X-Auth-Token"

// tokenSigner authenticates each attempt with the cached token of its
// scope. The pipeline refuses to send a signed request to any host but the
// call's endpoint, so the token never follows a redirect.
type tokenSigner struct {
	tokens *tokenCache
	scope  Scope
	// header is the X-Auth-Token value of the token last used, shared
	// read-only by every request it signs, so a cached token costs no
	// allocation.
	header atomic.Pointer[[]string]
}

var (
	_ pipeline.Signer          = (*tokenSigner)(nil)
	_ pipeline.Reauthenticator = (*tokenSigner)(nil)
)

// Sign sets X-Auth-Token, obtaining a token first when none is fresh.
// Errors come from the credentials and never contain the token.
func (s *tokenSigner) Sign(ctx context.Context, req *http.Request, _ *pipeline.Call) error {
	tok, err := s.tokens.Token(ctx, s.scope)
	if err != nil {
		return err
	}
	req.Header[authHeader] = s.headerFor(tok.Value)
	return nil
}

// Reauthenticate runs after a 401: the token can be revoked or expire
// early (a changed password ends it within 30 minutes). It forgets the
// token the rejected request carried, unless another caller already
// replaced it, and lets the pipeline replay once with a new one. A static
// token cannot be replaced, so it ends the call with a clear error.
func (s *tokenSigner) Reauthenticate(_ context.Context, rejected *http.Response) error {
	if _, ok := s.tokens.creds.(staticToken); ok {
		return errStaticTokenRejected
	}
	s.tokens.Invalidate(s.scope, rejectedToken(rejected))
	return nil
}

// rejectedToken is the token the rejected request carried: the request a
// transport attaches to its response is the signed one.
func rejectedToken(rejected *http.Response) string {
	if rejected == nil || rejected.Request == nil {
		return ""
	}
	return rejected.Request.Header.Get(authHeader)
}

// headerFor returns []string{value}: the same slice while the token is
// unchanged. Requests only read it (net/http writes headers, it never
// modifies them), so sharing it is safe.
func (s *tokenSigner) headerFor(value string) []string {
	if h := s.header.Load(); h != nil && (*h)[0] == value {
		return *h
	}
	h := []string{value}
	s.header.Store(&h)
	return h
}
