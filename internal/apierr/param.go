package apierr

// ParamError reports a request that polycloud refused before sending it: a
// required field left empty, a value outside the documented range, a
// malformed configuration value. Nothing was sent.
type ParamError struct {
	Provider  string
	Service   string
	Operation string
	Field     string // wire name of the field, e.g. "ListenerId" or "ingress_port"
	Problem   string // "is required", "must be between 1024 and 49151", …
}

// Error names the operation and the field.
func (e *ParamError) Error() string {
	where := e.Provider + " " + e.Service
	if e.Operation != "" {
		where += " " + e.Operation
	}
	return where + ": invalid request: " + e.Field + " " + e.Problem
}

// Is makes errors.Is(err, ErrInvalidArgument) true.
func (e *ParamError) Is(target error) bool { return matches(KindInvalidArgument, target) }
