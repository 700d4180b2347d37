package emu

// serveMarker serves size items after the item whose ID is the request's
// marker and returns, while items remain, the ID of the page's last item
// as the next marker; the last page has none.
//
// Quirks: because a marker is an item ID, an empty page cannot keep its
// position with a fresh marker; it withholds its items and carries the
// marker that skips them (the server "filtered out" the page).
// RepeatToken hands the request's marker back; TokenCycle makes the third
// page point back at the second.
func (l *Listing) serveMarker(req *Request, items []any, size int, out *Object) error {
	marker := req.Params.Get(l.PositionParam)
	start, err := l.markerStart(req, items, marker)
	if err != nil {
		return err
	}
	page := window(items, start, size)
	next := l.nextMarker(req, items, marker, start, len(page), size)
	if req.Quirks.EmptyPage {
		page = page[:0]
	}
	out.SetPath(l.ItemsKey, page)
	if next != "" {
		out.SetPath(l.TokenKey, next)
	}
	setIf(out, l.CountKey, len(page))
	setIf(out, l.TotalKey, len(items))
	setIf(out, l.SizeKey, size)
	return nil
}

// nextMarker is the ID of the page's last item while items remain, as
// changed by RepeatToken and TokenCycle.
func (l *Listing) nextMarker(req *Request, items []any, marker string, start, n, size int) string {
	switch {
	case req.Quirks.RepeatToken && marker != "":
		return marker
	case req.Quirks.TokenCycle && start == 2*size:
		return l.ItemID(items[size-1])
	case n > 0 && start+n < len(items):
		return l.ItemID(items[start+n-1])
	}
	return ""
}

// markerStart finds the position after the marker's item.
func (l *Listing) markerStart(req *Request, items []any, marker string) (int, error) {
	if marker == "" || req.Quirks.IgnorePosition {
		return 0, nil
	}
	for i, it := range items {
		if l.ItemID(it) == marker {
			return i + 1, nil
		}
	}
	return 0, &InvalidParamError{Name: l.PositionParam, Value: marker, Reason: "names no item of this listing"}
}
