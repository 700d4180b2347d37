package alibaba

import (
	"strings"

	"github.com/polycloud-go/polycloud/internal/apierr"
)

// kindOf classifies an error by its code first: Alibaba Cloud throttles
// with HTTP 400 and reports a wrong signature as 400 or 403, so the status
// alone misleads. The status decides only when the code says nothing the
// table below knows. Order matters: InvalidAccessKeyId.NotFound is an
// authentication failure, not a missing resource.
func kindOf(code string, status int) apierr.Kind {
	switch {
	case code == "":
	case isThrottling(code):
		return apierr.KindThrottled
	case isServerFault(code):
		return apierr.KindUnavailable
	case isAuthFailure(code):
		return apierr.KindUnauthorized
	case hasAnyPrefix(code, "Forbidden", "NoPermission"):
		return apierr.KindForbidden
	case isNotFound(code):
		return apierr.KindNotFound
	case isConflict(code):
		return apierr.KindConflict
	case hasAnyPrefix(code, "InvalidParameter", "InvalidParam", "MissingParameter", "MissingParam", "IllegalParam"):
		return apierr.KindInvalidArgument
	}
	return apierr.KindOfStatus(status)
}

// isThrottling covers Throttling, Throttling.User, Throttling.Api,
// Rejected.Throttling and the "busy" codes: the server did nothing, so a
// retry later is always safe.
func isThrottling(code string) bool {
	switch code {
	case "SystemBusy", "ServiceBusy":
		return true
	}
	return strings.Contains(code, "Throttling")
}

// isServerFault covers failures inside the service. Whether it acted is
// unknown, so only safe calls are retried, except that the pipeline always
// retries a 503, the status ServiceUnavailable comes with.
func isServerFault(code string) bool {
	switch code {
	case "InternalError", "UnknownError", "InternalServerError", "ServiceUnavailable":
		return true
	}
	return false
}

// isAuthFailure covers credentials that are wrong, expired or unusable,
// and signatures the server rejects.
func isAuthFailure(code string) bool {
	switch code {
	case "SignatureDoesNotMatch", "IncompleteSignature", "SignatureNonceUsed":
		return true
	}
	return hasAnyPrefix(code, "InvalidAccessKeyId", "InvalidSecurityToken", "InvalidTimeStamp")
}

// isNotFound covers InvalidInstanceId.NotFound, NotFoundApiGroup and
// Global Accelerator's NotExist.Listener style.
func isNotFound(code string) bool {
	return strings.HasSuffix(code, "NotFound") || strings.HasPrefix(code, "NotFound") ||
		strings.Contains(code, "NotExist")
}

// isConflict covers resources in a state that forbids the call, including
// Global Accelerator's GA_NOT_STEADY and NotActive.*, and duplicates.
func isConflict(code string) bool {
	return code == "OperationConflict" || code == "GA_NOT_STEADY" ||
		hasAnyPrefix(code, "IncorrectStatus", "StateError", "Conflict", "NotActive.") ||
		strings.Contains(code, "AlreadyExist")
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
