package huawei

import "github.com/polycloud-go/polycloud/internal/apierr"

// APIError is a failed call as Huawei Cloud reported it. It is the same
// type as alibaba.APIError, so one errors.As handles both clouds.
type APIError = apierr.Error

// ParamError reports a request refused before anything was sent: a
// required field left empty, a value out of range, a bad configuration.
type ParamError = apierr.ParamError

// DecodeError reports a success status whose body was not valid JSON.
type DecodeError = apierr.DecodeError

// Kind is the cloud-independent class of an APIError.
type Kind = apierr.Kind

// Sentinels for errors.Is; an *APIError matches the one for its Kind.
var (
	ErrInvalidArgument = apierr.ErrInvalidArgument
	ErrUnauthorized    = apierr.ErrUnauthorized
	ErrForbidden       = apierr.ErrForbidden
	ErrNotFound        = apierr.ErrNotFound
	ErrConflict        = apierr.ErrConflict
	ErrThrottled       = apierr.ErrThrottled
	ErrUnavailable     = apierr.ErrUnavailable
)
