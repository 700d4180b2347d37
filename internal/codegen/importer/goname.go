package importer

import "github.com/polycloud-go/polycloud/internal/codegen"

// goName and splitWords are the generator's naming rule, so the converter
// spells type names the way the generator spells field names and can see
// two fields whose Go names would collide.
func goName(wire string) string { return codegen.GoName(wire) }

func splitWords(s string) []string { return codegen.SplitWords(s) }

// goWord spells one word as the generator does ("api" gives API).
func goWord(w string) string { return codegen.GoName(w) }
