// Package apierr defines the one error type that every polycloud operation
// returns for a failed call, whatever the cloud.
//
// The provider packages re-export it by alias (alibaba.APIError,
// huawei.APIError), together with the sentinels below, so tooling that
// spans both clouds handles both with one errors.As and one errors.Is:
//
//	var apiErr *alibaba.APIError // the same type as *huawei.APIError
//	if errors.As(err, &apiErr) { log(apiErr.Code, apiErr.RequestID) }
//	if errors.Is(err, alibaba.ErrThrottled) { slowDown() }
//
// Problems found before anything is sent (a missing required field, a
// value out of range) are reported as *ParamError instead, which also
// matches ErrInvalidArgument.
package apierr
