package importer

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/internal/codegen"
)

func TestMarshalLayout(t *testing.T) {
	s := &codegen.Spec{
		Service: codegen.Service{Provider: providerHuawei, Package: "x", Name: "x", Title: "X", APIVersion: "v1", Endpoint: "x.com"},
		Operations: []codegen.Operation{{
			Name: "GetThing", Doc: "gets a <thing> & more.", Method: "GET", Path: "/thing",
			Output: []codegen.Field{{Name: "id", TypeRef: codegen.TypeRef{Type: typeString}, Doc: "is the ID, \"quoted\", with a comma."}},
		}},
	}
	data, err := Marshal(s)
	require.NoError(t, err)
	text := string(data)
	assert.Contains(t, text, `"doc": "gets a <thing> & more.",`, "no HTML escaping")
	assert.Contains(t, text, "\n        {\"name\": \"id\", \"type\": \"string\", \"doc\": \"is the ID, \\\"quoted\\\", with a comma.\"}\n",
		"a field is one line, keys in order, spaces outside strings only")
	assert.True(t, strings.HasSuffix(text, "}\n"))
	parsed, err := codegen.Parse(data)
	require.NoError(t, err)
	assert.Equal(t, s, parsed)
}
