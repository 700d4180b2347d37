package paginate

import "context"

// MarkerStyle describes a Huawei marker/limit listing: the first request
// sends no marker, each response carries page_info.next_marker, and a
// missing or empty marker ends the listing. The limit is sent with every
// request, including the ones that carry a marker: a server that gets a
// marker alone falls back to its default page size.
type MarkerStyle[R, P, T any] struct {
	// SetMarker writes the marker into a request ("" on the first page).
	// Required.
	SetMarker func(req *R, marker string)
	// SetLimit writes the page size (limit). Required.
	SetLimit func(req *R, limit int)
	// NextMarker reads the next page's marker. The generated accessor maps
	// an absent page_info, an absent or null next_marker and "" all to "",
	// which ends the listing. Required.
	NextMarker func(page P) string
	// Items returns the page's items. Required.
	Items func(page P) []T
	// DefaultSize is the server's default limit; sent when MaxSize is 0.
	DefaultSize int
	// MaxSize is the largest limit the server accepts, and the limit sent
	// unless PageSize says otherwise.
	MaxSize int
}

// NewMarker returns a lazy pager over a marker listing. fetch, req and
// opts behave as for NewToken.
func NewMarker[R, P, T any](fetch func(context.Context, *R) (P, error), req *R, style MarkerStyle[R, P, T], opts ...Option) *Pager[P, T] {
	return newPager(fetch, req, style.spec(), opts)
}

func (s MarkerStyle[R, P, T]) spec() spec[R, P, T] {
	return spec[R, P, T]{
		kind:  kindMarker,
		apply: s.apply,
		items: s.Items,
		step:  chainStep[P, T](kindMarker, s.NextMarker),
		sizes: sizes{def: s.DefaultSize, max: s.MaxSize},
		err: checkAccessors("MarkerStyle",
			accessor{"SetMarker", s.SetMarker != nil},
			accessor{"SetLimit", s.SetLimit != nil},
			accessor{"NextMarker", s.NextMarker != nil},
			accessor{"Items", s.Items != nil}),
	}
}

func (s MarkerStyle[R, P, T]) apply(req *R, at position, size int) {
	s.SetMarker(req, at.token)
	s.SetLimit(req, size)
}
