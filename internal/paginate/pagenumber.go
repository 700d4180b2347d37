package paginate

import "context"

// PageNumberStyle describes an Alibaba PageNumber/PageSize listing with a
// TotalCount: pages are numbered from 1 and every response says how many
// items the whole listing has.
type PageNumberStyle[R, P, T any] struct {
	// SetPage writes the 1-based page number into a request. Required.
	SetPage func(req *R, page int)
	// SetSize writes the page size. Required.
	SetSize func(req *R, size int)
	// Items returns the page's items. Required.
	Items func(page P) []T
	// Total reads the TotalCount of this response. It is read again on
	// every page and only the latest value is used, because the listing
	// may grow or shrink while it is read. Nil, or 0 with items present,
	// means the server did not say.
	Total func(page P) int64
	// EchoedSize reads the PageSize the server echoes, which is the size
	// it really used; 0 when absent. Nil when the response has no such
	// field.
	EchoedSize func(page P) int
	// DefaultSize is the server's default page size; sent when MaxSize is 0.
	DefaultSize int
	// MaxSize is the largest page size the server accepts, and the page
	// size sent unless PageSize says otherwise.
	MaxSize int
}

// NewPageNumber returns a lazy pager over a page-number listing. fetch,
// req and opts behave as for NewToken.
func NewPageNumber[R, P, T any](fetch func(context.Context, *R) (P, error), req *R, style PageNumberStyle[R, P, T], opts ...Option) *Pager[P, T] {
	return newPager(fetch, req, style.spec(), opts)
}

func (s PageNumberStyle[R, P, T]) spec() spec[R, P, T] {
	return spec[R, P, T]{
		kind:  kindPageNumber,
		apply: s.apply,
		items: s.Items,
		step:  s.step,
		sizes: sizes{def: s.DefaultSize, max: s.MaxSize},
		err: checkAccessors("PageNumberStyle",
			accessor{"SetPage", s.SetPage != nil},
			accessor{"SetSize", s.SetSize != nil},
			accessor{"Items", s.Items != nil}),
	}
}

func (s PageNumberStyle[R, P, T]) apply(req *R, at position, size int) {
	s.SetPage(req, at.page)
	s.SetSize(req, size)
}

// step ends the listing on an empty page, rejects a page that repeats the
// previous one (the server ignored PageNumber), and otherwise asks
// lastPage whether the server said it was done.
func (s PageNumberStyle[R, P, T]) step(h *history, at position, size int, page P, items []T) verdict {
	if len(items) == 0 {
		return verdict{done: true}
	}
	if err := checkRepeat(h, items); err != nil {
		return verdict{bad: err}
	}
	facts := pageFacts{number: at.page, requested: size, got: len(items)}
	if s.Total != nil {
		facts.total = s.Total(page)
	}
	if s.EchoedSize != nil {
		facts.echoed = s.EchoedSize(page)
	}
	return verdict{next: position{page: at.page + 1}, done: lastPage(h, facts)}
}

// pageFacts is what one page-number response says about the listing.
type pageFacts struct {
	number    int   // the page's number, from 1
	requested int   // the page size sent; 0 if none was sent
	echoed    int   // the page size the server says it used; 0 if unknown
	total     int64 // the latest TotalCount; 0 if unknown
	got       int   // the number of items on the page, at least 1
}

// lastPage decides whether the server has said this page is the last, so
// that no empty page is ever fetched just to learn that.
//
// With an echoed page size the rules are exact: a page shorter than the
// size the server used is the last, and so is the page that reaches
// TotalCount. Without an echo, a short page is ambiguous: it is either the
// last page or the server quietly capped the page size (the classic
// `len(items) < PageSize` truncation bug). If TotalCount says items remain
// beyond this short page, the pager takes the short length as the server's
// real page size and continues. Without an echo or a total, only the
// requested size remains to judge by.
func lastPage(h *history, f pageFacts) bool {
	if f.echoed > 0 {
		return f.got < f.echoed || f.reaches(f.echoed)
	}
	size := f.requested
	if h.learnedSize > 0 {
		size = h.learnedSize
	}
	if size == 0 { // no size sent: the first page shows the server's default
		size, h.learnedSize = f.got, f.got
	}
	switch {
	case f.total <= 0:
		return f.got < size
	case f.got >= size:
		return f.reaches(size)
	case int64(f.number-1)*int64(size)+int64(f.got) >= f.total:
		return true
	default:
		h.learnedSize = f.got
		return false
	}
}

// reaches reports whether pages 1..number of the given size cover the
// latest TotalCount.
func (f pageFacts) reaches(size int) bool {
	return f.total > 0 && int64(f.number)*int64(size) >= f.total
}
