package apierr

// Kind is the provider-independent class of a failure. Providers map their
// own error codes and HTTP statuses onto it, so callers can react to
// "throttled" or "not found" without knowing either cloud's code table.
type Kind uint8

// The kinds a failed call can have.
const (
	KindUnknown         Kind = iota // nothing more specific is known
	KindInvalidArgument             // the request was rejected as malformed or out of range
	KindUnauthorized                // credentials missing, wrong or expired
	KindForbidden                   // authenticated but not allowed
	KindNotFound                    // the resource does not exist
	KindConflict                    // the resource is in a state that forbids the call
	KindThrottled                   // rate limited; retrying later succeeds
	KindUnavailable                 // the service is temporarily unavailable (5xx, busy)
)

var kindNames = [...]string{"unknown", "invalid argument", "unauthorized", "forbidden", "not found", "conflict", "throttled", "unavailable"}

// String returns the kind in plain words.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// KindOfStatus classifies an HTTP status code when the provider's error
// code says nothing more specific.
func KindOfStatus(status int) Kind {
	switch {
	case status == 400 || status == 422:
		return KindInvalidArgument
	case status == 401:
		return KindUnauthorized
	case status == 403:
		return KindForbidden
	case status == 404:
		return KindNotFound
	case status == 409 || status == 412:
		return KindConflict
	case status == 429:
		return KindThrottled
	case status >= 500:
		return KindUnavailable
	}
	return KindUnknown
}
