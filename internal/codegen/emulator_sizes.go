package codegen

import "strconv"

// servedPageSizes are the page sizes an emulator serves a listing with
// when its spec is silent: the common bounds of each style's cloud
// (Alibaba's PageSize 10 of at most 100 and MaxResults 20 of at most
// 100; Huawei GA's limit 500 of at most 2000 and API Gateway's 20 of at
// most 500).
var servedPageSizes = map[string]struct{ def, max int }{
	pageNumberStyle: {10, 100},
	nextTokenStyle:  {20, 100},
	markerStyle:     {500, 2000},
	offsetStyle:     {20, 500},
}

// servedSizes are the default and largest page sizes an emulator serves
// op with: the spec's pagination facts, else the range of the page-size
// parameter, else the style's usual sizes, kept consistent (the default
// never above the largest).
func (g *generator) servedSizes(op *Operation) (def, largest int) {
	p := op.Pagination
	usual := servedPageSizes[p.Style]
	largest = firstPositive(p.MaxPageSize, rangeMax(findField(op.Input, p.PageSize)), max(usual.max, p.DefaultPageSize))
	def = firstPositive(p.DefaultPageSize, min(usual.def, largest))
	return def, largest
}

// rangeMax is the upper bound of a field's documented range, or 0.
func rangeMax(f *Field) int {
	if f == nil || f.Range == nil || f.Range.Max == nil {
		return 0
	}
	n, err := strconv.Atoi(f.Range.Max.String())
	if err != nil {
		return 0
	}
	return n
}

func firstPositive(ns ...int) int {
	for _, n := range ns {
		if n > 0 {
			return n
		}
	}
	return 0
}
