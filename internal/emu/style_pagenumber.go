package emu

// servePageNumber serves page n (1-based) of size items and reports the
// total, so a client can stop on TotalCount, on a short page or on an
// empty one.
func (l *Listing) servePageNumber(req *Request, items []any, size int, out *Object) error {
	n, err := intParam(req, l.PositionParam, 1)
	if err != nil {
		return err
	}
	if n < 1 {
		return &InvalidParamError{Name: l.PositionParam, Value: req.Params.Get(l.PositionParam), Reason: "must be 1 or more"}
	}
	page := window(items, pageStart(req, n, size, len(items)), size)
	if req.Quirks.EmptyPage {
		page = page[:0]
	}
	setIf(out, l.TotalKey, len(items))
	setIf(out, l.SizeKey, size)
	setIf(out, l.NumberKey, n)
	setIf(out, l.CountKey, len(page))
	out.SetPath(l.ItemsKey, page)
	return nil
}

// pageStart is where page n starts; IgnorePosition makes it 0.
func pageStart(req *Request, n, size, total int) int {
	switch {
	case req.Quirks.IgnorePosition:
		return 0
	case n-1 >= total: // beyond the end; also keeps (n-1)*size from overflowing
		return total
	}
	return (n - 1) * size
}
