package codegen

import (
	"slices"
	"strings"
)

// Options adjusts generation.
type Options struct {
	// SpecName is the spec's file name as the generated header cites it.
	// Empty means "spec.json".
	SpecName string
	// ImportPath is the service package's import path. When it is set,
	// Generate also writes the package's generated tests (see testFiles),
	// which live in the external test package and import it.
	ImportPath string
}

// File is one generated file: a name inside the service package and its
// gofmt-formatted content.
type File struct {
	// Name is the file name, such as "list_forwarding_rules_gen.go".
	Name string
	// Content is the formatted Go source.
	Content []byte
}

// Generate produces every generated file of a validated spec's package:
// client_gen.go, types_gen.go (shapes), enums_gen.go and one
// <op_snake>_gen.go per operation, and with Options.ImportPath the
// *_gen_test.go files, sorted by name. The output depends on
// the spec alone (no timestamps, no map order), so running it twice gives
// the same bytes.
func Generate(s *Spec, opts Options) ([]File, error) {
	if err := Validate(s); err != nil {
		return nil, err
	}
	if opts.SpecName == "" {
		opts.SpecName = "spec.json"
	}
	return newGenerator(s, opts).files()
}

// generator holds what every emitter needs: the spec's index, the shapes'
// roles in requests, and which helpers the generated code calls.
type generator struct {
	*index
	opts Options
	rt   runtime
	// jsonInput are shapes marshalled as JSON in requests; their optional
	// members are tagged omitzero so zero values are not sent.
	jsonInput map[string]bool
	// flatInput are shapes flattened into Alibaba Name.Key parameters;
	// they get an encodeParams method.
	flatInput map[string]bool
	// checked are request shapes with required or ranged members, at any
	// depth; they get a check method.
	checked map[string]bool
	// zeroable are request shapes held as plain struct members whose
	// emptiness matters; they get an isZero method.
	zeroable map[string]bool
	// helpers are the unexported helpers the emitted code calls, emitted
	// once into client_gen.go.
	helpers map[string]bool
}

func newGenerator(s *Spec, opts Options) *generator {
	g := &generator{index: newIndex(s), opts: opts, helpers: map[string]bool{}}
	g.rt = runtimeFor(s.Service.Provider)
	g.analyzeInputs()
	return g
}

// files emits every file. client_gen.go comes last because it holds the
// helpers the other files turned out to need.
func (g *generator) files() ([]File, error) {
	var gfs []*goFile
	for i := range g.spec.Operations {
		gfs = append(gfs, g.operationFile(&g.spec.Operations[i]))
	}
	if len(g.spec.Shapes) > 0 {
		gfs = append(gfs, g.typesFile())
	}
	if len(g.spec.Enums) > 0 {
		gfs = append(gfs, g.enumsFile())
	}
	gfs = append(gfs, g.clientFile())
	if g.opts.ImportPath != "" {
		gfs = append(gfs, g.testFiles()...)
	}
	out := make([]File, 0, len(gfs))
	for _, gf := range gfs {
		src, err := gf.source(g.opts.SpecName, g.spec.Service.Package)
		if err != nil {
			return nil, err
		}
		out = append(out, File{Name: gf.name, Content: src})
	}
	slices.SortFunc(out, func(a, b File) int { return strings.Compare(a.Name, b.Name) })
	return out, nil
}

// operationFileName is where an operation's code goes.
func operationFileName(op *Operation) string { return snakeName(op.Name) + "_gen.go" }

// runtime names the provider package the generated code calls.
type runtime struct {
	path string // import path
	pkg  string // package name
}

func runtimeFor(provider string) runtime {
	return runtime{path: "github.com/polycloud-go/polycloud/" + provider, pkg: provider}
}
