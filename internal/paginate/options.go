package paginate

// Option changes how a pager walks its listing. Options are applied in
// order, so a later option of the same kind wins.
type Option func(*options)

// options holds what the Option values asked for; zero means "not asked".
type options struct {
	pageSize int
	maxItems int
	maxPages int
	resume   string
	pageCap  int // HardPageCap unless a test lowers it
}

// PageSize asks for pages of n items. The pager clamps n to [1, MaxSize] of
// the style (a larger value would only be clamped again by the server,
// possibly without saying so). Without PageSize the pager asks for MaxSize
// items per page, the fewest round trips, or for the style's DefaultSize
// when the API declares no maximum. A pager resumed with ResumeFrom keeps the
// page size recorded in the cursor instead: a page number or a skip count
// only means something together with the page size it was taken with.
func PageSize(n int) Option {
	return func(o *options) { o.pageSize = max(n, 1) }
}

// MaxItems stops the listing after n items. All yields exactly n items (or
// fewer when the listing is shorter) and fetches no page it does not need;
// Pages and NextPage stop after the page that brings the count to n or
// more. Zero or a negative n means no limit.
func MaxItems(n int) Option {
	return func(o *options) { o.maxItems = max(n, 0) }
}

// MaxPages stops the listing after n fetches. Zero or a negative n means no
// limit. Cursor still points at the next unread position, so a later pager
// can continue where this one stopped.
func MaxPages(n int) Option {
	return func(o *options) { o.maxPages = max(n, 0) }
}

// ResumeFrom continues a listing at a position returned by Cursor, possibly
// in another process. The empty string means the start of the listing.
// A cursor that cannot be read, or that belongs to another style, fails
// with ErrInvalidCursor; a cursor taken from a request with other filters
// fails with ErrCursorMismatch. Constructors do no I/O and return no error,
// so these errors come from the first NextPage, Pages or All.
func ResumeFrom(cursor string) Option {
	return func(o *options) { o.resume = cursor }
}

// collectOptions applies opts over the defaults.
func collectOptions(opts []Option) options {
	o := options{pageCap: HardPageCap}
	for _, opt := range opts {
		if opt != nil {
			opt(&o)
		}
	}
	return o
}

// limitPageSize bounds every page size, declared or asked for, so that
// page*size arithmetic cannot overflow and cursors stay small. No API has
// pages anywhere near this large.
const limitPageSize = 1 << 20

// sizes is what a style declares about its page size.
type sizes struct {
	def  int  // the server's default page size; 0 if unknown
	max  int  // the largest page size the server accepts; 0 if unknown
	none bool // the operation has no page-size parameter at all
}

// pick returns the page size to send: the requested size clamped to
// [1, max], or the default when none was requested. Zero means "send no
// size" and happens only when the style declares neither max nor default.
func (s sizes) pick(requested int) int {
	switch {
	case s.none:
		return 0
	case requested <= 0 && s.max > 0:
		return min(s.max, limitPageSize)
	case requested <= 0:
		return min(max(s.def, 0), limitPageSize)
	case s.max > 0:
		return min(requested, s.max, limitPageSize)
	default:
		return min(requested, limitPageSize)
	}
}
