package paginate

import (
	"context"
	"encoding/base64"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const testHash = "0123456789abcdef0123456789abcdef"

func TestCursorRoundTrip(t *testing.T) {
	for _, c := range []cursorState{
		{V: 1, Style: "token", Token: "AAE=/x+y", Size: 100, Skip: 3, Req: testHash},
		{V: 1, Style: "marker", Marker: "00f3-<&>", Size: 2000, Req: testHash},
		{V: 1, Style: "page", Page: 7, Size: 50, Skip: 49, Req: testHash},
		{V: 1, Style: "offset", Offset: 1 << 40, Size: 500, Req: testHash},
		{V: 1, Style: "offset", Done: true, Req: testHash},
	} {
		s := encodeCursor(c)
		assert.NotContains(t, s, "=", "no padding")
		got, err := decodeCursor(s)
		require.NoError(t, err)
		assert.Equal(t, c, got)
	}
}

func TestDecodeCursorRejects(t *testing.T) {
	enc := func(json string) string { return base64.RawURLEncoding.EncodeToString([]byte(json)) }
	for name, s := range map[string]string{
		"garbage":            "%%%not-a-cursor%%%",
		"padded base64":      base64.URLEncoding.EncodeToString([]byte(`{"v":1}`)),
		"not JSON":           enc("hello"),
		"trailing data":      enc(`{"v":1,"style":"token","token":"a","req":"` + testHash + `"} {}`),
		"unknown field":      enc(`{"v":1,"style":"token","token":"a","req":"` + testHash + `","x":1}`),
		"version 2":          enc(`{"v":2,"style":"token","token":"a","req":"` + testHash + `"}`),
		"no version":         enc(`{"style":"token","token":"a","req":"` + testHash + `"}`),
		"unknown style":      enc(`{"v":1,"style":"cursor","req":"` + testHash + `"}`),
		"page zero":          enc(`{"v":1,"style":"page","page":0,"req":"` + testHash + `"}`),
		"negative offset":    enc(`{"v":1,"style":"offset","offset":-1,"req":"` + testHash + `"}`),
		"negative skip":      enc(`{"v":1,"style":"token","token":"a","skip":-1,"req":"` + testHash + `"}`),
		"huge page":          enc(`{"v":1,"style":"page","page":99999999999,"req":"` + testHash + `"}`),
		"field of another":   enc(`{"v":1,"style":"token","page":3,"req":"` + testHash + `"}`),
		"done with position": enc(`{"v":1,"style":"marker","marker":"a","done":true,"req":"` + testHash + `"}`),
		"bad hash":           enc(`{"v":1,"style":"token","token":"a","req":"xyz"}`),
		"too long":           strings.Repeat("A", maxCursorLen+1),
	} {
		_, err := decodeCursor(s)
		assert.ErrorIs(t, err, ErrInvalidCursor, name)
	}
}

func TestResumeFromInvalidCursor(t *testing.T) {
	tokenCursor := func() string {
		s := &tkServer{data: makeItems(12)}
		p := NewToken(s.fetch, &tkReq{Filter: "f"}, tkStyle(100), PageSize(5))
		_, err := p.NextPage(context.Background())
		require.NoError(t, err)
		return p.Cursor()
	}()
	for _, fx := range fixtures() {
		for _, bad := range []string{"garbage!", "e30", tokenCursor} {
			if fx.name == "token" && bad == tokenCursor {
				continue
			}
			p, calls := fx.start(makeItems(12), "f", nil, ResumeFrom(bad))
			assert.True(t, p.More(), "%s: the error is still to be reported", fx.name)
			got, err := collect(p.All(context.Background()))
			require.ErrorIs(t, err, ErrInvalidCursor, fx.name)
			assert.Empty(t, got)
			assert.Equal(t, 0, calls())
			assert.False(t, p.More())
			assert.Equal(t, bad, p.Cursor(), "the rejected cursor is kept")
		}
	}
}

func TestResumeFromCursorOfOtherFilters(t *testing.T) {
	for _, fx := range fixtures() {
		t.Run(fx.name, func(t *testing.T) {
			data := makeItems(12)
			p, _ := fx.start(data, "a", nil, PageSize(5))
			got, err := collect(p.All(context.Background()))
			require.NoError(t, err)
			require.Len(t, got, 12)
			p, _ = fx.start(data, "a", nil, PageSize(5), MaxItems(7)) // stop in the middle of page 2
			_, err = collect(p.All(context.Background()))
			require.NoError(t, err)
			saved := p.Cursor()

			other, calls := fx.start(data, "b", nil, ResumeFrom(saved))
			_, err = collect(other.All(context.Background()))
			require.ErrorIs(t, err, ErrCursorMismatch)
			assert.Contains(t, err.Error(), "different filters")
			assert.Equal(t, 0, calls())

			same, _ := fx.start(data, "a", nil, ResumeFrom(saved), PageSize(3))
			rest, err := collect(same.All(context.Background()))
			require.NoError(t, err, "pagination fields and options are not part of the match")
			assert.Equal(t, data[7:], rest, "the cursor's page size wins over PageSize")
		})
	}
}

func TestRequestHash(t *testing.T) {
	style := tkStyle(100)
	h := func(r tkReq) string { return requestHash(r, style.apply) }
	base := h(tkReq{Filter: "a"})
	assert.Len(t, base, 32)
	assert.Equal(t, base, h(tkReq{Filter: "a", NextToken: "x", MaxResults: 7}), "pagination fields are cleared")
	assert.NotEqual(t, base, h(tkReq{Filter: "b"}))

	type otherReq tkReq // same fields, another operation
	other := requestHash(otherReq{Filter: "a"}, func(r *otherReq, at position, n int) { r.NextToken, r.MaxResults = at.token, int32(n) })
	assert.NotEqual(t, base, other, "the request type is part of the hash")

	type unmarshalable struct{ C chan int }
	assert.Len(t, requestHash(unmarshalable{}, func(*unmarshalable, position, int) {}), 32)
}

// FuzzDecodeCursor checks that decoding arbitrary input never panics and
// fails only with ErrInvalidCursor, that a decoded cursor re-encodes to the
// same state, and that encoding then decoding a cursor whose token or
// marker is the input is the identity. The seed corpus in
// testdata/fuzz/FuzzDecodeCursor runs with every `go test`.
func FuzzDecodeCursor(f *testing.F) {
	f.Add(encodeCursor(cursorState{V: 1, Style: "token", Token: "t", Size: 10, Skip: 2, Req: testHash}))
	f.Fuzz(func(t *testing.T, s string) {
		if c, err := decodeCursor(s); err != nil {
			require.ErrorIs(t, err, ErrInvalidCursor)
		} else {
			require.NoError(t, c.validate())
			again, err := decodeCursor(encodeCursor(c))
			require.NoError(t, err)
			require.Equal(t, c, again)
		}
		if !utf8.ValidString(s) { // tokens come from JSON, so they are valid UTF-8
			return
		}
		for _, c := range []cursorState{
			{V: 1, Style: "token", Token: s, Size: len(s) % 1000, Skip: len(s) % 7, Req: testHash},
			{V: 1, Style: "marker", Marker: s, Size: 2000, Req: testHash},
		} {
			if c.Token+c.Marker == "" {
				continue
			}
			enc := encodeCursor(c)
			got, err := decodeCursor(enc)
			if len(enc) > maxCursorLen {
				require.ErrorIs(t, err, ErrInvalidCursor)
				continue
			}
			require.NoError(t, err)
			require.Equal(t, c, got)
		}
	})
}

// fingerprintRequest has a filter that JSON never sees, like a Huawei path
// parameter tagged json:"-".
type fingerprintRequest struct {
	InstanceID string `json:"-"`
	Tags       map[string]string
	Limit      *int
	Marker     string
}

func TestRequestHashSeesFieldsHiddenFromJSON(t *testing.T) {
	clear := func(r *fingerprintRequest, _ position, _ int) { r.Marker = "" }
	limit := 5
	a := requestHash(fingerprintRequest{InstanceID: "a", Tags: map[string]string{"x": "1", "y": "2"}, Limit: &limit}, clear)
	b := requestHash(fingerprintRequest{InstanceID: "b", Tags: map[string]string{"x": "1", "y": "2"}, Limit: &limit}, clear)
	other := 5
	again := requestHash(fingerprintRequest{InstanceID: "a", Tags: map[string]string{"y": "2", "x": "1"}, Limit: &other, Marker: "m"}, clear)
	assert.NotEqual(t, a, b, "a hidden filter changes the hash")
	assert.Equal(t, a, again, "map order, pointer identity and pagination fields do not")
}
