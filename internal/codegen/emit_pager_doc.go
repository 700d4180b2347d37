package codegen

import (
	"fmt"
	"strings"
)

// pagerDoc is the doc comment of NewXxxPager: what it lists, that it is
// lazy, how this operation pages and ends, the page size it asks for, and
// how to resume. The reading methods are documented once, on the
// provider's Pager.
func (g *generator) pagerDoc(plan pagerPlan, st pagerStyle) string {
	rt := g.rt.pkg
	lead := fmt.Sprintf("New%sPager returns a pager over %s that yields every %s of the listing req describes. It is lazy: it sends nothing until it is read, and then fetches a page only when the previous one is used up.",
		plan.Operation, plan.Operation, itemNoun(plan.Item))
	paging := pagingEnds(plan) + " " + g.pageSizeDoc(plan)
	resume := fmt.Sprintf("req holds the filters; it is copied, never modified, and its %s. The pager's Cursor names the next unread item: [%s.ResumeFrom] continues there with a new pager and the same filters, in this process or another.", ignoredFields(plan), rt)
	more := fmt.Sprintf("See [%s.Pager] for reading it (All, Pages, NextPage), its limits and its errors.", rt)
	return strings.Join([]string{lead, paging, resume, more}, "\n\n")
}

// ignoredFields says which request fields the pager sets itself.
func ignoredFields(plan pagerPlan) string {
	fields := []string{plan.Position}
	if plan.Size != "" {
		fields = append(fields, plan.Size)
	}
	if plan.ClientToken != "" {
		fields = append(fields, plan.ClientToken)
	}
	text := strings.Join(fields[:len(fields)-1], ", ")
	switch len(fields) {
	case 1:
		text = fields[0] + " is ignored"
	default:
		text += " and " + fields[len(fields)-1] + " are ignored"
	}
	if plan.ClientToken != "" {
		text += ": each page is a call of its own, for which the client makes a new " + plan.ClientToken
	}
	return text
}

// itemNoun names one item in prose: its type when it is a shape
// ("ForwardingRule"), else just "item" ("every string" reads oddly).
func itemNoun(item string) string {
	if isExportedIdent(item) {
		return item
	}
	return "item"
}

// pagingEnds says how the operation's pages are chained or numbered and
// what ends the listing, as the paginate style decides it.
func pagingEnds(plan pagerPlan) string {
	switch plan.Style {
	case nextTokenStyle:
		return fmt.Sprintf("Pages are chained by tokens: each response's %s is sent back as %s, and a page without one is the last.", plan.NextPosition, plan.Position)
	case markerStyle:
		return fmt.Sprintf("Pages are chained by markers: each response's %s is sent back as %s, always together with %s, and a page without one is the last.", plan.NextPosition, plan.Position, plan.Size)
	case pageNumberStyle:
		return fmt.Sprintf("Pages are numbered from 1 in %s; an empty or short page ends the listing%s.", plan.Position, totalClause(plan, "so do pages that cover"))
	}
	return fmt.Sprintf("Pages are selected by %s, which advances by the number of items each page returned; an empty page ends the listing%s.", plan.Position, totalClause(plan, "so does reaching"))
}

// totalClause completes pagingEnds when the response has a total.
func totalClause(plan pagerPlan, verb string) string {
	if plan.Total == "" {
		return ""
	}
	return fmt.Sprintf(", and %s %s", verb, plan.Total)
}

// pageSizeDoc says which page size the pager asks for.
func (g *generator) pageSizeDoc(plan pagerPlan) string {
	rt := g.rt.pkg
	switch {
	case plan.Size == "":
		return "The operation takes no page size: the server chooses it."
	case plan.MaxSize > 0:
		return fmt.Sprintf("Each request asks for %d items in %s, the most the server accepts, unless [%s.PageSize] asks for fewer.", plan.MaxSize, plan.Size, rt)
	case plan.DefaultSize > 0:
		return fmt.Sprintf("Each request asks for %d items in %s, the server's default, unless [%s.PageSize] asks for another number.", plan.DefaultSize, plan.Size, rt)
	}
	return fmt.Sprintf("%s is sent only when [%s.PageSize] asks for a page size.", plan.Size, rt)
}
