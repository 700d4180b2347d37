package paginate

import (
	"errors"
	"fmt"
	"strconv"
)

// The sentinel errors below are the only package-level variables. Test for
// them with errors.Is; the concrete errors carry more detail.
var (
	// ErrPaginationLoop reports a server that would have made the listing go
	// on forever or repeat itself. Every such error is a *LoopError.
	ErrPaginationLoop = errors.New("paginate: pagination loop")

	// ErrCursorMismatch reports a ResumeFrom cursor taken from a listing with
	// different filters: resuming it would mix two listings.
	ErrCursorMismatch = errors.New("paginate: cursor belongs to a listing with different filters")

	// ErrInvalidCursor reports a ResumeFrom cursor that this pager cannot
	// read: not produced by Cursor, damaged, of another pagination style or
	// of an unsupported version.
	ErrInvalidCursor = errors.New("paginate: invalid cursor")

	// ErrPagerDone is returned by NextPage, and yielded by All and Pages,
	// when the pager has nothing left to fetch: the listing is complete, a
	// limit was reached, or an earlier fetch failed. It is never the result
	// of a request; no request is made.
	ErrPagerDone = errors.New("paginate: pager is done")
)

// The reasons a *LoopError gives. They are stable strings so that logs and
// alerts can match them.
const (
	// LoopRepeatedToken means the server handed out a NextToken it had
	// already handed out in this listing (A→A or A→B→A).
	LoopRepeatedToken = "repeated token"
	// LoopRepeatedMarker is LoopRepeatedToken for marker listings.
	LoopRepeatedMarker = "repeated marker"
	// LoopEmptyPages means MaxEmptyPages pages in a row came back empty yet
	// still pointed at a next page.
	LoopEmptyPages = "too many empty pages"
	// LoopRepeatedPage means a page-number or offset listing returned the
	// same items for the next position as for the previous one, which is
	// what a server that ignores PageNumber or offset does.
	LoopRepeatedPage = "page repeated"
	// LoopPageCap means the listing reached HardPageCap fetches and the
	// server still reported more pages.
	LoopPageCap = "page cap reached"
)

// LoopError is the error for every pagination loop; errors.Is(err,
// ErrPaginationLoop) is true for it. The pager ends the listing with it
// instead of truncating silently or fetching forever.
type LoopError struct {
	// Reason is one of the Loop* constants.
	Reason string
	// Token is the repeated token or marker, or the one the empty pages
	// still carried; it is empty for page-number and offset listings.
	Token string
	// Page is the number of fetches this pager had made when it noticed
	// the loop.
	Page int
}

// Error describes the loop in one short line. Tokens can be long, so only
// their beginning is shown; the full value is in Token.
func (e *LoopError) Error() string {
	msg := "paginate: pagination loop: " + e.Reason
	if e.Token != "" {
		msg += " " + shorten(e.Token)
	}
	return fmt.Sprintf("%s (after %d pages)", msg, e.Page)
}

// Is makes errors.Is(err, ErrPaginationLoop) true.
func (e *LoopError) Is(target error) bool { return target == ErrPaginationLoop }

// shorten quotes s, keeping only its first bytes when it is long, so error
// messages stay one readable line.
func shorten(s string) string {
	const keep = 16
	if len(s) <= keep {
		return strconv.Quote(s)
	}
	return fmt.Sprintf("%s… (%d bytes)", strconv.Quote(s[:keep]), len(s))
}
