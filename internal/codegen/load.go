package codegen

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
)

// Load reads, decodes and validates the spec at path.
func Load(path string) (*Spec, error) {
	s, err := Read(path)
	if err != nil {
		return nil, err
	}
	if err := Validate(s); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// Read reads and decodes the spec at path without validating it. It is
// for tools that rewrite a spec, such as polycloud-import, whose output
// is validated instead: a spec written before a new validation rule must
// still be readable to be brought up to it.
func Read(path string) (*Spec, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	s, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// Parse decodes a spec strictly (unknown keys and trailing data are
// errors, numbers stay exact) and validates it.
func Parse(data []byte) (*Spec, error) {
	s, err := decode(data)
	if err != nil {
		return nil, err
	}
	if err := Validate(s); err != nil {
		return nil, err
	}
	return s, nil
}

func decode(data []byte) (*Spec, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	var s Spec
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("decode spec: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("decode spec: data after the top-level object")
	}
	return &s, nil
}
