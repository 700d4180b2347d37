package apierr

import "strconv"

// DecodeError reports a successful HTTP status whose body polycloud could
// not read as the operation's response: an HTML page from a proxy, a
// truncated JSON document. The status and request id are kept so the call
// can still be traced.
type DecodeError struct {
	Provider    string
	Service     string
	Operation   string
	StatusCode  int
	RequestID   string
	ContentType string
	Err         error // the underlying syntax error
}

// Error describes what arrived without quoting the body.
func (e *DecodeError) Error() string {
	msg := e.Provider + " " + e.Service + " " + e.Operation + ": HTTP " + strconv.Itoa(e.StatusCode) +
		": response is not valid JSON"
	if e.ContentType != "" {
		msg += " (content type " + e.ContentType + ")"
	}
	if e.RequestID != "" {
		msg += " (request id " + e.RequestID + ")"
	}
	return msg + ": " + e.Err.Error()
}

// Unwrap returns the underlying syntax error.
func (e *DecodeError) Unwrap() error { return e.Err }
