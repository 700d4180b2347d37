package alibabatest

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/polycloud-go/polycloud/internal/emu"
)

// apiError is a refusal in Alibaba Cloud's shape: an HTTP status, a Code
// and a Message. The server renders it as {RequestId, HostId, Code,
// Message, Recommend}.
type apiError struct {
	status        int
	code, message string
	header        http.Header // extra response headers (x-acs-retry-after)
}

// Error describes the refusal for Go callers (the seeding methods).
func (e *apiError) Error() string { return fmt.Sprintf("HTTP %d %s: %s", e.status, e.code, e.message) }

func newError(status int, code, message string) *apiError {
	return &apiError{status: status, code: code, message: message}
}

// missing reports a required parameter the way Alibaba's gateway does.
func missing(name string) *apiError {
	return newError(http.StatusBadRequest, "Missing"+name, name+" is mandatory for this action.")
}

// asAPIError renders any error from a handler or a listing in Alibaba's
// shape; an unexpected one is an InternalError, as the cloud would say.
func asAPIError(err error) *apiError {
	var (
		ae      *apiError
		miss    *emu.MissingParamError
		invalid *emu.InvalidParamError
	)
	switch {
	case errors.As(err, &ae):
		return ae
	case errors.As(err, &miss):
		return missing(miss.Name)
	case errors.As(err, &invalid):
		return newError(http.StatusBadRequest, "InvalidParameter", invalid.Error())
	}
	return internalError()
}

func internalError() *apiError {
	return newError(http.StatusInternalServerError, "InternalError",
		"The request processing has failed due to some unknown error, exception or failure.")
}

func serviceUnavailable() *apiError {
	return newError(http.StatusServiceUnavailable, "ServiceUnavailable",
		"The request has failed due to a temporary failure of the server.")
}

func throttled() *apiError {
	return newError(http.StatusBadRequest, "Throttling.User", "Request was denied due to user flow control.")
}

// actionNotFound is Alibaba's answer to an action it does not know; here
// it also means one alibabatest does not implement.
func actionNotFound(product, version, action string) *apiError {
	return newError(http.StatusNotFound, "InvalidAction.NotFound",
		"Specified api is not found, please check your url and method. (alibabatest does not implement "+
			product+" "+version+" "+action+")")
}
