// Command polycloud-import converts a service's API facts file into its
// spec. It reads the facts and the existing spec.json and writes a spec
// with every operation, keeping what the existing spec writes by hand
// (docs, ranges, defaults, type names, pointer flags); see package
// internal/codegen/importer for the rules. Running it on its own output
// changes nothing.
//
//	go run ./internal/codegen/cmd/polycloud-import \
//		-facts alibaba-ga.json -spec alibaba/ga/spec.json -out alibaba/ga/spec.json
//
// -page-size STYLE=DEFAULT/MAX (repeatable) states the page sizes of every
// operation of one pagination style whose spec has none, e.g.
// "Offset=20/500"; either number may be 0 for unknown. The summary
// (operations, paginated operations by style, shapes) goes to stderr.
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/polycloud-go/polycloud/internal/codegen"
	"github.com/polycloud-go/polycloud/internal/codegen/importer"
)

func main() {
	factsPath := flag.String("facts", "", "path of the service's API facts file")
	specPath := flag.String("spec", "", "path of the existing spec.json (gives the service block and hand-written parts)")
	out := flag.String("out", "", "path of the spec to write (may be the -spec path)")
	sizes := pageSizesFlag{}
	flag.Var(sizes, "page-size", "STYLE=DEFAULT/MAX page sizes for a pagination style, e.g. Offset=20/500 (repeatable)")
	flag.Parse()
	if *factsPath == "" || *specPath == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "polycloud-import: -facts, -spec and -out are required")
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*factsPath, *specPath, *out, importer.Options{PageSizes: sizes}); err != nil {
		fmt.Fprintln(os.Stderr, "polycloud-import:", err)
		os.Exit(1)
	}
}

func run(factsPath, specPath, out string, opts importer.Options) error {
	facts, err := importer.LoadFacts(factsPath)
	if err != nil {
		return err
	}
	existing, err := codegen.Read(specPath) // validated after conversion: it may predate a rule
	if err != nil {
		return err
	}
	s, report, err := importer.Convert(facts, existing, opts)
	if err != nil {
		return err
	}
	data, err := importer.Marshal(s)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	report.Write(os.Stderr)
	return nil
}

// pageSizesFlag collects -page-size STYLE=DEFAULT/MAX values.
type pageSizesFlag map[string]importer.PageSizes

func (f pageSizesFlag) String() string { return "" }

func (f pageSizesFlag) Set(v string) error {
	style, nums, ok := strings.Cut(v, "=")
	def, maxSize, ok2 := strings.Cut(nums, "/")
	if !ok || !ok2 || style == "" {
		return fmt.Errorf("want STYLE=DEFAULT/MAX, got %q", v)
	}
	d, err := strconv.Atoi(def)
	if err != nil {
		return fmt.Errorf("default page size: %w", err)
	}
	m, err := strconv.Atoi(maxSize)
	if err != nil {
		return fmt.Errorf("max page size: %w", err)
	}
	f[style] = importer.PageSizes{Default: d, Max: m}
	return nil
}
