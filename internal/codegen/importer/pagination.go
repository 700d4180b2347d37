package importer

import (
	"fmt"
	"strings"

	"github.com/polycloud-go/polycloud/internal/codegen"
)

// pagination converts the facts' pagination of an operation: the style,
// the request fields that carry the position and the page size, the
// response paths of the next token, the total and the items. A path that
// crosses a list wrapper loses the inner key ("Acls.Acl" becomes "Acls",
// the unwrapped list). The facts carry no page sizes; see
// Options.PageSizes.
func (c *converter) pagination(op *draftOp) (*codegen.Pagination, error) {
	fp := op.fact.Pagination
	if fp == nil {
		return nil, nil
	}
	p := &codegen.Pagination{Style: fp.Style, PageSize: fp.PageSize, TotalCount: fp.TotalCount}
	switch fp.Style {
	case "PageNumber":
		p.PageNumber = fp.PageNumber
	case "NextToken", "Marker":
		p.InputToken, p.OutputToken = fp.InputToken, fp.OutputToken
	case "Offset":
		p.Offset = fp.InputToken
	default:
		return nil, fmt.Errorf("operation %s: unknown pagination style %q", op.name, fp.Style)
	}
	p.Items = unwrappedPath(op.output, fp.Items)
	p.OutputToken = unwrappedPath(op.output, p.OutputToken)
	p.TotalCount = unwrappedPath(op.output, p.TotalCount)
	return p, nil
}

// unwrappedPath rewrites a dotted response path for unwrapped lists: the
// segment after a member with wrap W is W itself, which is dropped. A
// segment that names no member ends the rewriting; the validator reports
// the path.
func unwrappedPath(members []*member, path string) string {
	if path == "" {
		return ""
	}
	segs := strings.Split(path, ".")
	var out []string
	for i := 0; i < len(segs); i++ {
		m := findMember(members, segs[i])
		if m == nil {
			return strings.Join(append(out, segs[i:]...), ".")
		}
		out = append(out, segs[i])
		if m.wrap != "" && i+1 < len(segs) && segs[i+1] == m.wrap {
			i++
		}
		if m.val.typ == typeObject {
			members = m.val.fields
		}
	}
	return strings.Join(out, ".")
}

func findMember(members []*member, name string) *member {
	for _, m := range members {
		if m.name == name {
			return m
		}
	}
	return nil
}
