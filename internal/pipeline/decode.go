package pipeline

import (
	"errors"
	"fmt"
	"github.com/polycloud-go/polycloud/internal/jsonx"
	"net/url"

	"github.com/polycloud-go/polycloud/internal/apierr"
)

// decode stores a successful body into out.
func (c *Client) decode(call *Call, r *received, attempts int, out any) (*Response, error) {
	resp := &r.Response
	resp.Attempts = attempts
	switch dst := out.(type) {
	case nil:
		return resp, nil
	case *[]byte:
		*dst = r.body
		return resp, nil
	}
	if len(r.body) == 0 {
		return resp, nil
	}
	if err := jsonx.Unmarshal(r.body, out); err != nil {
		return nil, &apierr.DecodeError{
			Provider: c.dialect.Provider(), Service: call.Service, Operation: call.Operation,
			StatusCode: r.StatusCode, RequestID: c.dialect.RequestID(r.Header),
			ContentType: r.Header.Get("Content-Type"), Err: err,
		}
	}
	return resp, nil
}

// finalError labels a failure with the call and strips anything secret:
// an *url.Error's URL carries the Alibaba signature and STS token.
func (c *Client) finalError(call *Call, err error, attempts int) error {
	var se *signError
	if errors.As(err, &se) { // before *apierr.Error: an IAM failure inside must name this call too
		return c.wrap(call, se)
	}
	var apiErr *apierr.Error
	if errors.As(err, &apiErr) {
		return apiErr
	}
	if attempts > 1 {
		return fmt.Errorf("%s (after %d attempts): %w", c.prefix(call), attempts, redact(err))
	}
	return fmt.Errorf("%s: %w", c.prefix(call), redact(err))
}

func (c *Client) wrap(call *Call, err error) error {
	return fmt.Errorf("%s: %w", c.prefix(call), redact(err))
}

func (c *Client) prefix(call *Call) string {
	return c.dialect.Provider() + " " + call.Service + " " + call.Operation
}

// redact replaces the URL inside a *url.Error with scheme, host and path.
func redact(err error) error {
	var ue *url.Error
	if !errors.As(err, &ue) {
		return err
	}
	return &url.Error{Op: ue.Op, URL: RedactURL(ue.URL), Err: ue.Err}
}

// RedactURL drops the query, user info and fragment of a URL: the parts
// that may carry signatures, tokens or passwords.
func RedactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "<url>"
	}
	return u.Scheme + "://" + u.Host + u.EscapedPath()
}
