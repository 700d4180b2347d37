// Command polycloud-gen generates a service package from its spec.json.
// Service packages run it through go:generate:
//
//	//go:generate go run ../../internal/codegen/cmd/polycloud-gen -spec spec.json -out .
//
// It validates the spec (listing every problem), writes client_gen.go,
// types_gen.go, enums_gen.go, one <op_snake>_gen.go per operation and the
// operations' generated tests (operations*_gen_test.go) into the output
// directory, and removes generated files the spec no longer produces. The
// output depends on the spec and the package's import path alone.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/polycloud-go/polycloud/internal/codegen"
)

func main() {
	spec := flag.String("spec", "spec.json", "path of the service spec")
	out := flag.String("out", ".", "directory of the service package")
	flag.Parse()
	if err := run(*spec, *out); err != nil {
		fmt.Fprintln(os.Stderr, "polycloud-gen:", err)
		os.Exit(1)
	}
}

func run(specPath, out string) error {
	s, err := codegen.Load(specPath)
	if err != nil {
		return err
	}
	importPath, err := codegen.ImportPath(out)
	if err != nil {
		return err
	}
	files, err := codegen.Generate(s, codegen.Options{SpecName: filepath.Base(specPath), ImportPath: importPath})
	if err != nil {
		return err
	}
	return codegen.WriteDir(out, files)
}
