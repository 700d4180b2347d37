package emu

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
)

// synthItem is one item of a synthetic listing: its identity and its JSON,
// encoded once when the item is made, so serving a page of a large
// listing copies bytes instead of encoding nested documents again.
type synthItem struct {
	id  string
	raw json.RawMessage
}

// MarshalJSON writes the item's JSON as it was encoded when made.
func (it synthItem) MarshalJSON() ([]byte, error) { return it.raw, nil }

// decode returns the item as encoding/json decodes it.
func (it synthItem) decode() any {
	var v any
	if err := json.Unmarshal(it.raw, &v); err != nil {
		return nil // cannot happen: raw was encoded by this package
	}
	return v
}

// idPlaceholder stands for the identity while a template is cut. A NUL
// cannot occur in a sample, so its encoding is found exactly once.
const idPlaceholder = "\x00emu-id\x00"

// template makes the items of a listing from its sample: the sample's
// JSON is cut around the identity's value once, so making an item is the
// identity's encoding between two copied halves.
type template struct {
	base           string // the identity's value in the sample
	prefix, suffix []byte // the JSON before and after it; empty for string items
}

// newTemplate parses meta's sample and cuts it around the IDKey member.
func newTemplate(meta ListingMeta) (*template, error) {
	v, err := DecodeValue([]byte(meta.Sample))
	if err != nil {
		return nil, fmt.Errorf("%s: sample item: %w", meta.Op, err)
	}
	if meta.IDKey == "" {
		base, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("%s: the sample item is not a string and no IDKey names its identity", meta.Op)
		}
		return &template{base: base}, nil
	}
	obj, _ := v.(*Object)
	var base any
	if obj != nil {
		base, _ = obj.Get(meta.IDKey)
	}
	if _, ok := base.(string); !ok {
		return nil, fmt.Errorf("%s: the sample item has no string member %q", meta.Op, meta.IDKey)
	}
	return cutTemplate(obj, meta.IDKey, base.(string))
}

// cutTemplate encodes obj with the placeholder as its identity and splits
// the JSON there.
func cutTemplate(obj *Object, idKey, base string) (*template, error) {
	obj.Set(idKey, idPlaceholder)
	raw, err := Marshal(obj)
	if err != nil {
		return nil, err
	}
	mark, err := Marshal(idPlaceholder)
	if err != nil {
		return nil, err
	}
	at := bytes.Index(raw, mark)
	if at < 0 {
		return nil, errors.New("emu: the identity placeholder was not found") // cannot happen
	}
	return &template{base: base, prefix: raw[:at], suffix: raw[at+len(mark):]}, nil
}

// make returns n items; item i (from 1) is identified by base-i.
func (t *template) make(n int) []synthItem {
	out := make([]synthItem, n)
	for i := range out {
		id := t.base + "-" + strconv.Itoa(i+1)
		quoted, _ := Marshal(id) // a string always encodes
		raw := make([]byte, 0, len(t.prefix)+len(quoted)+len(t.suffix))
		raw = append(append(append(raw, t.prefix...), quoted...), t.suffix...)
		out[i] = synthItem{id: id, raw: raw}
	}
	return out
}

// encodeItems encodes values given by a test as the items of op. An
// item's identity is its idKey member when that is a non-empty string,
// the item itself when it is a string, and otherwise op-i (i from 1).
func encodeItems(op, idKey string, values []any) ([]synthItem, error) {
	out := make([]synthItem, len(values))
	for i, v := range values {
		raw, err := Marshal(v)
		if err != nil {
			return nil, fmt.Errorf("%s: item %d: %w", op, i, err)
		}
		out[i] = synthItem{id: op + "-" + strconv.Itoa(i+1), raw: raw}
		if id := identityOf(raw, idKey); id != "" {
			out[i].id = id
		}
	}
	return out, nil
}

// identityOf reads an encoded item's identity, or "".
func identityOf(raw []byte, idKey string) string {
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return ""
	}
	switch v := v.(type) {
	case string:
		return v
	case map[string]any:
		s, _ := v[idKey].(string)
		return s
	}
	return ""
}
