package importer

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/internal/codegen"
)

// wrapperFacts has two response objects with one list member each: Items
// (singular inner key, a wrapper by the rule) and Groups (plural inner
// key, an object by the rule).
const wrapperFacts = `{"provider": "alibaba", "operations": [{"name": "DescribeThings", "action": "DescribeThings",
	"response": {"fields": [
		{"name": "Items", "location": "body", "type": "object", "fields": [{"name": "Item", "type": "array", "items": {"type": "string"}}]},
		{"name": "Groups", "location": "body", "type": "object", "fields": [{"name": "Names", "type": "array", "items": {"type": "string"}}]}
	]}}]}`

func TestListWrapperRule(t *testing.T) {
	facts, err := ParseFacts([]byte(wrapperFacts))
	require.NoError(t, err)
	s, _, err := Convert(facts, seedSpec(providerAlibaba), Options{})
	require.NoError(t, err)
	out := s.Operations[0].Output
	assert.Equal(t, codegen.Field{Name: "Items", TypeRef: codegen.TypeRef{Type: typeArray, Items: &codegen.TypeRef{Type: typeString}}, Wrap: "Item"}, out[0])
	assert.Equal(t, typeObject, out[1].Type)
	assert.Equal(t, "Groups", out[1].Ref, "an object is named after its member as it is")
}

// TestListWrapperFollowsTheSpec: a person who kept the wrapper as an
// object, or unwrapped the plural one, is followed.
func TestListWrapperFollowsTheSpec(t *testing.T) {
	facts, err := ParseFacts([]byte(wrapperFacts))
	require.NoError(t, err)
	existing := seedSpec(providerAlibaba)
	existing.Shapes = []codegen.Shape{{Name: "ItemList", Fields: []codegen.Field{
		{Name: "Item", TypeRef: codegen.TypeRef{Type: typeArray, Items: &codegen.TypeRef{Type: typeString}}}}}}
	existing.Operations = []codegen.Operation{{Name: "DescribeThings", Action: "DescribeThings", Output: []codegen.Field{
		{Name: "Items", TypeRef: codegen.TypeRef{Type: typeObject, Ref: "ItemList"}, Doc: "are the items."},
		{Name: "Groups", TypeRef: codegen.TypeRef{Type: typeArray, Items: &codegen.TypeRef{Type: typeString}}, Wrap: "Names"},
	}}}
	require.NoError(t, codegen.Validate(existing))
	s, _, err := Convert(facts, existing, Options{})
	require.NoError(t, err)
	assert.Equal(t, existing.Operations[0].Output, s.Operations[0].Output)
	require.Len(t, s.Shapes, 1)
	assert.Equal(t, "ItemList", s.Shapes[0].Name)
}
