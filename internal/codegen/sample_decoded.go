package codegen

// decodedCheck is a decoded response value a generated test looks at
// through its Go field path, against the wire text the reply carried.
type decodedCheck struct {
	goPath, want string
}

// decodedChecks picks a few values of a sampled reply: every response
// header (headers are not part of the re-encoded body), a binary whole
// body, the first scalar member, and the scalar found by following the
// first nested object, list or map as deep as it goes, which exercises
// nesting, list wrappers and maps.
func decodedChecks(outputs []member) []decodedCheck {
	var out []decodedCheck
	for _, m := range outputs {
		if m.v != nil && (m.f.Location == locHeader || m.f.Type == typeBytes) {
			out = append(out, decodedCheck{fieldGoName(m.f), wireText(m.v)})
		}
	}
	for _, m := range outputs {
		if m.v != nil && m.f.Location != locHeader && isLeaf(m.v) {
			out = appendCheck(out, decodedCheck{fieldGoName(m.f), wireText(m.v)})
			break
		}
	}
	if deep, ok := deepest(outputs, ""); ok {
		out = appendCheck(out, deep)
	}
	return out
}

// deepest follows the first member holding an object, list or map down
// to a scalar; without one it takes the first scalar.
func deepest(members []member, prefix string) (decodedCheck, bool) {
	for _, m := range members {
		if m.v != nil && m.f.Location != locHeader && !isLeaf(m.v) {
			if c, ok := deepestIn(m.v, prefix+fieldGoName(m.f)); ok {
				return c, true
			}
		}
	}
	for _, m := range members {
		if m.v != nil && m.f.Location != locHeader && isLeaf(m.v) {
			return decodedCheck{prefix + fieldGoName(m.f), wireText(m.v)}, true
		}
	}
	return decodedCheck{}, false
}

func deepestIn(s *sample, path string) (decodedCheck, bool) {
	switch s.t.Type {
	case typeObject:
		return deepest(s.members, path+".")
	case typeArray:
		return deepestIn(s.elems[0], path+"[0]")
	case typeMap:
		return deepestIn(s.value, path+"["+s.key+"]")
	}
	return decodedCheck{path, wireText(s)}, true
}

// isLeaf reports whether s is a scalar (bytes included).
func isLeaf(s *sample) bool {
	return s.t.Type != typeObject && s.t.Type != typeArray && s.t.Type != typeMap
}

func appendCheck(checks []decodedCheck, c decodedCheck) []decodedCheck {
	for _, have := range checks {
		if have.goPath == c.goPath {
			return checks
		}
	}
	return append(checks, c)
}
