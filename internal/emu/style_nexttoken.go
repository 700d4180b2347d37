package emu

// serveNextToken serves size items from where the request's token points
// and returns a token while items remain; the last page has none.
//
// Quirks: an empty page keeps its position but carries a fresh token (so
// nothing is lost and no token repeats); RepeatToken hands the request's
// token back; TokenCycle makes the third page point back at the second.
func (l *Listing) serveNextToken(req *Request, items []any, size int, out *Object) error {
	tok := req.Params.Get(l.PositionParam)
	start, err := l.tokenStart(req, tok, len(items))
	if err != nil {
		return err
	}
	page := window(items, start, size)
	next := ""
	switch {
	case req.Quirks.EmptyPage:
		page = page[:0]
		next = encodeToken(req.Op, start, req.Seq+1)
	case start+len(page) < len(items):
		next = encodeToken(req.Op, start+len(page), 0)
	}
	next = l.quirkyToken(req, tok, next, start, size)
	setIf(out, l.CountKey, len(page))
	setIf(out, l.TotalKey, len(items))
	if next != "" {
		out.SetPath(l.TokenKey, next)
	}
	setIf(out, l.SizeKey, size)
	out.SetPath(l.ItemsKey, page)
	return nil
}

// tokenStart decodes the request's token into an item position.
func (l *Listing) tokenStart(req *Request, tok string, total int) (int, error) {
	if tok == "" || req.Quirks.IgnorePosition {
		return 0, nil
	}
	pos, ok := decodeToken(req.Op, tok)
	if !ok {
		return 0, &InvalidParamError{Name: l.PositionParam, Value: tok, Reason: "is not a token this listing issued"}
	}
	return min(pos, total), nil
}

// quirkyToken applies RepeatToken and TokenCycle to the next token.
func (l *Listing) quirkyToken(req *Request, tok, next string, start, size int) string {
	switch {
	case req.Quirks.RepeatToken && tok != "":
		return tok
	case req.Quirks.TokenCycle && start == 2*size:
		return encodeToken(req.Op, size, 0)
	}
	return next
}
