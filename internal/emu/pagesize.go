package emu

import (
	"fmt"
	"strconv"
)

// pageSize reads the requested page size, applies the listing's default
// and bounds, then any injected cap.
func (l *Listing) pageSize(req *Request) (int, error) {
	size := l.DefaultSize
	if raw := req.Params.Get(l.SizeParam); raw != "" && l.SizeParam != "" {
		n, err := strconv.Atoi(raw)
		if err != nil {
			return 0, &InvalidParamError{Name: l.SizeParam, Value: raw, Reason: "must be an integer"}
		}
		size, err = l.bound(n, raw)
		if err != nil {
			return 0, err
		}
	}
	if limit := req.Quirks.PageSizeCap; limit > 0 && size > limit {
		size = limit
	}
	return size, nil
}

// bound applies MinSize and MaxSize to n: clamped or rejected.
func (l *Listing) bound(n int, raw string) (int, error) {
	switch {
	case n >= l.MinSize && n <= l.MaxSize:
		return n, nil
	case !l.ClampSize:
		return 0, &InvalidParamError{Name: l.SizeParam, Value: raw,
			Reason: fmt.Sprintf("must be between %d and %d", l.MinSize, l.MaxSize)}
	case n < l.MinSize:
		return l.DefaultSize, nil
	default:
		return l.MaxSize, nil
	}
}

// intParam reads an integer parameter, def when absent.
func intParam(req *Request, name string, def int) (int, error) {
	raw := req.Params.Get(name)
	if raw == "" {
		return def, nil
	}
	n, err := strconv.Atoi(raw)
	if err != nil {
		return 0, &InvalidParamError{Name: name, Value: raw, Reason: "must be an integer"}
	}
	return n, nil
}
