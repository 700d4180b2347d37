package gentest

import "context"

// Call performs one operation of a service client. The generated tests
// keep the operations of a package in one table, so the client, the
// request and the response travel as any; Method builds a Call from the
// operation's method.
type Call func(ctx context.Context, client, req any) (any, error)

// Method adapts a method expression, such as (*ga.Client).ListAcls, to a
// Call. The client and request passed to the Call must have the method's
// types: a generated table that mixes them up fails with a panic, which
// the test reports.
func Method[C, R, P, O any](m func(C, context.Context, R, ...O) (P, error)) Call {
	return func(ctx context.Context, client, req any) (any, error) {
		return m(client.(C), ctx, req.(R))
	}
}

// Ptr returns a pointer to a copy of v, for the pointer fields of
// generated requests (the module's language version predates new(v)).
func Ptr[T any](v T) *T { return &v }
