package importer

import (
	"slices"
	"strings"
)

// isPlural reports whether a name's last word is an English plural:
// it ends in s but not in ss or us, and is not one of the singular words
// that end in s ("Rules", "Policies", "Apis", not "Address", "Status",
// "Analysis", "Qps").
func isPlural(name string) bool {
	words := splitWords(name)
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	return strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "us") &&
		!slices.Contains(singularWithS, strings.ToLower(last))
}

// singularWithS are singular words, and rates and names spelled as
// words, that end in s.
var singularWithS = []string{
	"alias", "analysis", "axis", "basis", "bps", "canvas", "dns", "gas", "https", "news", "pps", "qps",
	"redis", "series", "species", "tps",
}

// singular turns a list's name into its element's: a trailing List is
// dropped ("RegionList" gives Region) and a plural last word is made
// singular ("ForwardingRules" ForwardingRule, "Policies" Policy,
// "Addresses" Address, "ApiSummarys" ApiSummary). Other names stay.
func singular(name string) string {
	if stem, ok := strings.CutSuffix(name, "List"); ok && stem != "" {
		return stem
	}
	if !isPlural(name) {
		return name
	}
	for _, r := range []struct{ from, to string }{
		{"ies", "y"}, {"sses", "ss"}, {"uses", "us"}, {"xes", "x"}, {"ches", "ch"}, {"shes", "sh"},
	} {
		if stem, ok := strings.CutSuffix(name, r.from); ok && stem != "" {
			return stem + r.to
		}
	}
	return strings.TrimSuffix(name, "s")
}
