package importer

import (
	"slices"
	"strings"
)

// verbs maps the first word of an operation name to the verb of its doc.
var verbs = map[string]string{
	"Abolish": "abolishes", "Accept": "accepts", "Add": "adds", "Adding": "adds", "Associate": "associates",
	"Attach": "attaches", "Cancel": "cancels", "Canceling": "cancels", "Change": "changes", "Check": "checks",
	"Config": "configures", "Count": "counts", "Create": "creates", "Debug": "debugs", "Delete": "deletes",
	"Deploy": "deploys", "Describe": "describes", "Detach": "detaches", "Detect": "detects", "Disable": "disables",
	"Disassociate": "disassociates", "Dissociate": "dissociates", "Enable": "enables", "Export": "exports",
	"Get": "gets", "Import": "imports", "List": "lists", "Modify": "modifies", "Open": "opens", "Query": "queries",
	"Reactivate": "reactivates", "Reject": "rejects", "Remove": "removes", "Replace": "replaces", "Reset": "resets",
	"Resetting": "resets", "Set": "sets", "Show": "shows", "Switch": "switches", "Tag": "tags", "Untag": "untags",
	"Update": "updates", "Validate": "validates",
}

// operationDoc is the doc of an operation without a hand-written one, a
// predicate read off its name and nothing more: "ListAccelerators" gives
// "lists accelerators.", "BatchDeleteApiV2" "deletes API in a batch.",
// "DryRunSwagger" "dry-runs swagger.". A name that does not start with a
// known verb gives "" and the generator's own fallback.
func operationDoc(op string) string {
	words := splitWords(op)
	if len(words) > 1 && isVersion(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	tail := ""
	switch {
	case len(words) > 2 && words[0] == "Batch":
		words, tail = words[1:], " in a batch"
	case len(words) > 2 && words[0] == "Dry" && words[1] == "Run":
		return "dry-runs " + phrase(words[2:]) + "."
	}
	verb, ok := verbs[words[0]]
	if !ok || len(words) < 2 {
		return ""
	}
	rest := words[1:]
	if len(rest) > 2 && rest[0] == "Or" {
		if other, ok := verbs[rest[1]]; ok {
			verb, rest = verb+" or "+other, rest[2:]
		}
	}
	return verb + " " + nounPhrase(rest) + tail + "."
}

// nounPhrase is phrase with an indefinite article when the last word is
// singular: "an accelerator", "a forwarding rule", "an API group", but
// "forwarding rules".
func nounPhrase(words []string) string {
	p := phrase(words)
	if isPlural(words[len(words)-1]) || len(words) > 1 && slices.Contains(prepositions, words[1]) {
		return p
	}
	return article(p) + " " + p
}

// article is "a" or "an" for a phrase, by the sound of its first word:
// "an ACL", "an HTTP listener", "a VPC".
func article(p string) string {
	first, _, _ := strings.Cut(p, " ")
	if first == strings.ToUpper(first) && first != "" {
		if strings.ContainsRune("AEFHILMNORSX", rune(first[0])) {
			return "an"
		}
		return "a"
	}
	for _, p := range []string{"uni", "use", "usu", "uti"} {
		if strings.HasPrefix(first, p) {
			return "a"
		}
	}
	if strings.ContainsRune("aeiou", rune(first[0])) {
		return "an"
	}
	return "a"
}

// phrase spells words as prose: initialisms as Go spells them (API, VPC),
// other words in lower case.
func phrase(words []string) string {
	out := make([]string, len(words))
	for i, w := range words {
		g := goWord(w)
		switch {
		case len(w) > 1 && w == strings.ToUpper(w):
			out[i] = w // an initialism the name spells out: OAS
		case g != strings.ToUpper(g[:1])+strings.ToLower(g[1:]) || len(g) == 1:
			out[i] = g
		default:
			out[i] = strings.ToLower(w)
		}
	}
	return strings.Join(out, " ")
}
