package paginate

import (
	"context"
	"errors"
	"fmt"
	"iter"
)

// Pager walks one listing: a list operation called again and again, each
// time with the position of the next page. P is the operation's response
// type (one page) and T the type of one listed item.
//
// Create a Pager with NewPageNumber, NewToken, NewMarker or NewOffset (in
// practice through a generated NewXxxPager function). Read it with All,
// Pages, or More and NextPage, and save Cursor to continue later. A Pager
// is not safe for concurrent use: it is one position in one listing. Run
// several pagers to list in parallel.
type Pager[P, T any] struct {
	kind        styleKind
	send        func(ctx context.Context, at position, size int) (P, error)
	items       func(page P) []T
	step        stepFunc[P, T]
	hashRequest func() string
	reqHash     string // hashRequest's result, computed on first use
	opts        options
	size        int // page size sent with every request

	pos       position  // the next page to fetch
	skip      int       // items of that page a previous pager already read
	win       window[T] // the page All is in the middle of
	hist      history
	fetches   int
	itemsOut  int   // items handed out, for MaxItems
	exhausted bool  // the server said the listing is complete
	failed    bool  // an error was returned; the pager is terminal
	pending   error // to be returned instead of the next fetch
	badCursor string
}

// window is the page All is reading: where it came from and how far All
// has got, so that Cursor can point into the middle of it.
type window[T any] struct {
	at    position
	items []T
	next  int
}

func (w *window[T]) more() bool { return w.next < len(w.items) }

// fetched is one page with the facts the readers need about it.
type fetched[P, T any] struct {
	page  P
	at    position
	items []T
	skip  int // leading items already read through an earlier pager
}

// More reports whether NextPage has something to return: a page still to
// fetch, or an error still to report. It is false once the listing is
// complete, a MaxItems or MaxPages limit is reached, or an error has been
// returned, so a `for p.More()` loop always ends.
func (p *Pager[P, T]) More() bool {
	switch {
	case p.send == nil, p.failed, p.limited():
		return false
	case p.pending != nil:
		return true
	default:
		return !p.exhausted
	}
}

// NextPage fetches the next page with ctx and returns it whole, exactly as
// the operation returned it. When More is false it makes no request and
// returns an error wrapping ErrPagerDone. A failed fetch returns its error
// once and makes the pager terminal; see Cursor for how to retry.
//
// NextPage reads page by page: items of a page that All was in the middle
// of are dropped, and the first page after ResumeFrom with a mid-page
// cursor also contains the items the earlier pager had already read.
func (p *Pager[P, T]) NextPage(ctx context.Context) (P, error) {
	var zero P
	if !p.More() {
		return zero, p.doneError()
	}
	f, err := p.fetch(ctx)
	if err != nil {
		return zero, err
	}
	p.win = window[T]{}
	p.itemsOut += len(f.items) - f.skip
	return f.page, nil
}

// Pages returns an iterator over the remaining pages. Each step fetches one
// page; breaking out of the loop stops fetching. An error is yielded once,
// with a zero page, and ends the iteration. On a pager that has already
// failed it yields an ErrPagerDone error rather than nothing, so a failure
// is never mistaken for an empty listing.
func (p *Pager[P, T]) Pages(ctx context.Context) iter.Seq2[P, error] {
	return func(yield func(P, error) bool) {
		var zero P
		if p.failed {
			yield(zero, p.doneError())
			return
		}
		for p.More() {
			page, err := p.NextPage(ctx)
			if err != nil {
				yield(zero, err)
				return
			}
			if !yield(page, nil) {
				return
			}
		}
	}
}

// All returns an iterator over the remaining items, in listing order,
// fetching a page only when the previous one has been used up. Breaking out
// of the loop stops fetching, and a later All on the same pager continues
// with the next item. Errors behave as in Pages. After the loop body has
// received an item, Cursor points just past it.
func (p *Pager[P, T]) All(ctx context.Context) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var zero T
		if p.failed {
			yield(zero, p.doneError())
			return
		}
		for p.yieldWindow(yield) && p.More() {
			if err := p.refill(ctx); err != nil {
				yield(zero, err)
				return
			}
		}
	}
}

// yieldWindow yields the unread items of the current page. It reports
// whether the caller may go on: false when the loop body stopped or
// MaxItems was reached. It is the hot path of All, hence one tight loop.
func (p *Pager[P, T]) yieldWindow(yield func(T, error) bool) bool {
	w := &p.win
	for w.next < len(w.items) {
		if p.opts.maxItems > 0 && p.itemsOut >= p.opts.maxItems {
			return false
		}
		w.next++ // before the body runs, so Cursor points past the item
		p.itemsOut++
		if !yield(w.items[w.next-1], nil) {
			return false
		}
	}
	return !p.itemLimitReached()
}

// refill fetches the next page into the window All reads from. The used-up
// window is dropped first, so the previous page can be collected while the
// next one is fetched and decoded, as in a hand-written loop.
func (p *Pager[P, T]) refill(ctx context.Context) error {
	p.win = window[T]{}
	f, err := p.fetch(ctx)
	if err != nil {
		return err
	}
	p.win = window[T]{at: f.at, items: f.items, next: f.skip}
	return nil
}

// fetch makes one request at the current position and moves past it. Every
// error it returns makes the pager terminal and leaves the position where
// it was, so Cursor still names the page that could not be read.
func (p *Pager[P, T]) fetch(ctx context.Context) (fetched[P, T], error) {
	if err := p.pending; err != nil {
		p.pending = nil
		return fetched[P, T]{}, p.fail(err)
	}
	if p.fetches >= p.opts.pageCap {
		return fetched[P, T]{}, p.fail(&LoopError{Reason: LoopPageCap, Page: p.fetches})
	}
	if err := ctx.Err(); err != nil {
		return fetched[P, T]{}, p.fail(err)
	}
	page, err := p.send(ctx, p.pos, p.size)
	p.fetches++
	if err != nil {
		return fetched[P, T]{}, p.fail(err)
	}
	f := fetched[P, T]{page: page, at: p.pos, items: p.items(page)}
	f.skip = min(p.skip, len(f.items))
	return f, p.advance(f)
}

// advance applies the style's verdict on a fetched page.
func (p *Pager[P, T]) advance(f fetched[P, T]) error {
	v := p.step(&p.hist, f.at, p.size, f.page, f.items)
	if v.bad != nil {
		return p.fail(p.numbered(v.bad))
	}
	p.pos, p.skip, p.exhausted = v.next, 0, v.done
	if v.stop != nil {
		p.pending = p.numbered(v.stop)
	}
	return nil
}

// numbered stamps a loop error with the number of fetches made so far.
func (p *Pager[P, T]) numbered(err error) error {
	var loop *LoopError
	if errors.As(err, &loop) {
		loop.Page = p.fetches
	}
	return err
}

// fail makes the pager terminal and returns err.
func (p *Pager[P, T]) fail(err error) error {
	p.failed = true
	return err
}

// limited reports whether MaxPages or MaxItems has been reached.
func (p *Pager[P, T]) limited() bool {
	return (p.opts.maxPages > 0 && p.fetches >= p.opts.maxPages) || p.itemLimitReached()
}

func (p *Pager[P, T]) itemLimitReached() bool {
	return p.opts.maxItems > 0 && p.itemsOut >= p.opts.maxItems
}

// doneError explains why there is nothing more to fetch.
func (p *Pager[P, T]) doneError() error {
	switch {
	case p.send == nil:
		return fmt.Errorf("%w: zero Pager; create pagers with a constructor such as NewToken", ErrPagerDone)
	case p.failed:
		return fmt.Errorf("%w: an earlier fetch failed; to retry, start a new pager with ResumeFrom(Cursor())", ErrPagerDone)
	case p.limited():
		return fmt.Errorf("%w: MaxItems or MaxPages reached", ErrPagerDone)
	default:
		return fmt.Errorf("%w: the listing is complete", ErrPagerDone)
	}
}
