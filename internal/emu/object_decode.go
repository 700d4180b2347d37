package emu

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// DecodeValue decodes one JSON value keeping the order of object members:
// objects become *Object, arrays []any, numbers json.Number (so they are
// written back exactly as read), and the other scalars what
// encoding/json makes of them. Emulators use it to change a member of a
// sample document without reordering the rest.
func DecodeValue(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := decodeNext(dec)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("emu: data after the JSON value")
	}
	return v, nil
}

// decodeNext reads the next value from dec.
func decodeNext(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch tok {
	case json.Delim('{'):
		return decodeMembers(dec)
	case json.Delim('['):
		return decodeElems(dec)
	}
	return tok, nil
}

// decodeMembers reads an object's members up to its closing brace.
func decodeMembers(dec *json.Decoder) (*Object, error) {
	obj := &Object{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, ok := tok.(string)
		if !ok {
			return nil, fmt.Errorf("emu: object key %v is not a string", tok)
		}
		v, err := decodeNext(dec)
		if err != nil {
			return nil, err
		}
		obj.Set(key, v)
	}
	_, err := dec.Token() // '}'
	return obj, err
}

// decodeElems reads an array's elements up to its closing bracket. An
// empty array stays non-nil, so it is written back as [].
func decodeElems(dec *json.Decoder) ([]any, error) {
	elems := []any{}
	for dec.More() {
		v, err := decodeNext(dec)
		if err != nil {
			return nil, err
		}
		elems = append(elems, v)
	}
	_, err := dec.Token() // ']'
	return elems, err
}
