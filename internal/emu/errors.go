package emu

import "fmt"

// MissingParamError reports a required request parameter that was not
// sent. Providers render it in their own error shape.
type MissingParamError struct {
	Name string
}

// Error says which parameter is missing, in Alibaba's wording.
func (e *MissingParamError) Error() string { return e.Name + " is mandatory for this action." }

// InvalidParamError reports a request parameter with an unacceptable value.
type InvalidParamError struct {
	Name, Value string
	// Reason says what was expected, e.g. "must be between 1 and 100".
	Reason string
}

// Error names the parameter, its value and what was expected.
func (e *InvalidParamError) Error() string {
	return fmt.Sprintf("The specified parameter %s (%q) is not valid: %s.", e.Name, e.Value, e.Reason)
}
