package importer

import (
	"slices"
	"strings"
)

// readVerbs start the names of operations that only read. Detect, Export
// and the like are left out: they start work on the server.
var readVerbs = []string{"List", "Describe", "Get", "Query", "Show", "Check", "Count", "Preview", "Validate", "DryRun"}

// idempotentMethods are the HTTP methods whose repetition has the effect
// of one call.
var idempotentMethods = []string{"GET", "HEAD", "PUT", "DELETE"}

// idempotent decides whether an operation is safe to repeat after an
// ambiguous failure. Alibaba: its name starts with a read verb (every RPC
// call is a POST, so the method says nothing); writes protected by a
// ClientToken are made safe by the runtime, not by this flag. Huawei: its
// method is GET, HEAD, PUT or DELETE, or it is a POST whose name starts
// with a read verb (ListResourcesByTag, which sends its filter as a body).
func (c *converter) idempotent(op *FactOperation) bool {
	if !c.alibaba() && slices.Contains(idempotentMethods, op.Method) {
		return true
	}
	return isRead(op.Name)
}

// isRead reports whether a name starts with a read verb followed by a
// new word ("ListAcls", not "Listener").
func isRead(name string) bool {
	for _, v := range readVerbs {
		rest, ok := strings.CutPrefix(name, v)
		if ok && (rest == "" || startsUpper(rest)) {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }
