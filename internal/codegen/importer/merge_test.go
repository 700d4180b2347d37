package importer

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/polycloud-go/polycloud/internal/codegen"
)

func str(name string) codegen.Field {
	return codegen.Field{Name: name, TypeRef: codegen.TypeRef{Type: typeString}}
}

func TestMergeFields(t *testing.T) {
	old := []codegen.Field{
		{Name: "B", TypeRef: codegen.TypeRef{Type: typeInt64}, Doc: "is b.", GoName: "Bee"},
		{Name: "Gone", TypeRef: codegen.TypeRef{Type: typeString}, Doc: "is not in the facts."},
		{Name: "A", TypeRef: codegen.TypeRef{Type: typeString}},
	}
	fresh := []codegen.Field{
		str("A"),
		{Name: "B", TypeRef: codegen.TypeRef{Type: typeInt32}, Required: true, Location: "form", Style: "json", Fill: "signer"},
		str("C"),
	}
	got := mergeFields(old, fresh)
	want := []codegen.Field{
		{Name: "B", TypeRef: codegen.TypeRef{Type: typeInt64}, Doc: "is b.", GoName: "Bee", Location: "form", Style: "json", Fill: "signer"},
		old[1],
		old[2],
		str("C"),
	}
	assert.Equal(t, want, got, "existing order and attributes kept, empty wire attributes filled, booleans as written")
}

func TestMergeFieldsMatchesByLocationFirst(t *testing.T) {
	old := []codegen.Field{{Name: "id", TypeRef: codegen.TypeRef{Type: typeString}, Location: "query", Doc: "q"}}
	fresh := []codegen.Field{
		{Name: "id", TypeRef: codegen.TypeRef{Type: typeString}, Location: "path", Required: true},
		{Name: "id", TypeRef: codegen.TypeRef{Type: typeString}, Location: "query"},
	}
	got := mergeFields(old, fresh)
	assert.Len(t, got, 2)
	assert.Equal(t, "q", got[0].Doc)
	assert.Equal(t, "path", got[1].Location)
}

func TestMergeFieldKeepsWrapOnlyForLists(t *testing.T) {
	old := codegen.Field{Name: "Apis", TypeRef: codegen.TypeRef{Type: typeObject, Ref: "Apis"}}
	fresh := codegen.Field{Name: "Apis", TypeRef: codegen.TypeRef{Type: typeArray}, Wrap: "Api"}
	assert.Empty(t, mergeField(old, fresh).Wrap, "a person kept the wrapper as an object")
}

func TestMergeEnum(t *testing.T) {
	old := codegen.Enum{Name: "Proto", Type: typeString, Doc: "is a protocol.",
		Values: []codegen.EnumValue{{Value: "HTTPS", GoName: "Secure", Doc: "means TLS."}}}
	fresh := codegen.Enum{Name: "Proto", Type: typeString, Values: []codegen.EnumValue{{Value: "HTTP"}, {Value: "HTTPS"}}}
	got := mergeEnum(old, fresh)
	assert.Equal(t, "is a protocol.", got.Doc)
	assert.Equal(t, []codegen.EnumValue{{Value: "HTTPS", GoName: "Secure", Doc: "means TLS."}, {Value: "HTTP"}}, got.Values)
	assert.Len(t, old.Values, 1, "the existing enum is not modified")
}

func TestMergeOperation(t *testing.T) {
	old := codegen.Operation{Name: "ListThings", Doc: "lists the things.", Idempotent: false,
		Pagination: &codegen.Pagination{Style: "Offset", Offset: "offset", PageSize: "limit", Items: "things", MaxPageSize: 50}}
	fresh := codegen.Operation{Name: "ListThings", Doc: "lists things.", DocURL: "https://x", Method: "GET", Path: "/things",
		Idempotent: true, Pagination: &codegen.Pagination{Style: "Offset", Offset: "offset", PageSize: "limit", Items: "things"}}
	got := mergeOperation(old, fresh)
	assert.Equal(t, "lists the things.", got.Doc)
	assert.Equal(t, "https://x", got.DocURL)
	assert.Equal(t, "GET", got.Method)
	assert.False(t, got.Idempotent, "booleans stay as written")
	assert.Equal(t, 50, got.Pagination.MaxPageSize)
}

func TestDedupeGoNames(t *testing.T) {
	fs := []codegen.Field{
		{Name: "name", TypeRef: codegen.TypeRef{Type: typeString}, Location: "query"},
		{Name: "Name", TypeRef: codegen.TypeRef{Type: typeString}, Location: "body"},
		{Name: "SecurityToken", TypeRef: codegen.TypeRef{Type: typeString}, Fill: "signer"},
		{Name: "security_token", TypeRef: codegen.TypeRef{Type: typeString}},
	}
	dedupeFields(fs)
	assert.Equal(t, []string{"", "NameBody", "", ""}, []string{fs[0].GoName, fs[1].GoName, fs[2].GoName, fs[3].GoName},
		"a signer-filled field has no Go field, so it takes no name")
	e := codegen.Enum{Name: "Mode", Type: typeString, Values: []codegen.EnumValue{{Value: "http"}, {Value: "HTTP"}, {Value: json.Number("1")}}}
	e.Type = typeString
	dedupeEnumValues(&e)
	assert.Equal(t, "HTTP2", e.Values[1].GoName)
}

// A request enum with a zero value becomes a pointer even where the
// existing spec says otherwise: no one can mean a value that cannot be
// sent. Other booleans stay as written.
func TestMergeFieldForcesPointerOnZeroEnum(t *testing.T) {
	enum := codegen.TypeRef{Type: typeInt32, Ref: "ChargingMode"}
	old := codegen.Field{Name: "charging_mode", TypeRef: enum, Doc: "is how it is paid."}
	got := mergeField(old, codegen.Field{Name: "charging_mode", TypeRef: enum, Pointer: true})
	assert.True(t, got.Pointer)
	assert.Equal(t, "is how it is paid.", got.Doc)

	flag := codegen.Field{Name: "enabled", TypeRef: codegen.TypeRef{Type: typeBool}}
	assert.False(t, mergeField(flag, codegen.Field{Name: "enabled", TypeRef: flag.TypeRef, Pointer: true}).Pointer)
}
