package importer

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/internal/codegen"
)

var update = flag.Bool("update", false, "rewrite testdata/*/want.spec.json")

// cases are the fixture directories: facts.json (a small facts file),
// spec.json (the existing, hand-written spec) and want.spec.json (the
// expected conversion, rewritten by go test -update).
var cases = []string{"alibaba", "huawei"}

// convertCase converts a fixture, from freshly parsed inputs.
func convertCase(t *testing.T, dir string, opts Options) (*codegen.Spec, []byte) {
	t.Helper()
	facts, err := LoadFacts(filepath.Join(dir, "facts.json"))
	require.NoError(t, err)
	existing, err := codegen.Load(filepath.Join(dir, "spec.json"))
	require.NoError(t, err)
	s, _, err := Convert(facts, existing, opts)
	require.NoError(t, err)
	data, err := Marshal(s)
	require.NoError(t, err)
	return s, data
}

func TestConvertGolden(t *testing.T) {
	for _, name := range cases {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join("testdata", name)
			_, got := convertCase(t, dir, Options{})
			want := filepath.Join(dir, "want.spec.json")
			if *update {
				require.NoError(t, os.WriteFile(want, got, 0o644))
			}
			data, err := os.ReadFile(want)
			require.NoError(t, err, "run go test -update to create it")
			assert.Equal(t, string(data), string(got), "conversion differs from want.spec.json; run go test -update and review the diff")
		})
	}
}

// TestConvertIsIdempotent converts each fixture, then converts the facts
// again with the output as the existing spec: nothing may change.
func TestConvertIsIdempotent(t *testing.T) {
	for _, name := range cases {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join("testdata", name)
			_, first := convertCase(t, dir, Options{})
			facts, err := LoadFacts(filepath.Join(dir, "facts.json"))
			require.NoError(t, err)
			existing, err := codegen.Parse(first)
			require.NoError(t, err)
			s, _, err := Convert(facts, existing, Options{})
			require.NoError(t, err)
			second, err := Marshal(s)
			require.NoError(t, err)
			assert.Equal(t, string(first), string(second))
		})
	}
}

// TestConvertIsDeterministic converts each fixture twice, the second time
// with the facts' operations in reverse order: the bytes must not differ.
func TestConvertIsDeterministic(t *testing.T) {
	for _, name := range cases {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join("testdata", name)
			_, first := convertCase(t, dir, Options{})
			facts, err := LoadFacts(filepath.Join(dir, "facts.json"))
			require.NoError(t, err)
			slices.Reverse(facts.Operations)
			existing, err := codegen.Load(filepath.Join(dir, "spec.json"))
			require.NoError(t, err)
			s, _, err := Convert(facts, existing, Options{})
			require.NoError(t, err)
			second, err := Marshal(s)
			require.NoError(t, err)
			assert.Equal(t, string(first), string(second))
		})
	}
}

// TestOutputLoads checks that the written spec loads with the generator's
// strict loader and equals what Convert returned.
func TestOutputLoads(t *testing.T) {
	for _, name := range cases {
		s, data := convertCase(t, filepath.Join("testdata", name), Options{})
		parsed, err := codegen.Parse(data)
		require.NoError(t, err, name)
		again, err := Marshal(parsed)
		require.NoError(t, err)
		assert.Equal(t, string(data), string(again), name)
		assert.Len(t, parsed.Operations, len(s.Operations), name)
	}
}
