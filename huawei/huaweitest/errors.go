package huaweitest

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/polycloud-go/polycloud/internal/emu"
)

// apiError is a refusal in one of Huawei Cloud's two shapes: the flat
// {error_code, error_msg, request_id} of services and their gateway, or
// Keystone's {"error": {code, message, title}} of IAM, whose code is the
// HTTP status as a number.
type apiError struct {
	status        int
	code, message string
	keystone      bool
	header        http.Header
}

// Error describes the refusal for Go callers (the seeding methods).
func (e *apiError) Error() string { return fmt.Sprintf("HTTP %d %s: %s", e.status, e.code, e.message) }

func flatError(status int, code, message string) *apiError {
	return &apiError{status: status, code: code, message: message}
}

func keystoneError(status int, message string) *apiError {
	return &apiError{status: status, code: fmt.Sprint(status), message: message, keystone: true}
}

// body renders the error for the request requestID.
func (e *apiError) body(requestID string) *emu.Object {
	if e.keystone {
		inner := (&emu.Object{}).Set("code", e.status).Set("message", e.message).Set("title", http.StatusText(e.status))
		return (&emu.Object{}).Set("error", inner)
	}
	return (&emu.Object{}).Set("error_code", e.code).Set("error_msg", e.message).Set("request_id", requestID)
}

// asAPIError renders any handler or listing error in the service's shape.
func asAPIError(err error, svc service) *apiError {
	var (
		ae      *apiError
		miss    *emu.MissingParamError
		invalid *emu.InvalidParamError
	)
	switch {
	case errors.As(err, &ae):
		return ae
	case errors.As(err, &miss):
		return svc.missing(miss.Name)
	case errors.As(err, &invalid):
		return svc.invalid(invalid.Name, invalid.Value, invalid.Reason)
	}
	return svc.serverError(http.StatusInternalServerError)
}

// throttled is the API gateway's answer in front of every service.
func throttled() *apiError {
	return flatError(http.StatusTooManyRequests, "APIGW.0308",
		"The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 second")
}

// notImplemented answers a route the server does not serve, in the
// gateway's words for an unknown API.
func notImplemented(r *http.Request) *apiError {
	return flatError(http.StatusNotFound, "APIGW.0101",
		"The API does not exist or has not been published in the environment (not implemented by huaweitest: "+
			r.Method+" "+r.URL.Path+")")
}
