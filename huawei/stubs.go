package huawei

// Temporary placeholders so the package compiles while credentials, the
// token cache, the signer and the error dialect are written. Replace this file.

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/polycloud-go/polycloud/internal/apierr"
	"github.com/polycloud-go/polycloud/internal/pipeline"
)

type Credentials interface{}

type Scope struct{ Project string }

func scopeFor(cfg Config, s Service) Scope {
	if s.DomainScoped {
		return Scope{}
	}
	return Scope{Project: cfg.Region}
}

type Token struct {
	Value               string
	ExpiresAt           time.Time
	ProjectID, DomainID string
}

type tokenCache struct{}

func newTokenCache(Config, pipeline.Settings) *tokenCache { return &tokenCache{} }
func (*tokenCache) Token(context.Context, Scope) (Token, error) {
	return Token{}, errors.New("not implemented")
}

type tokenSigner struct {
	tokens *tokenCache
	scope  Scope
}

func (*tokenSigner) Sign(context.Context, *http.Request, *pipeline.Call) error {
	return errors.New("not implemented")
}

type dialect struct{}

func (dialect) Provider() string { return "huawei" }
func (dialect) DecodeError(status int, header http.Header, body []byte) *apierr.Error {
	return &apierr.Error{}
}
func (dialect) RequestID(header http.Header) string { return "" }
