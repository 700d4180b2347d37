package importer

import (
	"maps"
	"slices"
	"strconv"
)

// namer names shapes and enums.
type namer struct {
	opNames []string // longest first, for cleanRef
	bases   map[*shapeDraft]string
	// renamed lists, sorted, the shapes and enums that did not get their
	// first candidate: "ListenerPortRange (PortRange)".
	renamed []string
}

// claimant is a shape or an enum waiting for a name.
type claimant struct {
	cands  []string
	weight int // occurrences: the most used claimant keeps a contested name
	order  int // first occurrence, to break ties
	level  int // index of the candidate tried now
	set    func(string)
}

// candidate is the name the claimant asks for now. Past its list it
// numbers the last candidate (…2, …3), which keeps every run total.
func (c *claimant) candidate() string {
	if c.level < len(c.cands) {
		return c.cands[c.level]
	}
	return c.cands[len(c.cands)-1] + strconv.Itoa(c.level-len(c.cands)+2)
}

// assignNames names every shape and enum. A name the existing spec gives
// at one of the draft's paths is kept. The others claim their first
// candidate together; a name claimed by several goes to the most used
// claimant (the first seen on a tie), and the others, as well as any
// claimant of a reserved or taken name, move to their next candidate and
// claim again.
func (n *namer) assignNames(g *groups, reserved map[string]bool) {
	taken := maps.Clone(reserved)
	var pending []*claimant
	for _, sd := range g.shapes {
		if len(sd.bound) > 0 {
			sd.name, taken[sd.bound[0]] = sd.bound[0], true
			continue
		}
		pending = append(pending, &claimant{cands: validNames(n.shapeCandidates(sd)), weight: len(sd.values),
			order: sd.order, set: func(s string) { sd.name = s }})
	}
	for _, eg := range g.enums {
		if len(eg.bound) > 0 {
			eg.name, taken[eg.bound[0]] = eg.bound[0], true
			continue
		}
		pending = append(pending, &claimant{cands: validNames(n.enumCandidates(eg)), weight: len(eg.drafts),
			order: len(g.shapes) + eg.order, set: func(s string) { eg.name = s }})
	}
	for len(pending) > 0 {
		pending = n.claimRound(pending, taken)
	}
	slices.Sort(n.renamed)
}

// claimRound lets every pending claimant claim its current candidate and
// returns those that must try again.
func (n *namer) claimRound(pending []*claimant, taken map[string]bool) []*claimant {
	byName := map[string][]*claimant{}
	for _, c := range pending {
		byName[c.candidate()] = append(byName[c.candidate()], c)
	}
	var again []*claimant
	for _, name := range slices.Sorted(maps.Keys(byName)) {
		cs := byName[name]
		if !taken[name] {
			w := winner(cs)
			w.set(name)
			if w.level > 0 {
				n.renamed = append(n.renamed, name+" ("+w.cands[0]+")")
			}
			taken[name] = true
			cs = slices.DeleteFunc(slices.Clone(cs), func(c *claimant) bool { return c == w })
		}
		for _, c := range cs {
			c.level++
			again = append(again, c)
		}
	}
	slices.SortFunc(again, func(a, b *claimant) int { return a.order - b.order })
	return again
}

func winner(cs []*claimant) *claimant {
	return slices.MinFunc(cs, func(a, b *claimant) int {
		if a.weight != b.weight {
			return b.weight - a.weight
		}
		return a.order - b.order
	})
}

// validNames keeps the candidates that are exported Go identifiers, once
// each; an empty result falls back to "Shape".
func validNames(cands []string) []string {
	var out []string
	for _, c := range cands {
		if isExportedIdent(c) && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		out = []string{"Shape"}
	}
	return out
}

// reservedNames are the package-level names the generator takes for
// operations (XxxRequest, XxxResponse, XxxAPI, NewXxxPager), the
// operation names themselves (a type named like a method reads as one),
// Client and New, and every shape and enum name of the existing spec.
func reservedNames(ops []string, existing *bindings) map[string]bool {
	r := map[string]bool{"Client": true, "New": true}
	for _, op := range ops {
		for _, n := range []string{op, op + "Request", op + "Response", op + "API", "New" + op + "Pager"} {
			r[n] = true
		}
	}
	for name := range existing.shapes {
		r[name] = true
	}
	for name := range existing.enums {
		r[name] = true
	}
	return r
}
