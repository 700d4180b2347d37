package emu

import (
	"errors"
	"fmt"
	"net/url"
)

// Style is how a listing pages.
type Style int

// The four pagination styles of the clouds polycloud supports.
const (
	// PageNumber pages by a 1-based page number and a page size, and
	// reports the total (Alibaba PageNumber/PageSize/TotalCount).
	PageNumber Style = iota + 1
	// NextToken pages by an opaque token that the response returns while
	// more items remain (Alibaba NextToken/MaxResults).
	NextToken
	// Marker pages by the ID of the last item of the previous page (Huawei
	// marker/limit with page_info.next_marker).
	Marker
	// Offset pages by a 0-based item offset and reports the total (Huawei
	// offset/limit with total and size).
	Offset
)

// String names the style.
func (s Style) String() string {
	switch s {
	case PageNumber:
		return "PageNumber"
	case NextToken:
		return "NextToken"
	case Marker:
		return "Marker"
	case Offset:
		return "Offset"
	}
	return fmt.Sprintf("Style(%d)", int(s))
}

// Listing declares one paginated operation: its style, the names of its
// request parameters and response members, its page-size rules and where
// its items come from. It is plain data plus two functions, so generated
// metadata can declare every listing of a service. Response member names
// may be dotted paths ("page_info.next_marker", "ApiSummarys.ApiSummary").
type Listing struct {
	Style Style
	// PositionParam is the request parameter that says where to continue:
	// "PageNumber", "NextToken", "marker" or "offset".
	PositionParam string
	// SizeParam is the page-size parameter: "PageSize", "MaxResults", "limit".
	// A NextToken listing may have none (Alibaba's ListTagResources): every
	// page then has DefaultSize items.
	SizeParam string
	// Required lists request parameters that must be present.
	Required []string

	// ItemsKey is where the page's items go ("ForwardingRules").
	ItemsKey string
	// TokenKey is where the next token or marker goes (token styles). It
	// is omitted on the last page.
	TokenKey string
	// TotalKey receives the number of matching items across all pages
	// (page-number and offset styles).
	TotalKey string
	// CountKey receives the number of items on this page.
	CountKey string
	// SizeKey echoes the effective page size.
	SizeKey string
	// NumberKey echoes the page number (PageNumber style).
	NumberKey string

	// DefaultSize, MinSize and MaxSize bound the page size.
	DefaultSize, MinSize, MaxSize int
	// ClampSize clamps an out-of-range page size (below the minimum to the
	// default, above the maximum to the maximum) and a negative offset to
	// 0, instead of rejecting them.
	ClampSize bool

	// Items returns every item matching the request, in a stable order. An
	// error it returns is passed through unchanged, so it can carry the
	// provider's error shape (an unknown parent resource, say).
	Items func(req *Request) ([]any, error)
	// ItemID returns an item's ID; the Marker style needs it.
	ItemID func(item any) string
}

// Request is what a listing sees of one request.
type Request struct {
	// Op is the operation; tokens are bound to it.
	Op string
	// Params holds the request parameters (and path variables).
	Params url.Values
	// Quirks are the pagination quirks injected for this request.
	Quirks Quirks
	// Seq is unique per request; it keeps tokens of empty pages distinct.
	Seq uint64
}

// Validate reports a listing declaration that cannot work.
func (l *Listing) Validate() error {
	switch {
	case l.Style < PageNumber || l.Style > Offset:
		return fmt.Errorf("emu: listing has no valid style (%v)", l.Style)
	case l.PositionParam == "" || l.ItemsKey == "":
		return errors.New("emu: listing needs PositionParam and ItemsKey")
	case l.SizeParam == "" && l.Style != NextToken:
		return fmt.Errorf("emu: %v listing needs SizeParam", l.Style)
	case l.MinSize < 1 || l.MaxSize < l.MinSize || l.DefaultSize < l.MinSize || l.DefaultSize > l.MaxSize:
		return fmt.Errorf("emu: listing page sizes %d ≤ %d ≤ %d are inconsistent", l.MinSize, l.DefaultSize, l.MaxSize)
	case l.Items == nil:
		return errors.New("emu: listing has no item source")
	case (l.Style == NextToken || l.Style == Marker) && l.TokenKey == "":
		return fmt.Errorf("emu: %v listing needs TokenKey", l.Style)
	case l.Style == Marker && l.ItemID == nil:
		return errors.New("emu: Marker listing needs ItemID")
	}
	return nil
}

// Serve answers one page of the listing into out, after the members the
// caller already set (the request ID). Errors are *MissingParamError,
// *InvalidParamError or whatever Items returned.
func (l *Listing) Serve(req *Request, out *Object) error {
	if err := l.checkRequired(req); err != nil {
		return err
	}
	size, err := l.pageSize(req)
	if err != nil {
		return err
	}
	items, err := l.Items(req)
	if err != nil {
		return err
	}
	switch l.Style {
	case PageNumber:
		return l.servePageNumber(req, items, size, out)
	case NextToken:
		return l.serveNextToken(req, items, size, out)
	case Marker:
		return l.serveMarker(req, items, size, out)
	default:
		return l.serveOffset(req, items, size, out)
	}
}

func (l *Listing) checkRequired(req *Request) error {
	for _, name := range l.Required {
		if req.Params.Get(name) == "" {
			return &MissingParamError{Name: name}
		}
	}
	return nil
}

// setIf stores v under key when the listing declares the key.
func setIf(out *Object, key string, v any) {
	if key != "" {
		out.SetPath(key, v)
	}
}

// window returns items[start:start+size], clipped, and never nil, so it
// encodes as [] rather than null.
func window(items []any, start, size int) []any {
	start = min(max(start, 0), len(items))
	end := min(start+size, len(items))
	return append(make([]any, 0, end-start), items[start:end]...)
}
