// Command polycloud-gen generates a service package from its spec.json,
// or an emulator's listing metadata from the specs of the services it
// emulates. Service packages run it through go:generate:
//
//	//go:generate go run ../../internal/codegen/cmd/polycloud-gen -spec spec.json -out .
//
// It validates the spec (listing every problem), writes client_gen.go,
// types_gen.go, enums_gen.go, one <op_snake>_gen.go per operation and the
// operations' generated tests (operations*_gen_test.go) into the output
// directory, and removes generated files the spec no longer produces. The
// output depends on the spec and the package's import path alone.
//
// With -emulator, -spec may be repeated and -out names a file:
//
//	//go:generate go run ../../internal/codegen/cmd/polycloud-gen -emulator -package alibabatest -spec ../ga/spec.json -spec ../apigateway/spec.json -out listings_gen.go
//
// writes listings_gen.go, declaring every paginated operation of the
// specs for the emulator's listing registry, and listings_gen_test.go,
// which walks each of them through its generated pager. Nothing else in
// the emulator's directory is touched.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/polycloud-go/polycloud/internal/codegen"
)

// specList collects the values of a repeated -spec flag.
type specList []string

func (l *specList) String() string { return strings.Join(*l, ",") }

func (l *specList) Set(v string) error {
	*l = append(*l, v)
	return nil
}

func main() {
	var specs specList
	flag.Var(&specs, "spec", "path of a service spec (repeatable with -emulator; default spec.json)")
	out := flag.String("out", ".", "directory of the service package; with -emulator, the metadata file")
	emulator := flag.Bool("emulator", false, "generate an emulator's listing metadata instead of a service package")
	pkg := flag.String("package", "", "with -emulator, the emulator package's name")
	flag.Parse()
	if len(specs) == 0 {
		specs = specList{"spec.json"}
	}
	var err error
	if *emulator {
		err = runEmulator(specs, *out, *pkg)
	} else {
		err = run(specs, *out)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "polycloud-gen:", err)
		os.Exit(1)
	}
}

func run(specs specList, out string) error {
	if len(specs) != 1 {
		return fmt.Errorf("a service package has one spec, got %d", len(specs))
	}
	specPath := specs[0]
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

// runEmulator writes the listing metadata and walk test of the emulator
// package whose file out is.
func runEmulator(specPaths []string, out, pkg string) error {
	switch {
	case pkg == "":
		return fmt.Errorf("-emulator needs -package")
	case !strings.HasSuffix(out, "_gen.go"):
		return fmt.Errorf("-emulator: -out names the generated file, such as listings_gen.go, not %q", out)
	}
	opts := codegen.EmulatorOptions{Package: pkg, File: filepath.Base(out), SpecNames: specPaths}
	specs := make([]*codegen.Spec, len(specPaths))
	for i, path := range specPaths {
		s, err := codegen.Load(path)
		if err != nil {
			return err
		}
		importPath, err := codegen.ImportPath(filepath.Dir(path))
		if err != nil {
			return err
		}
		specs[i] = s
		opts.ImportPaths = append(opts.ImportPaths, importPath)
	}
	files, err := codegen.GenerateEmulator(specs, opts)
	if err != nil {
		return err
	}
	return codegen.WriteFiles(filepath.Dir(out), files)
}
