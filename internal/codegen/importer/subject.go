package importer

import (
	"slices"
	"strings"
)

// opSubject is what an operation acts on, from its name: the words after
// the verb and an article ("ListAccelerators" gives Accelerator,
// "CreateAnAppV2" App), without a version, a "DetailsOf" start
// ("ShowDetailsOfApiV2" gives Api) or a tail from a preposition on
// ("ListCustomRoutingPortMappingsByDestination" gives
// CustomRoutingPortMapping), made singular.
func opSubject(op string) string {
	words := dropVerb(splitWords(op))
	if len(words) > 1 && isVersion(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	if len(words) > 1 && slices.Contains(articles, words[0]) {
		words = words[1:]
	}
	if len(words) > 2 && words[1] == "Of" {
		words = words[2:]
	}
	for i, w := range words {
		if i > 0 && slices.Contains(prepositions, w) {
			words = words[:i]
			break
		}
	}
	return singular(strings.Join(words, ""))
}

var (
	articles     = []string{"A", "An", "The"}
	prepositions = []string{"By", "For", "From", "In", "Of", "On", "To", "With"}
)

// isVersion reports whether a word is an API version such as V2.
func isVersion(w string) bool { return len(w) <= 3 && versionSuffix.MatchString(w) && w[0] == 'V' }

// dropVerb removes the leading verb of an operation name's words: one
// word, two for "Batch Delete" and "Dry Run", and "Or" with the verb after
// it ("Accept Or Reject", "Create Or Delete").
func dropVerb(words []string) []string {
	if len(words) > 2 && (words[0] == "Batch" || words[0] == "Dry") {
		words = words[1:]
	}
	if len(words) > 1 {
		words = words[1:]
	}
	if len(words) > 2 && words[0] == "Or" {
		words = words[2:]
	}
	return words
}

// opVerb is the verb an operation name starts with ("Deploy" for
// BatchDeployApis).
func opVerb(op string) string {
	words := splitWords(op)
	if len(words) > 2 && words[0] == "Batch" {
		return words[1]
	}
	return words[0]
}

// unversioned is an operation name without its version suffix.
func unversioned(op string) string {
	words := splitWords(op)
	if len(words) > 1 && isVersion(words[len(words)-1]) {
		return strings.Join(words[:len(words)-1], "")
	}
	return op
}
