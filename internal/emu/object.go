package emu

import (
	"bytes"
	"encoding/json"
	"strings"
)

// Object is a JSON object that keeps its keys in the order they were first
// set, so emulated responses read like the documentation's examples
// (RequestId first, items last) rather than in Go's sorted map order.
// The zero value is an empty object ready to use.
type Object struct {
	keys []string
	vals map[string]any
}

// Set stores v under key, replacing an earlier value in place. It returns
// o so that a response can be written as one chain of calls.
func (o *Object) Set(key string, v any) *Object {
	if o.vals == nil {
		o.vals = map[string]any{}
	}
	if _, ok := o.vals[key]; !ok {
		o.keys = append(o.keys, key)
	}
	o.vals[key] = v
	return o
}

// SetPath stores v under a dotted path such as "page_info.next_marker",
// creating the intermediate objects. A path without dots is Set.
func (o *Object) SetPath(path string, v any) *Object {
	head, rest, nested := strings.Cut(path, ".")
	if !nested {
		return o.Set(path, v)
	}
	child, ok := o.vals[head].(*Object)
	if !ok {
		child = &Object{}
		o.Set(head, child)
	}
	child.SetPath(rest, v)
	return o
}

// Get returns the value stored under key.
func (o *Object) Get(key string) (any, bool) {
	v, ok := o.vals[key]
	return v, ok
}

// Keys returns the keys in order.
func (o *Object) Keys() []string { return append([]string(nil), o.keys...) }

// MarshalJSON writes the members in order. Values are encoded with
// encoding/json, without HTML escaping, as the clouds do.
func (o *Object) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, k := range o.keys {
		if i > 0 {
			buf.WriteByte(',')
		}
		if err := encodeTo(&buf, k); err != nil {
			return nil, err
		}
		buf.WriteByte(':')
		if err := encodeTo(&buf, o.vals[k]); err != nil {
			return nil, err
		}
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// encodeTo appends v's JSON encoding without the trailing newline that
// json.Encoder adds.
func encodeTo(buf *bytes.Buffer, v any) error {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	buf.Truncate(buf.Len() - 1)
	return nil
}
