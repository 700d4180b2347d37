package huawei

import (
	"errors"
	"fmt"
	"time"

	"github.com/polycloud-go/polycloud/internal/pipeline"
)

// tokenBody is the part of IAM's CreateToken response polycloud reads.
// The catalog is not requested (nocatalog=true); roles and methods are
// not needed.
type tokenBody struct {
	Token struct {
		ExpiresAt string `json:"expires_at"`
		Project   struct {
			ID     string `json:"id"`
			Domain struct {
				ID string `json:"id"`
			} `json:"domain"`
		} `json:"project"`
		Domain struct {
			ID string `json:"id"`
		} `json:"domain"`
		User struct {
			Domain struct {
				ID string `json:"id"`
			} `json:"domain"`
		} `json:"user"`
	} `json:"token"`
}

// token combines the X-Subject-Token header with the body. A response
// without the header or without a readable expiry is an error: caching a
// token whose lifetime is unknown would either hammer IAM or use it past
// its expiry.
func (b *tokenBody) token(resp *pipeline.Response) (Token, error) {
	requestID := dialect{}.RequestID(resp.Header)
	value := resp.Header.Get("X-Subject-Token")
	if value == "" {
		return Token{}, iamResponseError(resp.StatusCode, requestID, "no X-Subject-Token header")
	}
	expires, err := time.Parse(time.RFC3339Nano, b.Token.ExpiresAt)
	if err != nil {
		return Token{}, iamResponseError(resp.StatusCode, requestID,
			fmt.Sprintf("token.expires_at %q is not an RFC 3339 time", truncate(b.Token.ExpiresAt, 64)))
	}
	return Token{Value: value, ExpiresAt: expires, ProjectID: b.Token.Project.ID, DomainID: b.domainID()}, nil
}

// domainID is the account's ID, wherever this kind of token carries it.
func (b *tokenBody) domainID() string {
	for _, id := range []string{b.Token.Domain.ID, b.Token.Project.Domain.ID, b.Token.User.Domain.ID} {
		if id != "" {
			return id
		}
	}
	return ""
}

func iamResponseError(status int, requestID, problem string) error {
	msg := fmt.Sprintf("huawei iam CreateToken: HTTP %d response is unusable: %s", status, problem)
	if requestID != "" {
		msg += " (request id " + requestID + ")"
	}
	return errors.New(msg)
}
