package apierr

import (
	"fmt"
	"strconv"
	"strings"
)

// Error is a failed call as the cloud reported it: an error body, or at
// least an HTTP status when the body was not the provider's JSON (an HTML
// gateway page, say). Error() never contains credentials, tokens or
// signatures: only these fields, and the message is redacted by the
// provider before it lands here.
type Error struct {
	Provider   string // "alibaba" or "huawei"
	Service    string // "ga", "apigateway", "apig"
	Operation  string // "ListForwardingRules"
	StatusCode int    // HTTP status of the final attempt
	Code       string // provider error code, e.g. "Throttling.User" or "APIG.3030"
	Message    string // provider message, redacted
	RequestID  string // from the body or the X-Request-Id header
	Kind       Kind   // provider-independent class, for errors.Is

	HostID    string // Alibaba: the host that answered
	Recommend string // Alibaba: link to the diagnosis page

	// Attempts is how many HTTP attempts the call made before this error.
	Attempts int
	// Detail holds a provider's structured extras (Alibaba's
	// AccessDeniedDetail, Huawei's encoded_authorization_message) as raw JSON.
	Detail string
}

// Error formats the failure on one line:
// "alibaba ga ListForwardingRules: HTTP 400 Throttling.User: <message> (request id 7F3…)".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Provider + " " + e.Service + " " + e.Operation + ": HTTP " + strconv.Itoa(e.StatusCode))
	if e.Code != "" {
		b.WriteString(" " + e.Code)
	}
	if e.Message != "" {
		b.WriteString(": " + e.Message)
	}
	if e.RequestID != "" {
		b.WriteString(" (request id " + e.RequestID + ")")
	}
	return b.String()
}

// GoString keeps %#v to the same redacted fields as Error.
func (e *Error) GoString() string { return fmt.Sprintf("&apierr.Error{%q}", e.Error()) }

// Is makes errors.Is(err, ErrThrottled) and friends work.
func (e *Error) Is(target error) bool { return matches(e.Kind, target) }

// Retryable reports whether the same call may succeed if sent again later:
// throttling and temporary unavailability.
func (e *Error) Retryable() bool {
	return e.Kind == KindThrottled || e.Kind == KindUnavailable
}
