package huawei

import (
	"net/http"

	"github.com/polycloud-go/polycloud/internal/apierr"
)

// dialect is how Huawei Cloud reports failures: error_code / error_msg
// from the API gateway and most services, {"error": {code, message}} from
// IAM and some others (with a numeric code at times), plain code / message
// elsewhere, and HTML pages from load balancers in front of them all.
type dialect struct{}

// Provider names the cloud in errors and logs.
func (dialect) Provider() string { return "huawei" }

// RequestID is the gateway's X-Request-Id header.
func (dialect) RequestID(header http.Header) string { return header.Get("X-Request-Id") }

// DecodeError turns a failure response into an *apierr.Error. It never
// fails: whatever the body, the status survives with a message saying
// what arrived. The header's request id wins over the body's, which not
// every service sends.
func (d dialect) DecodeError(status int, header http.Header, body []byte) *apierr.Error {
	f, ok := parseErrorBody(body)
	if !ok {
		f = errorFields{message: describeBody(header.Get("Content-Type"), body)}
	}
	e := &apierr.Error{
		Code:      cleanCode(f.code),
		Message:   cleanMessage(f.message),
		RequestID: cleanCode(f.requestID),
		Detail:    f.detail,
	}
	if id := d.RequestID(header); id != "" {
		e.RequestID = cleanCode(id)
	}
	if e.Code == "" && e.Message == "" {
		e.Message = "the error body has no error code or message"
	}
	e.Kind = kindOf(status, e.Code)
	return e
}
