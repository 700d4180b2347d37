package codegen

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// emulatorCase is an emulator package and the specs it is generated from,
// named as its go:generate line names them: relative to its directory.
type emulatorCase struct {
	dir, pkg string
	specs    []string
}

// emulatorGoldens pair the generator's demo specs with specs written for
// the emulator (list wrappers, required parameters, no page size, enum
// members, string items, path placeholders, a POST listing); the expected
// output is under testdata/emulator as *.golden.
var emulatorGoldens = []emulatorCase{
	{"testdata/emulator/alibaba", "alibabatest", []string{"../../alibaba/spec.json", "spec.json"}},
	{"testdata/emulator/huawei", "huaweitest", []string{"../../huawei/spec.json", "spec.json"}},
}

// emulatorPackages are the module's emulators, as their gen.go generates
// them.
var emulatorPackages = []emulatorCase{
	{"../../alibaba/alibabatest", "alibabatest", []string{"../ga/spec.json", "../apigateway/spec.json"}},
	{"../../huawei/huaweitest", "huaweitest", []string{"../ga/spec.json", "../apig/spec.json"}},
}

func generateEmulatorCase(t *testing.T, c emulatorCase) []File {
	t.Helper()
	opts := EmulatorOptions{Package: c.pkg, File: "listings_gen.go", SpecNames: c.specs}
	var specs []*Spec
	for _, name := range c.specs {
		path := filepath.Join(c.dir, name)
		s, err := Load(path)
		require.NoError(t, err)
		importPath, err := ImportPath(filepath.Dir(path))
		require.NoError(t, err)
		specs = append(specs, s)
		opts.ImportPaths = append(opts.ImportPaths, importPath)
	}
	files, err := GenerateEmulator(specs, opts)
	require.NoError(t, err)
	return files
}

func TestEmulatorGolden(t *testing.T) {
	for _, c := range emulatorGoldens {
		t.Run(filepath.Base(c.dir), func(t *testing.T) {
			files := generateEmulatorCase(t, c)
			require.Len(t, files, 2, "the metadata and the walk test")
			if *update {
				writeGoldens(t, c.dir, files)
			}
			for _, f := range files {
				want, err := os.ReadFile(filepath.Join(c.dir, f.Name+".golden"))
				require.NoError(t, err, "run go test -update to create it")
				assert.Equal(t, string(want), string(f.Content), "%s differs from its golden file; run go test -update and review the diff", f.Name)
			}
		})
	}
}

// TestEmulatorPackagesUpToDate fails when an emulator's generated files do
// not match the specs: run go generate ./... from the module root.
func TestEmulatorPackagesUpToDate(t *testing.T) {
	for _, c := range emulatorPackages {
		for _, f := range generateEmulatorCase(t, c) {
			got, err := os.ReadFile(filepath.Join(c.dir, f.Name))
			require.NoError(t, err, "run go generate ./...")
			assert.Equal(t, string(f.Content), string(got), "%s/%s is stale; run go generate ./...", c.dir, f.Name)
		}
	}
}
