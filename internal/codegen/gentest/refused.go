package gentest

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/internal/apierr"
)

// Refusal is the ParamError a request must be refused with.
type Refusal struct {
	Provider, Service, Operation string
	Field                        string // wire name
	Problem                      string // "is required", "must be between 1 and 100"
}

// AssertRefused checks that err is the *ParamError want describes (the
// type alibaba.ParamError and huawei.ParamError both alias), that it
// matches ErrInvalidArgument, and that srv received no request at all.
func AssertRefused(t testing.TB, srv *Server, err error, want Refusal) {
	t.Helper()
	var pe *apierr.ParamError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, want, Refusal{pe.Provider, pe.Service, pe.Operation, pe.Field, pe.Problem})
	assert.True(t, errors.Is(err, apierr.ErrInvalidArgument), "errors.Is(err, ErrInvalidArgument)")
	assert.Empty(t, srv.Requests(), "requests sent")
}
