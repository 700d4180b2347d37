package importer

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/polycloud-go/polycloud/internal/codegen"
)

// TestConvertedSpecsGenerate runs the generator on each converted fixture:
// every operation gets its file.
func TestConvertedSpecsGenerate(t *testing.T) {
	for _, name := range cases {
		s, _ := convertCase(t, filepath.Join("testdata", name), Options{})
		files, err := codegen.Generate(s, codegen.Options{})
		require.NoError(t, err, name)
		assert.GreaterOrEqual(t, len(files), len(s.Operations)+1, name)
	}
}

// TestConvertedSpecsVet type-checks and vets the code generated from each
// converted fixture as a package of this module, without writing it: an
// overlay makes the go command see the files in the fixture's directory.
func TestConvertedSpecsVet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not found")
	}
	for _, name := range cases {
		t.Run(name, func(t *testing.T) {
			s, _ := convertCase(t, filepath.Join("testdata", name), Options{})
			files, err := codegen.Generate(s, codegen.Options{})
			require.NoError(t, err)
			dir, err := filepath.Abs(filepath.Join("testdata", name))
			require.NoError(t, err)
			overlay := writeOverlay(t, dir, files)
			out, err := exec.Command(goCmd, "vet", "-overlay", overlay, "./testdata/"+name).CombinedOutput()
			require.NoError(t, err, "go vet on the generated code:\n%s", out)
		})
	}
}

// writeOverlay writes the files into a temporary directory and an overlay
// that places them in dir; it returns the overlay's path.
func writeOverlay(t *testing.T, dir string, files []codegen.File) string {
	t.Helper()
	tmp := t.TempDir()
	replace := map[string]string{}
	for _, f := range files {
		path := filepath.Join(tmp, f.Name)
		require.NoError(t, os.WriteFile(path, f.Content, 0o644))
		replace[filepath.Join(dir, f.Name)] = path
	}
	data, err := json.Marshal(map[string]any{"Replace": replace})
	require.NoError(t, err)
	overlay := filepath.Join(tmp, "overlay.json")
	require.NoError(t, os.WriteFile(overlay, data, 0o644))
	return overlay
}
