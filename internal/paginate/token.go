package paginate

import "context"

// TokenStyle describes an Alibaba NextToken/MaxResults listing: the first
// request sends no token, each response carries the token of the next
// page, and an empty token ends the listing. Each field is a typed
// closure over a generated field, so the compiler checks it.
type TokenStyle[R, P, T any] struct {
	// SetToken writes the token into a request ("" on the first page,
	// which the request encoder leaves out). Required.
	SetToken func(req *R, token string)
	// SetSize writes the page size (MaxResults). It is nil for the
	// operations that have no page-size parameter, and is then never
	// called.
	SetSize func(req *R, size int)
	// NextToken reads the next page's token; empty means no more pages.
	// Required. A TotalCount in the response is deliberately not part of
	// this style: on these operations it counts the current page only.
	NextToken func(page P) string
	// Items returns the page's items. Required.
	Items func(page P) []T
	// DefaultSize is the page size the server uses when none is sent; the
	// pager sends it when MaxSize is 0.
	DefaultSize int
	// MaxSize is the largest page size the server accepts, and the page
	// size the pager asks for unless PageSize says otherwise.
	MaxSize int
}

// NewToken returns a lazy pager over a NextToken listing. fetch performs
// one request; req holds the filters and is copied, never modified (nil
// means a zero request). Its pagination fields are ignored: use PageSize
// and ResumeFrom. A style with a required closure missing produces a pager
// whose first fetch reports it.
func NewToken[R, P, T any](fetch func(context.Context, *R) (P, error), req *R, style TokenStyle[R, P, T], opts ...Option) *Pager[P, T] {
	return newPager(fetch, req, style.spec(), opts)
}

func (s TokenStyle[R, P, T]) spec() spec[R, P, T] {
	return spec[R, P, T]{
		kind:  kindToken,
		apply: s.apply,
		items: s.Items,
		step:  chainStep[P, T](kindToken, s.NextToken),
		sizes: sizes{def: s.DefaultSize, max: s.MaxSize, none: s.SetSize == nil},
		err: checkAccessors("TokenStyle",
			accessor{"SetToken", s.SetToken != nil},
			accessor{"NextToken", s.NextToken != nil},
			accessor{"Items", s.Items != nil}),
	}
}

func (s TokenStyle[R, P, T]) apply(req *R, at position, size int) {
	s.SetToken(req, at.token)
	if s.SetSize != nil {
		s.SetSize(req, size)
	}
}
