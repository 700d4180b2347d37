package importer

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/internal/codegen"
)

// TestGoNameMatchesGenerator checks the mirror of the generator's naming
// rule against the generator itself: the Go names of generated response
// fields must be what goName predicts.
func TestGoNameMatchesGenerator(t *testing.T) {
	wires := []string{
		"AcceleratorId", "ip_type", "ApiSummarys", "x-request-id", "Ipv6Address", "HTTPServer",
		"Acls", "ssl_certs", "vpc_id", "Qps", "SSLs", "ids", "Status", "page_info", "VSwitchId", "nextMarker",
		"Url2", "TLSv1.2", "access_control_list", "ApiUid",
	}
	var output []codegen.Field
	for _, w := range wires {
		output = append(output, codegen.Field{Name: w, TypeRef: codegen.TypeRef{Type: typeString}})
	}
	s := &codegen.Spec{
		Service: codegen.Service{Provider: providerAlibaba, Package: "names", Name: "names", Title: "Names",
			APIVersion: "2020-01-01", Endpoint: "names.aliyuncs.com"},
		Operations: []codegen.Operation{{Name: "ListNames", Action: "ListNames", Output: output}},
	}
	files, err := codegen.Generate(s, codegen.Options{})
	require.NoError(t, err)
	got := responseFieldNames(t, files, "list_names_gen.go", "ListNamesResponse")
	require.Len(t, got, len(wires))
	for i, w := range wires {
		assert.Equal(t, got[i], goName(w), "wire name %q", w)
	}
}

// responseFieldNames parses a generated file and lists the field names
// of one struct type, in order.
func responseFieldNames(t *testing.T, files []codegen.File, file, typeName string) []string {
	t.Helper()
	for _, f := range files {
		if f.Name != file {
			continue
		}
		parsed, err := parser.ParseFile(token.NewFileSet(), f.Name, f.Content, 0)
		require.NoError(t, err)
		var names []string
		ast.Inspect(parsed, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok || ts.Name.Name != typeName {
				return true
			}
			for _, fl := range ts.Type.(*ast.StructType).Fields.List {
				for _, id := range fl.Names {
					names = append(names, id.Name)
				}
			}
			return false
		})
		return names
	}
	t.Fatalf("no generated file %s", file)
	return nil
}
