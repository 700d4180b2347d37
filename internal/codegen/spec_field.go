package codegen

import "encoding/json"

// Field is one member of a request, a response or a shape.
type Field struct {
	// Name is the exact wire name: the query or form key, path
	// placeholder, header name or JSON member ("AcceleratorId",
	// "ingress_port"). It goes into the Go struct tag unchanged.
	Name string `json:"name"`
	// GoName overrides the Go field name derived from Name with the
	// initialism table ("AcceleratorId" gives "AcceleratorID").
	GoName string `json:"goName,omitempty"`
	// TypeRef is the field's type.
	TypeRef
	// Required marks a member the call cannot do without. The request's
	// encode method refuses a zero value before anything is sent. On
	// output fields it is documentation only.
	Required bool `json:"required,omitempty"`
	// Doc is a predicate that follows the Go name ("is the ID of the
	// listener."). Required, range and default sentences are added by
	// the generator, so do not repeat them here.
	Doc string `json:"doc,omitempty"`
	// Range bounds a numeric request value; encode refuses values
	// outside it. On output fields it is documentation only.
	Range *Range `json:"range,omitempty"`
	// Default is the value the server uses when the field is not sent,
	// as JSON of the field's type. Documentation only.
	Default json.RawMessage `json:"default,omitempty"`
	// Pointer makes a scalar request field a pointer because its zero value
	// is meaningful to send (a false filter, a 0 weight): nil is not sent.
	// An object sent with style "json" must be a pointer.
	Pointer bool `json:"pointer,omitempty"`
	// Wrap is the inner key of an Alibaba list wrapper: a field "Items"
	// with Wrap "Item" reads {"Items":{"Item":[…]}} as a plain slice.
	Wrap string `json:"wrap,omitempty"`
	// Location says where an input travels. Alibaba: "query" (default) or
	// "form" (form-encoded body). Huawei: "path", "query", "header",
	// "body" (a JSON body member, the default) or "form" (a multipart
	// part). On Huawei output fields: "body" (default) or "header".
	Location string `json:"location,omitempty"`
	// Style is how an Alibaba input is serialized: "flat" (default; a
	// scalar, or an object or map sent as Name.Key), "repeatList" (an
	// array sent as Name.1, Name.1.Key, …), "json" (the value as one JSON
	// string) or "simple" (a string array joined with commas).
	Style string `json:"style,omitempty"`
	// Fill names an Alibaba input the runtime supplies: "regionId" (the
	// client fills RegionId when it is empty), "clientToken" (the client
	// fills ClientToken with a fresh UUID once per call) or "signer" (the
	// signer sends it, e.g. SecurityToken; no Go field is generated).
	Fill string `json:"fill,omitempty"`
	// WholeBody marks a Huawei field that is the entire body rather than
	// one member of it: a JSON map or array, or raw bytes.
	WholeBody bool `json:"wholeBody,omitempty"`
}

// TypeRef is a type: a scalar, a named shape or enum, or a list or map
// of another TypeRef.
type TypeRef struct {
	// Type is one of string, int32, int64, float64, bool, time (RFC 3339
	// on the wire), bytes (raw bytes: file parts and binary bodies),
	// object (Ref names a shape), array (see Items), map (string keys,
	// see Values) and any (arbitrary JSON).
	Type string `json:"type"`
	// Ref names the shape of an object, or the Enum of a string or integer.
	Ref string `json:"ref,omitempty"`
	// Items is the element type of an array.
	Items *TypeRef `json:"items,omitempty"`
	// Values is the value type of a map.
	Values *TypeRef `json:"values,omitempty"`
}

// Range is an inclusive numeric bound; either end may be left out. The
// numbers are kept as written so large int64 bounds stay exact.
type Range struct {
	// Min is the smallest valid value, or nil for no lower bound.
	Min *json.Number `json:"min,omitempty"`
	// Max is the largest valid value, or nil for no upper bound.
	Max *json.Number `json:"max,omitempty"`
}

// Pagination describes how a list operation pages. The style is stated,
// never guessed from field names. Request fields are named by wire name;
// response members by a dotted path of wire names ("page_info.next_marker").
type Pagination struct {
	// Style is "PageNumber" (PageNumber/PageSize, TotalCount), "NextToken"
	// (NextToken/MaxResults), "Marker" (marker/limit, next marker in the
	// response) or "Offset" (offset/limit, total).
	Style string `json:"style"`
	// InputToken is the request field carrying the token or marker
	// (NextToken and Marker styles).
	InputToken string `json:"inputToken,omitempty"`
	// PageNumber is the request field carrying the 1-based page number
	// (PageNumber style).
	PageNumber string `json:"pageNumber,omitempty"`
	// Offset is the request field carrying the number of items to skip
	// (Offset style).
	Offset string `json:"offset,omitempty"`
	// PageSize is the request field carrying the page size. Required except
	// for NextToken operations that take none.
	PageSize string `json:"pageSize,omitempty"`
	// OutputToken is the response path of the next token or marker
	// (NextToken and Marker styles).
	OutputToken string `json:"outputToken,omitempty"`
	// TotalCount is the response path of the total number of items.
	TotalCount string `json:"totalCount,omitempty"`
	// Items is the response path of the list of items. Required.
	Items string `json:"items"`
	// EchoedPageSize is the response path where the server repeats the page
	// size it applied, which may be smaller than the one asked for.
	EchoedPageSize string `json:"echoedPageSize,omitempty"`
	// DefaultPageSize is the page size the server uses when none is sent.
	DefaultPageSize int `json:"defaultPageSize,omitempty"`
	// MaxPageSize is the largest page size the server accepts; pagers ask
	// for it by default to save round trips.
	MaxPageSize int `json:"maxPageSize,omitempty"`
}
