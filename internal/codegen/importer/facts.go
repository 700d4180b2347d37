package importer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

// Facts is one service's API facts file (apifacts): every operation with
// its parameters, response members, their wire names, locations, types
// and pagination. Only the keys the converter uses are decoded; the
// others (goType, protocol, …) are ignored.
type Facts struct {
	// Provider is "alibaba" or "huawei".
	Provider string `json:"provider"`
	// Service is the service's short name ("ga", "apig").
	Service string `json:"service"`
	// Product is the product code of the explorer URLs ("Ga", "APIG").
	Product string `json:"product"`
	// APIVersion is the version the operations belong to.
	APIVersion string `json:"apiVersion"`
	// Operations are the operations, sorted by name.
	Operations []FactOperation `json:"operations"`
}

// FactOperation is one operation of a facts file.
type FactOperation struct {
	// Name is the SDK's operation name, the spec's too.
	Name string `json:"name"`
	// Method and Path are the HTTP method and path template (Huawei;
	// Alibaba calls are all POST /).
	Method string `json:"method"`
	Path   string `json:"path"`
	// Action is the Alibaba Action parameter.
	Action string `json:"action"`
	// Request and Response hold the top-level fields.
	Request  FactMessage `json:"request"`
	Response FactMessage `json:"response"`
	// Pagination is how the operation pages, or nil.
	Pagination *FactPagination `json:"pagination"`
	// Docs.Explorer is the operation's API Explorer page.
	Docs struct {
		Explorer string `json:"explorer"`
	} `json:"docs"`
}

// FactMessage is a request or a response.
type FactMessage struct {
	// Fields are the top-level parameters or members, body members
	// flattened to the top level.
	Fields []FactField `json:"fields"`
}

// FactField is a parameter, a member, or (inside items or values) an
// anonymous element shape.
type FactField struct {
	// Name is the wire name.
	Name string `json:"name"`
	// Location is query, body, path, header or form (top level only).
	Location string `json:"location"`
	// Type is string, integer, long, number, boolean, object, array, map
	// or any; Format refines it (int32, int64, float, double, date-time,
	// binary).
	Type   string `json:"type"`
	Format string `json:"format"`
	// Required is the SDK's required mark.
	Required bool `json:"required"`
	// Style is how an Alibaba request field is serialized: flat,
	// repeatList, json or simple.
	Style string `json:"style"`
	// Enum are the allowed values (Huawei): strings or json.Number.
	Enum []any `json:"enum"`
	// Ref is the Huawei SDK's name of the field's type (object or enum).
	Ref string `json:"ref"`
	// Items, Values and Fields describe list elements, map values and
	// object members.
	Items  *FactField  `json:"items"`
	Values *FactField  `json:"values"`
	Fields []FactField `json:"fields"`
	// WholeBody marks a field that is the entire HTTP body.
	WholeBody bool `json:"wholeBody"`
}

// FactPagination is how a facts operation pages. The position field of
// every token-like style (NextToken, marker, offset) is InputToken.
type FactPagination struct {
	// Style is PageNumber, NextToken, Marker or Offset.
	Style string `json:"style"`
	// InputToken, PageSize and PageNumber are request wire names.
	InputToken string `json:"inputToken"`
	PageSize   string `json:"pageSize"`
	PageNumber string `json:"pageNumber"`
	// OutputToken, TotalCount and Items are dotted response paths.
	OutputToken string `json:"outputToken"`
	TotalCount  string `json:"totalCount"`
	Items       string `json:"items"`
	// Ambiguous marks an operation with more than one candidate list.
	Ambiguous bool `json:"ambiguous"`
}

// LoadFacts reads and decodes a facts file. Numbers (integer enum
// values) stay exact.
func LoadFacts(path string) (*Facts, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	f, err := ParseFacts(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// ParseFacts decodes a facts file and checks the little the converter
// relies on: a known provider, named operations, unambiguous item lists.
func ParseFacts(data []byte) (*Facts, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var f Facts
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("decode facts: %w", err)
	}
	if f.Provider != providerAlibaba && f.Provider != providerHuawei {
		return nil, fmt.Errorf("facts: provider %q is not alibaba or huawei", f.Provider)
	}
	for i, op := range f.Operations {
		if op.Name == "" {
			return nil, fmt.Errorf("facts: operation %d has no name", i+1)
		}
		if op.Pagination != nil && op.Pagination.Ambiguous {
			return nil, fmt.Errorf("facts: operation %s: ambiguous item list", op.Name)
		}
	}
	return &f, nil
}
