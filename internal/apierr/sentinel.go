package apierr

// sentinel is a comparable marker error; an *Error or *ParamError matches it
// with errors.Is when their Kind is the sentinel's.
type sentinel struct {
	kind Kind
}

func (s *sentinel) Error() string { return "polycloud: " + s.kind.String() }

// Sentinels for errors.Is. An *Error matches the one for its Kind.
var (
	ErrInvalidArgument error = &sentinel{KindInvalidArgument}
	ErrUnauthorized    error = &sentinel{KindUnauthorized}
	ErrForbidden       error = &sentinel{KindForbidden}
	ErrNotFound        error = &sentinel{KindNotFound}
	ErrConflict        error = &sentinel{KindConflict}
	ErrThrottled       error = &sentinel{KindThrottled}
	ErrUnavailable     error = &sentinel{KindUnavailable}
)

// matches reports whether target is the sentinel for kind.
func matches(kind Kind, target error) bool {
	s, ok := target.(*sentinel)
	return ok && s.kind == kind && kind != KindUnknown
}
