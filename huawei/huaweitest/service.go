package huaweitest

import (
	"fmt"
	"net/http"
)

// service is one of the APIs the server serves on its single URL; it
// decides how requests are authenticated and how errors read.
type service int

const (
	iam  service = iota + 1 // Keystone-style IAM: no token, password in the body
	ga                      // Global Accelerator: domain-scoped token
	apig                    // API Gateway: project-scoped token, {project_id} in the path
)

// missing reports a required parameter that was not sent.
func (s service) missing(name string) *apiError {
	switch s {
	case apig:
		return flatError(http.StatusBadRequest, "APIG.2001",
			"The request parameters must be specified,parameterName:"+name+". Please refer to the support documentation")
	case ga:
		return flatError(http.StatusBadRequest, "GA.9001", "Invalid "+name+": it is required")
	}
	return keystoneError(http.StatusBadRequest, "Invalid input for field '"+name+"'.")
}

// invalid reports a parameter with an unacceptable value.
func (s service) invalid(name, value, reason string) *apiError {
	switch s {
	case apig:
		return flatError(http.StatusBadRequest, "APIG.2012",
			"Invalid parameter value,parameterName:"+name+". Please refer to the support documentation")
	case ga:
		return flatError(http.StatusBadRequest, "GA.9001", fmt.Sprintf("Invalid %s: %s (%s)", name, value, reason))
	}
	return keystoneError(http.StatusBadRequest, "Invalid input for field '"+name+"'.")
}

// serverError is the service's failure with status.
func (s service) serverError(status int) *apiError {
	switch s {
	case apig:
		return flatError(status, "APIG.9999", "System error")
	case ga:
		return flatError(status, "GA.9201", "System error")
	}
	return keystoneError(status, "An unexpected error prevented the server from fulfilling your request.")
}

// unauthorized refuses a missing, unknown, expired or wrongly scoped
// token; why is only shown by the gateway in front of GA.
func (s service) unauthorized(why string) *apiError {
	if s == apig {
		return flatError(http.StatusUnauthorized, "APIG.1002", "Incorrect token or token resolution failed")
	}
	return flatError(http.StatusUnauthorized, "APIGW.0301", "Incorrect IAM authentication information: "+why)
}
