package codegen

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ImportPath is the import path of the package in dir: the module path
// from the nearest go.mod above it, joined with dir's path inside the
// module. The generated tests import their service package by it.
func ImportPath(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for root := abs; ; root = filepath.Dir(root) {
		module, err := modulePath(filepath.Join(root, "go.mod"))
		switch {
		case err == nil:
			rel, err := filepath.Rel(root, abs)
			if err != nil || rel == "." {
				return module, err
			}
			return module + "/" + filepath.ToSlash(rel), nil
		case !errors.Is(err, os.ErrNotExist):
			return "", err
		case filepath.Dir(root) == root:
			return "", fmt.Errorf("no go.mod above %s", abs)
		}
	}
}

// modulePath reads the module directive of a go.mod file.
func modulePath(gomod string) (string, error) {
	f, err := os.Open(gomod)
	if err != nil {
		return "", err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`), nil
		}
	}
	if err := sc.Err(); err != nil {
		return "", err
	}
	return "", fmt.Errorf("%s has no module directive", gomod)
}
