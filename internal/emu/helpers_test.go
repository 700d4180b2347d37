package emu

import (
	"encoding/json"
	"fmt"
	"net/url"
	"testing"

	"github.com/stretchr/testify/require"
)

type item struct {
	ID string `json:"id"`
}

// numbered returns n items with IDs item-00, item-01, ….
func numbered(n int) []any {
	out := make([]any, n)
	for i := range out {
		out[i] = item{ID: fmt.Sprintf("item-%02d", i)}
	}
	return out
}

func source(n int) func(*Request) ([]any, error) {
	return func(*Request) ([]any, error) { return numbered(n), nil }
}

// serve runs one page request and returns the decoded response.
func serve(t *testing.T, l *Listing, params url.Values, q Quirks) map[string]any {
	t.Helper()
	out, err := serveErr(l, params, q)
	require.NoError(t, err)
	return out
}

func serveErr(l *Listing, params url.Values, q Quirks) (map[string]any, error) {
	var obj Object
	if err := l.Serve(&Request{Op: "List", Params: params, Quirks: q, Seq: 7}, &obj); err != nil {
		return nil, err
	}
	b, err := json.Marshal(&obj)
	if err != nil {
		return nil, err
	}
	var m map[string]any
	return m, json.Unmarshal(b, &m)
}

// ids lists the item IDs of a decoded page.
func ids(t *testing.T, page map[string]any, key string) []string {
	t.Helper()
	raw, ok := page[key].([]any)
	require.True(t, ok, "items under %q: %v", key, page)
	out := make([]string, len(raw))
	for i, it := range raw {
		out[i] = it.(map[string]any)["id"].(string)
	}
	return out
}

func idRange(from, to int) []string {
	var out []string
	for i := from; i < to; i++ {
		out = append(out, fmt.Sprintf("item-%02d", i))
	}
	return out
}
