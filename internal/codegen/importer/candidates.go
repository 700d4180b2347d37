package importer

import (
	"go/token"
	"slices"
	"strings"
)

// genericNames are type names too vague to stand alone: a shape whose name
// would be one of them is qualified by its owner when it has only one
// ("InstanceConfig"), and keeps the bare name only when many share it.
var genericNames = []string{
	"Attribute", "Attributes", "Body", "Config", "Content", "Data", "Detail", "Details", "Entry", "ID",
	"Info", "Item", "Items", "List", "Model", "Object", "Result", "Results", "Value", "Values",
}

// candidates lists, best first, the names a shape may take. The base is
// the Huawei SDK type name, cleaned, or for Alibaba the member's name,
// singular for list elements. Then come the raw SDK name and the
// qualified forms of the base (see qualified).
func (n *namer) shapeCandidates(sd *shapeDraft) []string {
	u := sd.values[0].use
	base := n.shapeBase(sd)
	var cands []string
	if !slices.Contains(genericNames, base) || n.soleOwner(valueUses(sd.values)) == "" {
		cands = append(cands, base)
	}
	if ref := goName(commonRef(sd.values)); ref != "" && !slices.Contains(genericNames, ref) {
		cands = append(cands, ref)
	}
	return append(cands, n.qualified(u, base)...)
}

// enumCandidates lists the names an enum may take: the member's name
// (singular for list elements), then qualified by the holding object,
// by the operation's subject or by the operation's name, then the SDK's
// enum type name. A vague name (Status, Type) is only used qualified when
// every use has the same owner: one object's status is AcceleratorStatus,
// while a status many objects share may stay Status.
func (n *namer) enumCandidates(eg *enumGroup) []string {
	u := eg.drafts[0].use
	base := memberBase(u)
	cands := []string{base}
	if owner := n.soleOwner(enumUses(eg)); owner != "" && slices.Contains(vagueEnumNames, base) {
		cands = []string{combine(owner, base)}
	}
	if u.parent != nil {
		cands = append(cands, combine(n.shapeBase(u.parent.shape), base))
	}
	cands = append(cands, combine(goName(opSubject(u.op)), base), combine(unversioned(u.op), base))
	if ref := eg.drafts[0].ref; ref != "" {
		cands = append(cands, goName(ref))
	}
	return cands
}

// vagueEnumNames are member names that say little about an enum alone.
var vagueEnumNames = []string{
	"Action", "Category", "Code", "Key", "Kind", "Level", "Location", "Method", "Mode", "Name", "Origin",
	"Protocol", "Result", "Scope", "State", "Status", "Type", "Unit", "Value",
}

func valueUses(vs []*value) []use {
	out := make([]use, len(vs))
	for i, v := range vs {
		out[i] = v.use
	}
	return out
}

func enumUses(eg *enumGroup) []use {
	out := make([]use, len(eg.drafts))
	for i, e := range eg.drafts {
		out[i] = e.use
	}
	return out
}

// soleOwner is the name of what every use of a shape or enum belongs to (the
// holding object's base name, or the operation's subject at the top
// level) when they all agree, else "".
func (n *namer) soleOwner(uses []use) string {
	owner := ""
	for i, u := range uses {
		o := goName(opSubject(u.op))
		if u.parent != nil {
			o = n.shapeBase(u.parent.shape)
		}
		if i > 0 && o != owner {
			return ""
		}
		owner = o
	}
	return owner
}

// qualified are a base name's qualified forms, shortest qualifier first:
// by the holding object's base name (ListenerPortRange), by the
// operation's subject (BasicAccelerator for the Accelerators of
// ListBasicAccelerators), for a response list element with Item (as
// Alibaba names its own, DomainItem), by the operation's verb
// (CreateForwardingRule), and last by the operation's name.
func (n *namer) qualified(u use, base string) []string {
	var out []string
	add := func(name string) {
		if name != "" {
			out = append(out, name)
		}
	}
	if u.parent != nil {
		add(combine(n.shapeBase(u.parent.shape), base))
	}
	add(combine(goName(opSubject(u.op)), base))
	if u.item && u.side == sideOutput && !strings.HasSuffix(base, "Item") {
		add(base + "Item")
	}
	add(combine(opVerb(u.op), base))
	add(combine(unversioned(u.op), base))
	return out
}

// combine qualifies base with q: q alone when it already ends with base
// (BasicAccelerator, Accelerator), q and base sharing the words where
// q's end overlaps base's start (EndpointGroup, GroupConfig gives
// EndpointGroupConfig), else q followed by base. It gives "" when q adds
// nothing: every word of q is in base already.
func combine(q, base string) string {
	qw, bw := splitWords(q), splitWords(base)
	if !slices.ContainsFunc(qw, func(w string) bool { return !slices.Contains(bw, w) }) {
		return ""
	}
	if strings.HasSuffix(q, base) {
		return q
	}
	for k := min(len(qw), len(bw)) - 1; k > 0; k-- {
		if slices.Equal(qw[len(qw)-k:], bw[:k]) {
			return strings.Join(qw[:len(qw)-k], "") + base
		}
	}
	return q + base
}

// shapeBase is a shape's first-choice name, before clashes are resolved.
func (n *namer) shapeBase(sd *shapeDraft) string {
	if b, ok := n.bases[sd]; ok {
		return b
	}
	b := memberBase(sd.values[0].use)
	if ref := commonRef(sd.values); ref != "" {
		b = goName(n.cleanRef(ref))
	}
	n.bases[sd] = b
	return b
}

// memberBase names a value after the member holding it: "Accelerators"
// elements are Accelerator, "ip_type" is IPType.
func memberBase(u use) string {
	name := u.field
	if u.item {
		name = singular(name)
	}
	return goName(name)
}

// commonRef is the SDK type name most occurrences carry (the first on a
// tie), or "".
func commonRef(vs []*value) string {
	counts := map[string]int{}
	best := ""
	for _, v := range vs {
		if v.ref == "" {
			continue
		}
		counts[v.ref]++
		if best == "" || counts[v.ref] > counts[best] {
			best = v.ref
		}
	}
	return best
}

// isExportedIdent reports whether s can name an exported Go type.
func isExportedIdent(s string) bool { return token.IsIdentifier(s) && token.IsExported(s) }
