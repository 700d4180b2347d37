package huawei

import "github.com/polycloud-go/polycloud/internal/paginate"

// Pager walks a paginated listing page by page (NextPage, Pages) or item
// by item (All), lazily, and can be resumed from an opaque Cursor. Every
// generated listing has a NewXxxPager constructor returning one. A pager
// is not safe for concurrent use; see the paginate contract in the
// package documentation.
type Pager[P, T any] = paginate.Pager[P, T]

// PagerOption tunes a Pager.
type PagerOption = paginate.Option

// Pagination errors, for errors.Is.
var (
	// ErrPaginationLoop reports a server that repeats a token, ignores the
	// page number or keeps sending empty pages: the listing stops with
	// this error rather than looping or silently truncating.
	ErrPaginationLoop = paginate.ErrPaginationLoop
	// ErrCursorMismatch reports a cursor taken from a listing with other filters.
	ErrCursorMismatch = paginate.ErrCursorMismatch
	// ErrInvalidCursor reports a cursor that is not one polycloud produced.
	ErrInvalidCursor = paginate.ErrInvalidCursor
	// ErrPagerDone reports a NextPage call after the listing ended or failed.
	ErrPagerDone = paginate.ErrPagerDone
)

// PageSize asks for n items per page, clamped to what the operation allows.
// The default is the operation's maximum, for the fewest round trips.
func PageSize(n int) PagerOption { return paginate.PageSize(n) }

// MaxItems stops the listing after n items.
func MaxItems(n int) PagerOption { return paginate.MaxItems(n) }

// MaxPages stops the listing after n fetches.
func MaxPages(n int) PagerOption { return paginate.MaxPages(n) }

// ResumeFrom continues a listing where the pager that produced cursor
// stopped. The request must have the same filters.
func ResumeFrom(cursor string) PagerOption { return paginate.ResumeFrom(cursor) }
