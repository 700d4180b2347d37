package paginate

import "context"

// OffsetStyle describes a Huawei offset/limit listing (API Gateway): the
// request says how many items to skip (offset, from 0) and how many to
// return (limit), and every response carries the total.
type OffsetStyle[R, P, T any] struct {
	// SetOffset writes the 0-based item offset into a request. Required.
	SetOffset func(req *R, offset int64)
	// SetLimit writes the page size. Required.
	SetLimit func(req *R, limit int)
	// Total reads the listing's total from this response; only the latest
	// value is used. Nil, or 0 with items present, means the server did
	// not say, and a page shorter than the limit then ends the listing.
	Total func(page P) int64
	// Items returns the page's items. Required.
	Items func(page P) []T
	// DefaultSize is the server's default limit; sent when MaxSize is 0.
	DefaultSize int
	// MaxSize is the largest limit the server accepts (500 for Huawei API
	// Gateway), and the limit sent unless PageSize says otherwise.
	MaxSize int
}

// NewOffset returns a lazy pager over an offset listing. fetch, req and
// opts behave as for NewToken.
func NewOffset[R, P, T any](fetch func(context.Context, *R) (P, error), req *R, style OffsetStyle[R, P, T], opts ...Option) *Pager[P, T] {
	return newPager(fetch, req, style.spec(), opts)
}

func (s OffsetStyle[R, P, T]) spec() spec[R, P, T] {
	return spec[R, P, T]{
		kind:  kindOffset,
		apply: s.apply,
		items: s.Items,
		step:  s.step,
		sizes: sizes{def: s.DefaultSize, max: s.MaxSize},
		err: checkAccessors("OffsetStyle",
			accessor{"SetOffset", s.SetOffset != nil},
			accessor{"SetLimit", s.SetLimit != nil},
			accessor{"Items", s.Items != nil}),
	}
}

func (s OffsetStyle[R, P, T]) apply(req *R, at position, size int) {
	s.SetOffset(req, at.offset)
	s.SetLimit(req, size)
}

// step advances the offset by the items actually returned, not by the
// limit asked for, so a server that caps the limit loses nothing. It ends
// on an empty page or when the offset reaches the latest total, and
// rejects a page that repeats the previous one (the server ignored offset).
func (s OffsetStyle[R, P, T]) step(h *history, at position, size int, page P, items []T) verdict {
	if len(items) == 0 {
		return verdict{done: true}
	}
	if err := checkRepeat(h, items); err != nil {
		return verdict{bad: err}
	}
	next := position{offset: at.offset + int64(len(items))}
	var total int64
	if s.Total != nil {
		total = s.Total(page)
	}
	if total > 0 {
		return verdict{next: next, done: next.offset >= total}
	}
	return verdict{next: next, done: size > 0 && len(items) < size}
}
