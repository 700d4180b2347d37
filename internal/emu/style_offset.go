package emu

// serveOffset serves size items from a 0-based offset and reports the
// total and the page's length.
func (l *Listing) serveOffset(req *Request, items []any, size int, out *Object) error {
	off, err := intParam(req, l.PositionParam, 0)
	if err != nil {
		return err
	}
	if off < 0 && !l.ClampSize {
		return &InvalidParamError{Name: l.PositionParam, Value: req.Params.Get(l.PositionParam), Reason: "must be 0 or more"}
	}
	if req.Quirks.IgnorePosition {
		off = 0
	}
	page := window(items, off, size)
	if req.Quirks.EmptyPage {
		page = page[:0]
	}
	setIf(out, l.SizeKey, size)
	setIf(out, l.CountKey, len(page))
	setIf(out, l.TotalKey, len(items))
	out.SetPath(l.ItemsKey, page)
	return nil
}
