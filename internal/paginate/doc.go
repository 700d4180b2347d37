// Package paginate turns a list operation into a [Pager]: a lazy,
// resumable reader of the whole listing that guards against servers that
// loop. Generated service packages create one pager per list operation;
// the provider packages re-export the type and the options by alias
// (alibaba.Pager, alibaba.PageSize, huawei.ResumeFrom, …), so users never
// import this package.
//
// # Styles
//
// The four pagination styles of our APIs each have a style struct and a
// constructor:
//
//   - [PageNumberStyle] and [NewPageNumber]: Alibaba PageNumber/PageSize
//     with a TotalCount; pages are numbered from 1.
//   - [TokenStyle] and [NewToken]: Alibaba NextToken/MaxResults.
//   - [MarkerStyle] and [NewMarker]: Huawei marker/limit with
//     page_info.next_marker.
//   - [OffsetStyle] and [NewOffset]: Huawei offset/limit with a total.
//
// A style is a set of typed closures that read and write the generated
// fields (SetToken, NextToken, Items, …) plus the page sizes the API
// declares. Nothing is found by reflection or guessed from field names:
// the style of each operation comes from the API spec, and the compiler
// checks every accessor.
//
// # Reading a listing
//
// A Pager[P, T] has three ways in, over the same position:
//
//	for item, err := range p.All(ctx) { … }   // items (T), fetching pages as needed
//	for page, err := range p.Pages(ctx) { … } // pages: the response type P, with every field
//	for p.More() { page, err := p.NextPage(ctx) … }
//
// Constructors do no I/O and return no error. Every fetch uses the context
// passed to that call; the pager never keeps one. Breaking out of a range
// loop stops fetching: a page is requested only when an item or page from
// it is about to be yielded.
//
// # Page size and limits
//
// Without an option the pager asks for the style's MaxSize, the fewest
// round trips. [PageSize] chooses another size, clamped to [1, MaxSize].
// [MaxItems] and [MaxPages] bound the work: All stops after exactly the
// given number of items and fetches nothing beyond the page holding the
// last one; Pages and NextPage stop after the page that reaches it.
//
// The request given to a constructor is copied and never modified; each
// fetch works on its own copy with the position and size filled in.
//
// # Errors are terminal
//
// A failed fetch ends the pager. NextPage returns the error once and
// [ErrPagerDone] afterwards without making a request; More reports false;
// All and Pages yield the error once, with a zero value, and stop (and
// yield ErrPagerDone if ranged over again, so a failure never looks like an
// empty listing). The pager does not retry: the client below it already
// retries transient failures, and a second policy here would multiply
// attempts.
//
// # Cursors and resuming
//
// [Pager.Cursor] returns an opaque string naming the next unread position;
// "" means the start. [ResumeFrom] continues there with a new pager, in
// this process or another, so retrying after an error is
//
//	p = ga.NewListForwardingRulesPager(c, req, alibaba.ResumeFrom(p.Cursor()))
//
// A cursor stays exact after a failure and inside an All loop: after the
// body has received an item, Cursor points just past it, even in the middle
// of a page (the cursor records how many items of that page to skip). Page
// and NextPage callers, who read whole pages, get the whole first page
// again when they resume from such a mid-page cursor.
//
// A cursor is base64url (no padding) of a small versioned JSON object:
// {v, style, token|marker|page|offset, size, skip, done, req}. req is a
// short hash of the request with its pagination fields cleared, so
// resuming with other filters fails with [ErrCursorMismatch] instead of
// mixing two listings; a damaged cursor, one of another style or another
// version fails with [ErrInvalidCursor]. Both errors come from the first
// fetch. A resumed pager keeps the cursor's page size, because page numbers
// and skip counts mean nothing with another one.
//
// # Loop guards
//
// A server that loops must end the listing with an error, never with an
// endless loop or a silently truncated result. Each guard ends with a
// [*LoopError], for which errors.Is(err, [ErrPaginationLoop]) is true:
//
//   - a token or marker the listing has already seen (every one is
//     remembered, so A→B→A cycles are caught, not only A→A);
//   - [MaxEmptyPages] empty pages in a row that still point at a next page
//     (a few empty pages are legitimate and are skipped);
//   - a page-number or offset page whose items repeat the previous page's,
//     which is what a server that ignores the position returns (compared by
//     a cheap fingerprint: item count plus the JSON of the first and last
//     item); the repeated page is not delivered;
//   - [HardPageCap] fetches, the last resort.
//
// When the guard trips on a token, the page that carried it is still good
// and is delivered; the error comes with the next fetch.
//
// # When a listing ends
//
// Token and marker listings end when the server returns no next token or
// marker; a TotalCount on a NextToken operation counts the current page
// only and is ignored. Page-number listings end on an empty page, when the
// pages read cover the latest TotalCount (re-read on every page, because a
// listing may grow or shrink while it is read), or on a page shorter than
// the size the server echoes (or, without an echo, than the size
// requested; see [PageNumberStyle] for how a capped size is recognised).
// Offset listings end on an empty page or when the offset reaches the
// latest total. No style fetches an empty page just to learn that the
// server is done.
//
// Page-number and offset listings are positional: items created or
// deleted while the listing is read shift the items behind them, so an
// item can be seen twice or skipped. Token and marker listings do not have
// this problem.
//
// # Concurrency
//
// A Pager is not safe for concurrent use; it is one reader at one
// position. The package has no global state other than its sentinel
// errors.
package paginate
