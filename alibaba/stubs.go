package alibaba

// Temporary placeholders so the package compiles while the signer,
// credentials and error dialect are written. Replace this file.

import (
	"context"
	"errors"
	"net/http"

	"github.com/polycloud-go/polycloud/internal/apierr"
	"github.com/polycloud-go/polycloud/internal/pipeline"
)

type CredentialsProvider interface {
	Retrieve(ctx context.Context) (Credentials, error)
}

type Credentials struct{ AccessKeyID, AccessKeySecret, SecurityToken string }

func DefaultCredentials() CredentialsProvider { return nil }

type dialect struct{}

func (dialect) Provider() string { return "alibaba" }
func (dialect) DecodeError(status int, header http.Header, body []byte) *apierr.Error {
	return &apierr.Error{}
}
func (dialect) RequestID(header http.Header) string { return "" }

type stubSigner struct{}

func (stubSigner) Sign(context.Context, *http.Request, *pipeline.Call) error {
	return errors.New("not implemented")
}

func newSigner(CredentialsProvider) pipeline.Signer { return stubSigner{} }
