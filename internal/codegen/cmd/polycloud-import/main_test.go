package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/internal/codegen"
	"github.com/polycloud-go/polycloud/internal/codegen/importer"
)

const fixtures = "../../importer/testdata"

func TestRunWritesAValidSpecAndIsIdempotent(t *testing.T) {
	out := filepath.Join(t.TempDir(), "spec.json")
	facts := filepath.Join(fixtures, "huawei", "facts.json")
	opts := importer.Options{PageSizes: map[string]importer.PageSizes{"Offset": {Default: 20, Max: 500}}}
	require.NoError(t, run(facts, filepath.Join(fixtures, "huawei", "spec.json"), out, opts))
	first, err := os.ReadFile(out)
	require.NoError(t, err)
	s, err := codegen.Load(out)
	require.NoError(t, err)
	assert.NotEmpty(t, s.Operations)

	require.NoError(t, run(facts, out, out, importer.Options{}))
	second, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, string(first), string(second), "converting the output again changes nothing, page sizes included")
}

func TestRunReportsErrors(t *testing.T) {
	out := filepath.Join(t.TempDir(), "spec.json")
	assert.Error(t, run("missing.json", filepath.Join(fixtures, "huawei", "spec.json"), out, importer.Options{}))
	assert.Error(t, run(filepath.Join(fixtures, "alibaba", "facts.json"), filepath.Join(fixtures, "huawei", "spec.json"), out, importer.Options{}))
	assert.NoFileExists(t, out)
}

func TestPageSizesFlag(t *testing.T) {
	f := pageSizesFlag{}
	require.NoError(t, f.Set("Offset=20/500"))
	require.NoError(t, f.Set("Marker=0/2000"))
	assert.Equal(t, pageSizesFlag{"Offset": {Default: 20, Max: 500}, "Marker": {Max: 2000}}, f)
	for _, bad := range []string{"Offset", "Offset=20", "=1/2", "Offset=x/2", "Offset=1/y"} {
		assert.Error(t, f.Set(bad), bad)
	}
}
