package paginate

import (
	"context"
	"fmt"
	"strings"
)

// styleKind names a pagination style. The names are written into cursors,
// so they must never change.
type styleKind string

const (
	kindPageNumber styleKind = "page"
	kindToken      styleKind = "token"
	kindMarker     styleKind = "marker"
	kindOffset     styleKind = "offset"
)

// start is the position of the first page of a listing of this style.
func (k styleKind) start() position {
	if k == kindPageNumber {
		return position{page: 1}
	}
	return position{}
}

// position says which page to ask for next. Only the field of the style
// is used: token holds the token or the marker, page is 1-based.
type position struct {
	token  string
	page   int
	offset int64
}

// verdict is a style's judgement of the page just fetched.
type verdict struct {
	next position // where the following page starts
	done bool     // the server said this was the last page
	// stop ends the listing after this page is delivered: the page is
	// good, but fetching the next one would loop.
	stop error
	// bad ends the listing without delivering this page: the page
	// repeats the previous one, so its items would be duplicates.
	bad error
}

// stepFunc judges a page fetched at position at with page size size. It
// receives all the page's items and the history of the listing so far.
type stepFunc[P, T any] func(h *history, at position, size int, page P, items []T) verdict

// spec is what every style constructor hands to newPager: the same shape
// for all four styles, so the pager needs no per-style code.
type spec[R, P, T any] struct {
	kind styleKind
	// apply writes a position and a page size into a request. Applied with
	// zero values it clears the pagination fields, which is how the request
	// hash ignores them.
	apply func(req *R, at position, size int)
	items func(page P) []T
	step  stepFunc[P, T]
	sizes sizes
	err   error // a missing accessor; reported by the first fetch
}

// newPager builds a pager around a private copy of req. It does no I/O.
func newPager[R, P, T any](fetch func(context.Context, *R) (P, error), req *R, s spec[R, P, T], opts []Option) *Pager[P, T] {
	var base R
	if req != nil {
		base = *req // the caller's request is never written to
	}
	p := &Pager[P, T]{
		kind:        s.kind,
		send:        sender(fetch, base, s.apply),
		items:       s.items,
		step:        s.step,
		hashRequest: func() string { return requestHash(base, s.apply) },
		opts:        collectOptions(opts),
		pos:         s.kind.start(),
		hist:        newHistory(),
	}
	p.size = s.sizes.pick(p.opts.pageSize)
	if err := firstError(s.err, checkAccessors("pager", accessor{"fetch function", fetch != nil})); err != nil {
		p.pending = err
	} else if p.opts.resume != "" {
		p.resumeFrom(p.opts.resume, s.sizes)
	}
	return p
}

// sender returns the pager's one way to make a request: a fresh copy of
// base with the position and page size applied, so fetch (and the client
// behind it, which may fill defaults in) can modify it freely.
func sender[R, P any](fetch func(context.Context, *R) (P, error), base R, apply func(*R, position, int)) func(context.Context, position, int) (P, error) {
	return func(ctx context.Context, at position, size int) (P, error) {
		r := base
		apply(&r, at, size)
		return fetch(ctx, &r)
	}
}

// accessor names one closure of a style and whether it was provided.
type accessor struct {
	name string
	set  bool
}

// checkAccessors reports the required closures a style value lacks.
// Generated code always fills them; the check turns a hand-written
// mistake into an error instead of a nil-function panic mid-listing.
func checkAccessors(style string, list ...accessor) error {
	var missing []string
	for _, a := range list {
		if !a.set {
			missing = append(missing, a.name)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	return fmt.Errorf("paginate: %s is missing %s", style, strings.Join(missing, ", "))
}

// firstError returns the first non-nil error.
func firstError(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
