package codegen

import (
	"fmt"
	"path/filepath"
	"strings"
)

// EmulatorOptions says what GenerateEmulator writes.
type EmulatorOptions struct {
	// Package is the emulator package's name ("alibabatest").
	Package string
	// File is the name of the metadata file ("listings_gen.go"). The walk
	// test goes into the same name with _test before ".go".
	File string
	// SpecNames cite the specs in the files' header, in the order of the
	// specs ("../ga/spec.json").
	SpecNames []string
	// ImportPaths are the service packages' import paths, one per spec.
	// When set, GenerateEmulator also writes the walk test, which calls
	// every listing through its generated pager.
	ImportPaths []string
}

// GenerateEmulator produces the listing metadata of an emulator package
// from the specs of the services it emulates: one emu.ListingMeta per
// paginated operation, in spec order (see emitEmulatorListings), and with
// ImportPaths the walk test (see emitEmulatorWalks). Like Generate, the
// output depends on the specs and options alone.
func GenerateEmulator(specs []*Spec, opts EmulatorOptions) ([]File, error) {
	gens, err := emulatorGenerators(specs, opts)
	if err != nil {
		return nil, err
	}
	listings, err := emitEmulatorListings(gens, opts.File)
	if err != nil {
		return nil, err
	}
	gfs := []*goFile{listings}
	if len(opts.ImportPaths) > 0 {
		walks, err := emitEmulatorWalks(gens, testFileName(opts.File))
		if err != nil {
			return nil, err
		}
		gfs = append(gfs, walks)
	}
	return renderFiles(gfs, strings.Join(opts.SpecNames, " and "), opts.Package)
}

// emulatorGenerators validates the specs and the options and returns a
// generator per spec.
func emulatorGenerators(specs []*Spec, opts EmulatorOptions) ([]*generator, error) {
	switch {
	case len(specs) == 0 || len(opts.SpecNames) != len(specs):
		return nil, fmt.Errorf("emulator: %d specs with %d names", len(specs), len(opts.SpecNames))
	case len(opts.ImportPaths) != 0 && len(opts.ImportPaths) != len(specs):
		return nil, fmt.Errorf("emulator: %d specs with %d import paths", len(specs), len(opts.ImportPaths))
	}
	gens := make([]*generator, len(specs))
	for i, s := range specs {
		if err := Validate(s); err != nil {
			return nil, fmt.Errorf("%s: %w", opts.SpecNames[i], err)
		}
		gens[i] = newGenerator(s, Options{SpecName: opts.SpecNames[i], ImportPath: importPathAt(opts.ImportPaths, i)})
	}
	return gens, sameProvider(specs)
}

// sameProvider refuses specs of two clouds: an emulator serves one.
func sameProvider(specs []*Spec) error {
	for _, s := range specs[1:] {
		if s.Service.Provider != specs[0].Service.Provider {
			return fmt.Errorf("emulator: specs of %s and %s: an emulator serves one provider", specs[0].Service.Provider, s.Service.Provider)
		}
	}
	return nil
}

func importPathAt(paths []string, i int) string {
	if i < len(paths) {
		return paths[i]
	}
	return ""
}

// testFileName is "listings_gen_test.go" for "listings_gen.go".
func testFileName(name string) string { return strings.TrimSuffix(name, ".go") + "_test.go" }

// renderFiles formats goFiles under one header.
func renderFiles(gfs []*goFile, specNames, pkg string) ([]File, error) {
	out := make([]File, 0, len(gfs))
	for _, gf := range gfs {
		src, err := gf.source(specNames, pkg)
		if err != nil {
			return nil, err
		}
		out = append(out, File{Name: gf.name, Content: src})
	}
	return out, nil
}

// WriteFiles writes files into dir, each only when its content changes.
// Unlike WriteDir it removes nothing: an emulator package holds
// hand-written files beside the generated ones.
func WriteFiles(dir string, files []File) error {
	for _, f := range files {
		if err := writeIfChanged(filepath.Join(dir, f.Name), f.Content); err != nil {
			return err
		}
	}
	return nil
}
