package paginate

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
)

// cursorVersion is written into every cursor. Bump it when the meaning of
// a field changes; old cursors are then rejected with ErrInvalidCursor
// instead of being misread.
const cursorVersion = 1

// Bounds a cursor must respect. They are far above anything a real listing
// reaches and keep arithmetic on decoded values from overflowing.
const (
	maxCursorLen    = 16 << 10
	maxCursorPage   = 1<<31 - 1
	maxCursorOffset = 1 << 53
	maxCursorSkip   = limitPageSize
)

// cursorState is the content of a cursor: the next unread position of one
// listing. Only the position field of its style is set.
type cursorState struct {
	V      int    `json:"v"`
	Style  string `json:"style"`
	Token  string `json:"token,omitempty"`
	Marker string `json:"marker,omitempty"`
	Page   int    `json:"page,omitempty"`
	Offset int64  `json:"offset,omitempty"`
	Size   int    `json:"size,omitempty"`
	Skip   int    `json:"skip,omitempty"` // items of that page already read
	Done   bool   `json:"done,omitempty"` // the listing is complete
	Req    string `json:"req"`            // requestHash of the listing
}

// Cursor returns an opaque string naming the next unread position of the
// listing; pass it to ResumeFrom to continue there with a new pager, in
// this process or another. The empty string means "the start": it is what
// Cursor returns before anything has been read.
//
// The cursor stays valid after a failed fetch and still names the page
// that could not be read, so retrying is: new pager, same request,
// ResumeFrom(p.Cursor()). Inside an All loop it points just past the item
// the body has received, even in the middle of a page. A cursor of a
// complete listing resumes to an empty one. After ResumeFrom failed,
// Cursor returns the rejected cursor unchanged.
func (p *Pager[P, T]) Cursor() string {
	if p.badCursor != "" {
		return p.badCursor
	}
	at, skip, done := p.pos, p.skip, p.exhausted
	if p.win.more() {
		at, skip, done = p.win.at, p.win.next, false
	}
	if p.send == nil || (!done && skip == 0 && at == p.kind.start()) {
		return ""
	}
	return encodeCursor(p.cursorAt(at, skip, done))
}

// cursorAt describes a position of this pager's listing.
func (p *Pager[P, T]) cursorAt(at position, skip int, done bool) cursorState {
	c := cursorState{V: cursorVersion, Style: string(p.kind), Size: p.size, Skip: skip, Done: done, Req: p.requestHash()}
	switch {
	case done:
		c.Size = 0
	case p.kind == kindToken:
		c.Token = at.token
	case p.kind == kindMarker:
		c.Marker = at.token
	case p.kind == kindPageNumber:
		c.Page = at.page
	default:
		c.Offset = at.offset
	}
	return c
}

// at is the position a valid cursor names.
func (c cursorState) at() position {
	return position{token: c.Token + c.Marker, page: c.Page, offset: c.Offset}
}

// resumeFrom positions a new pager at a cursor, or arranges for the first
// fetch to report why it cannot.
func (p *Pager[P, T]) resumeFrom(raw string, sz sizes) {
	c, err := decodeCursor(raw)
	if err == nil {
		err = p.accepts(c)
	}
	if err != nil {
		p.pending, p.badCursor = err, raw
		return
	}
	p.pos, p.skip, p.exhausted = c.at(), c.Skip, c.Done
	if c.Size > 0 {
		p.size = sz.pick(c.Size)
	}
	if p.pos.token != "" {
		p.hist.remember(p.pos.token) // the server must not send us back here
	}
}

// accepts checks that a well-formed cursor belongs to this listing.
func (p *Pager[P, T]) accepts(c cursorState) error {
	if c.Style != string(p.kind) {
		return fmt.Errorf("%w: it is for a %s listing and this one pages by %s", ErrInvalidCursor, c.Style, p.kind)
	}
	if c.Req != p.requestHash() {
		return fmt.Errorf("%w: resume with the request the cursor was taken from, or start over without ResumeFrom", ErrCursorMismatch)
	}
	return nil
}

// requestHash returns the hash of the request with its pagination fields
// cleared, computing it once.
func (p *Pager[P, T]) requestHash() string {
	if p.reqHash == "" && p.hashRequest != nil {
		p.reqHash = p.hashRequest()
	}
	return p.reqHash
}

// requestHash fingerprints a request as its type (package path and name,
// so equal filters of two operations differ) plus the canonical form of a
// copy whose pagination fields were cleared by apply (see
// writeFingerprint). Two requests hash alike exactly when they list the
// same thing.
func requestHash[R any](req R, apply func(*R, position, int)) string {
	apply(&req, position{}, 0)
	t := reflect.TypeFor[R]()
	h := sha256.New()
	fmt.Fprintf(h, "%s.%s\n", t.PkgPath(), t.String())
	writeFingerprint(h, reflect.ValueOf(&req).Elem())
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// encodeCursor writes a cursor as base64url (no padding) of its JSON.
// Tokens and markers come from JSON responses and are valid UTF-8, which
// JSON keeps intact.
func encodeCursor(c cursorState) string {
	b, err := json.Marshal(c)
	if err != nil { // impossible: only strings, numbers and a bool
		return ""
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor reads a cursor written by encodeCursor. Anything else,
// including unknown fields, is rejected with ErrInvalidCursor.
func decodeCursor(s string) (cursorState, error) {
	var c cursorState
	if len(s) > maxCursorLen {
		return c, fmt.Errorf("%w: longer than %d bytes", ErrInvalidCursor, maxCursorLen)
	}
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return c, fmt.Errorf("%w: not base64url", ErrInvalidCursor)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if dec.Decode(&c) != nil || dec.Decode(&struct{}{}) != io.EOF {
		return cursorState{}, fmt.Errorf("%w: not a pager cursor", ErrInvalidCursor)
	}
	if err := c.validate(); err != nil {
		return cursorState{}, fmt.Errorf("%w: %s", ErrInvalidCursor, err)
	}
	return c, nil
}

// cursorProblem is a plain-text reason a decoded cursor is unusable.
type cursorProblem string

func (p cursorProblem) Error() string { return string(p) }

// validate checks the version, the bounds and the style, and that the
// position fits the style.
func (c cursorState) validate() error {
	switch {
	case c.V != cursorVersion:
		return cursorProblem(fmt.Sprintf("unsupported version %d", c.V))
	case !knownStyle(c.Style):
		return cursorProblem(fmt.Sprintf("unknown style %q", c.Style))
	case c.Size < 0 || c.Size > limitPageSize || c.Skip < 0 || c.Skip > maxCursorSkip:
		return cursorProblem("size or skip out of range")
	case c.Page < 0 || c.Page > maxCursorPage || c.Offset < 0 || c.Offset > maxCursorOffset:
		return cursorProblem("position out of range")
	case len(c.Req) != 32 || !isLowerHex(c.Req):
		return cursorProblem("malformed request hash")
	}
	return c.validatePosition()
}

// validatePosition rejects position fields that belong to another style
// (a page number in a token cursor), any position or skip in the cursor of
// a complete listing, and page numbers below 1.
func (c cursorState) validatePosition() error {
	if c.Done {
		if c.at() != (position{}) || c.Skip != 0 {
			return cursorProblem("a complete listing has no position")
		}
		return nil
	}
	own := c.ownPosition()
	if c.Token != own.Token || c.Marker != own.Marker || c.Page != own.Page || c.Offset != own.Offset {
		return cursorProblem("position field of another style")
	}
	if styleKind(c.Style) == kindPageNumber && c.Page < 1 {
		return cursorProblem("page number below 1")
	}
	return nil
}

// ownPosition keeps only the position field of the cursor's style.
func (c cursorState) ownPosition() cursorState {
	var own cursorState
	switch styleKind(c.Style) {
	case kindToken:
		own.Token = c.Token
	case kindMarker:
		own.Marker = c.Marker
	case kindPageNumber:
		own.Page = c.Page
	case kindOffset:
		own.Offset = c.Offset
	}
	return own
}

func knownStyle(s string) bool {
	switch styleKind(s) {
	case kindPageNumber, kindToken, kindMarker, kindOffset:
		return true
	}
	return false
}

func isLowerHex(s string) bool {
	for _, r := range s {
		if (r < '0' || r > '9') && (r < 'a' || r > 'f') {
			return false
		}
	}
	return true
}
