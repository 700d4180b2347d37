package jsonx

import (
	"encoding/json"
	"errors"
	"fmt"
)

// SyntaxError reports that a response body is not JSON at all: an HTML error
// page from a gateway, a body cut off mid-transfer, or an empty body. Unlike a
// type mismatch, nothing can be recovered from such input, so Unmarshal
// reports it instead of decoding around it.
type SyntaxError struct {
	// Offset is the number of bytes successfully read before the error,
	// as reported by encoding/json.
	Offset int64
	// Err is the underlying error, normally a *json.SyntaxError.
	Err error
}

// Error describes the syntax error and where in the input it was found.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("jsonx: invalid JSON at offset %d: %v", e.Offset, e.Err)
}

// Unwrap returns the underlying error so errors.As can reach the
// *json.SyntaxError it wraps.
func (e *SyntaxError) Unwrap() error { return e.Err }

// checkSyntax returns a *SyntaxError if data is not a single valid JSON value.
// valid is the cheap test; only invalid input pays for encoding/json's scan,
// which yields an error with an offset.
func checkSyntax(data []byte) error {
	if valid(data) {
		return nil
	}
	err := json.Unmarshal(data, &struct{}{})
	if err == nil { // Unreachable in practice; keep the contract anyway.
		err = errors.New("invalid JSON")
	}
	return toSyntaxError(err)
}

// toSyntaxError wraps err, keeping the byte offset of a *json.SyntaxError.
func toSyntaxError(err error) *SyntaxError {
	var serr *json.SyntaxError
	if errors.As(err, &serr) {
		return &SyntaxError{Offset: serr.Offset, Err: err}
	}
	return &SyntaxError{Err: err}
}
