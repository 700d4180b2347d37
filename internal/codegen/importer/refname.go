package importer

import (
	"regexp"
	"strings"
)

// refPrefixes follow an operation name at the start of a Huawei SDK type
// generated for one operation ("ListTenantQuotasResponseBodyQuotas").
var refPrefixes = []string{"RequestBody", "ResponseBody", "Request", "Response"}

// refSuffixes are dropped from the end of a Huawei SDK type name when
// they are not the whole of it: ListenerDetail gives Listener,
// ApiPolicyHttpResp ApiPolicyHttp.
var refSuffixes = []string{"RequestBody", "ResponseBody", "Response", "Request", "Resp", "Req", "Detail"}

var versionSuffix = regexp.MustCompile(`V[0-9]+$`)

// cleanRef trims a Huawei SDK type name: an operation-specific type keeps
// what follows "<Operation>Response" (the member's name); another loses a
// request or response suffix (and a version before it) or Detail.
func (n *namer) cleanRef(ref string) string {
	for _, op := range n.opNames {
		rest, ok := strings.CutPrefix(ref, op)
		if !ok {
			continue
		}
		for _, p := range refPrefixes {
			if r, ok := strings.CutPrefix(rest, p); ok && r != "" {
				return r
			}
		}
	}
	trimmed := versionSuffix.ReplaceAllString(ref, "")
	for _, s := range refSuffixes {
		if stem, ok := strings.CutSuffix(trimmed, s); ok && stem != "" {
			return stem
		}
	}
	return ref
}
