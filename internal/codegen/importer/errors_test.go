package importer

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/internal/codegen"
)

func seedSpec(provider string) *codegen.Spec {
	return &codegen.Spec{Service: codegen.Service{Provider: provider, Package: "x", Name: "x", Title: "X",
		APIVersion: "v1", Endpoint: "x.com"}}
}

func TestConvertRefuses(t *testing.T) {
	facts := &Facts{Provider: providerHuawei}
	_, _, err := Convert(facts, nil, Options{})
	assert.ErrorContains(t, err, "existing spec is required")
	_, _, err = Convert(facts, seedSpec(providerAlibaba), Options{})
	assert.ErrorContains(t, err, "facts are for huawei, the spec for alibaba")

	bad := &Facts{Provider: providerHuawei, Operations: []FactOperation{{Name: "GetX", Method: "GET", Path: "/x",
		Response: FactMessage{Fields: []FactField{{Name: "x", Location: "body", Type: "decimal"}}}}}}
	_, _, err = Convert(bad, seedSpec(providerHuawei), Options{})
	assert.ErrorContains(t, err, `operation GetX: out x: unknown facts type "decimal"`)
}

func TestParseFactsRefuses(t *testing.T) {
	for in, want := range map[string]string{
		`{"provider": "aws"}`: `provider "aws"`,
		`{"provider": "huawei", "operations": [{"name": ""}]}`:                                                            "operation 1 has no name",
		`{"provider": "huawei", "operations": [{"name": "ListX", "pagination": {"style": "Offset", "ambiguous": true}}]}`: "ambiguous",
		`{"provider":`: "decode facts",
	} {
		_, err := ParseFacts([]byte(in))
		assert.ErrorContains(t, err, want, in)
	}
}

// TestConvertFromSeed converts into a spec that has only its service
// block, as for a new service.
func TestConvertFromSeed(t *testing.T) {
	facts, err := ParseFacts([]byte(`{"provider": "alibaba", "operations": [{"name": "GetX", "action": "GetX",
		"request": {"fields": [{"name": "RegionId", "location": "query", "type": "string", "required": true, "style": "flat"}]},
		"response": {"fields": [{"name": "X", "location": "body", "type": "object", "fields": [{"name": "Id", "type": "string"}]}]},
		"docs": {"explorer": "https://x/GetX"}}]}`))
	require.NoError(t, err)
	s, report, err := Convert(facts, seedSpec(providerAlibaba), Options{})
	require.NoError(t, err)
	assert.Equal(t, 1, report.Operations)
	require.Len(t, s.Shapes, 1)
	assert.Equal(t, "X", s.Shapes[0].Name)
}

// TestConvertLeavesInputsAlone converts with page sizes to fill and
// names to dedupe, and checks the existing spec is as it was.
func TestConvertLeavesInputsAlone(t *testing.T) {
	for _, name := range cases {
		existing, err := codegen.Load(filepath.Join("testdata", name, "spec.json"))
		require.NoError(t, err)
		before, err := Marshal(existing)
		require.NoError(t, err)
		facts, err := LoadFacts(filepath.Join("testdata", name, "facts.json"))
		require.NoError(t, err)
		opts := Options{PageSizes: map[string]PageSizes{"NextToken": {Default: 1, Max: 2}, "Offset": {Default: 1, Max: 2}}}
		_, _, err = Convert(facts, existing, opts)
		require.NoError(t, err)
		after, err := Marshal(existing)
		require.NoError(t, err)
		assert.Equal(t, string(before), string(after), name)
	}
}
