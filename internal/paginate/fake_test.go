package paginate

import (
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"strconv"
	"strings"
	"testing"
)

// item is the listed element in every fake.
type item struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

func makeItems(n int) []item {
	out := make([]item, n)
	for i := range out {
		out[i] = item{ID: i + 1, Name: fmt.Sprintf("item-%d", i+1)}
	}
	return out
}

// faults counts fetches and fails the ones listed in failAt (1-based).
type faults struct {
	calls  int
	failAt map[int]error
}

func (f *faults) hit() error {
	f.calls++
	return f.failAt[f.calls]
}

// ---- page number ----

type pnReq struct {
	Filter     string `json:"Filter,omitempty"`
	PageNumber int32  `json:"PageNumber,omitempty"`
	PageSize   int32  `json:"PageSize,omitempty"`
}

type pnResp struct {
	Items      []item
	TotalCount int64
	PageNumber int32
	PageSize   int32
}

// pnServer serves data by page number like an Alibaba PageNumber API.
type pnServer struct {
	faults
	data       []item
	limit      int  // the server's own maximum page size; 0: none
	defSize    int  // used when no size is sent
	echo       bool // echo the page size used
	ignorePage bool // the bug: always serve page 1
	reqs       []pnReq
}

func (s *pnServer) fetch(_ context.Context, r *pnReq) (*pnResp, error) {
	s.reqs = append(s.reqs, *r)
	if err := s.hit(); err != nil {
		return nil, err
	}
	size := int(r.PageSize)
	if size == 0 {
		size = s.defSize
	}
	if s.limit > 0 {
		size = min(size, s.limit)
	}
	page := max(int(r.PageNumber), 1)
	if s.ignorePage {
		page = 1
	}
	lo := min((page-1)*size, len(s.data))
	resp := &pnResp{Items: s.data[lo:min(lo+size, len(s.data))], TotalCount: int64(len(s.data)), PageNumber: int32(page)}
	if s.echo {
		resp.PageSize = int32(size)
	}
	return resp, nil
}

func pnStyle(maxSize int) PageNumberStyle[pnReq, *pnResp, item] {
	return PageNumberStyle[pnReq, *pnResp, item]{
		SetPage:    func(r *pnReq, n int) { r.PageNumber = int32(n) },
		SetSize:    func(r *pnReq, n int) { r.PageSize = int32(n) },
		Items:      func(p *pnResp) []item { return p.Items },
		Total:      func(p *pnResp) int64 { return p.TotalCount },
		EchoedSize: func(p *pnResp) int { return int(p.PageSize) },
		MaxSize:    maxSize,
	}
}

// ---- token ----

type tkReq struct {
	Filter     string `json:"Filter,omitempty"`
	NextToken  string `json:"NextToken,omitempty"`
	MaxResults int32  `json:"MaxResults,omitempty"`
}

type tkResp struct {
	Items      []item
	NextToken  string
	TotalCount int // the count on this page, as on Alibaba NextToken APIs
}

// tkServer serves data with opaque "tok-<offset>" tokens.
type tkServer struct {
	faults
	data []item
	reqs []tkReq
}

func (s *tkServer) fetch(_ context.Context, r *tkReq) (*tkResp, error) {
	s.reqs = append(s.reqs, *r)
	if err := s.hit(); err != nil {
		return nil, err
	}
	lo := 0
	if r.NextToken != "" {
		n, err := strconv.Atoi(strings.TrimPrefix(r.NextToken, "tok-"))
		if err != nil {
			return nil, fmt.Errorf("bad token %q", r.NextToken)
		}
		lo = n
	}
	hi := min(lo+int(r.MaxResults), len(s.data))
	resp := &tkResp{Items: s.data[lo:hi], TotalCount: hi - lo}
	if hi < len(s.data) {
		resp.NextToken = fmt.Sprintf("tok-%d", hi)
	}
	return resp, nil
}

func tkStyle(maxSize int) TokenStyle[tkReq, *tkResp, item] {
	return TokenStyle[tkReq, *tkResp, item]{
		SetToken:  func(r *tkReq, tok string) { r.NextToken = tok },
		SetSize:   func(r *tkReq, n int) { r.MaxResults = int32(n) },
		NextToken: func(p *tkResp) string { return p.NextToken },
		Items:     func(p *tkResp) []item { return p.Items },
		MaxSize:   maxSize,
	}
}

// ---- marker ----

type mkReq struct {
	Filter string `json:"filter,omitempty"`
	Marker string `json:"marker,omitempty"`
	Limit  int    `json:"limit,omitempty"`
}

type mkPageInfo struct {
	NextMarker   *string `json:"next_marker"`
	CurrentCount int     `json:"current_count"`
}

type mkResp struct {
	Items    []item      `json:"items"`
	PageInfo *mkPageInfo `json:"page_info"`
}

// nextMarker is the generated accessor: absent page_info, absent or null
// next_marker and "" all mean "no more pages".
func (p *mkResp) nextMarker() string {
	if p.PageInfo == nil || p.PageInfo.NextMarker == nil {
		return ""
	}
	return *p.PageInfo.NextMarker
}

// mkServer serves data with the last item's ID as the marker, like Huawei.
type mkServer struct {
	faults
	data []item
	reqs []mkReq
}

func (s *mkServer) fetch(_ context.Context, r *mkReq) (*mkResp, error) {
	s.reqs = append(s.reqs, *r)
	if err := s.hit(); err != nil {
		return nil, err
	}
	lo := 0
	if r.Marker != "" {
		id, err := strconv.Atoi(r.Marker)
		if err != nil {
			return nil, fmt.Errorf("bad marker %q", r.Marker)
		}
		lo = id // IDs are 1-based positions
	}
	hi := min(lo+r.Limit, len(s.data))
	resp := &mkResp{Items: s.data[lo:hi], PageInfo: &mkPageInfo{CurrentCount: hi - lo}}
	if hi < len(s.data) {
		m := strconv.Itoa(s.data[hi-1].ID)
		resp.PageInfo.NextMarker = &m
	}
	return resp, nil
}

func mkStyle(maxSize int) MarkerStyle[mkReq, *mkResp, item] {
	return MarkerStyle[mkReq, *mkResp, item]{
		SetMarker:  func(r *mkReq, m string) { r.Marker = m },
		SetLimit:   func(r *mkReq, n int) { r.Limit = n },
		NextMarker: (*mkResp).nextMarker,
		Items:      func(p *mkResp) []item { return p.Items },
		MaxSize:    maxSize,
	}
}

// ---- offset ----

type ofReq struct {
	Filter string `json:"filter,omitempty"`
	Offset int64  `json:"offset,omitempty"`
	Limit  int    `json:"limit,omitempty"`
}

type ofResp struct {
	Items []item `json:"items"`
	Total int64  `json:"total"`
	Size  int    `json:"size"`
}

// ofServer serves data by offset like Huawei API Gateway.
type ofServer struct {
	faults
	data         []item
	ignoreOffset bool
	reqs         []ofReq
}

func (s *ofServer) fetch(_ context.Context, r *ofReq) (*ofResp, error) {
	s.reqs = append(s.reqs, *r)
	if err := s.hit(); err != nil {
		return nil, err
	}
	lo := min(int(r.Offset), len(s.data))
	if s.ignoreOffset {
		lo = 0
	}
	hi := min(lo+r.Limit, len(s.data))
	return &ofResp{Items: s.data[lo:hi], Total: int64(len(s.data)), Size: hi - lo}, nil
}

func ofStyle(maxSize int) OffsetStyle[ofReq, *ofResp, item] {
	return OffsetStyle[ofReq, *ofResp, item]{
		SetOffset: func(r *ofReq, o int64) { r.Offset = o },
		SetLimit:  func(r *ofReq, n int) { r.Limit = n },
		Total:     func(p *ofResp) int64 { return p.Total },
		Items:     func(p *ofResp) []item { return p.Items },
		MaxSize:   maxSize,
	}
}

// ---- scripted pages, for quirks ----

// script returns prepared pages in order and records every request; a
// fetch beyond the script fails the test.
type script[R, P any] struct {
	t     *testing.T
	pages []P
	reqs  []R
}

func (s *script[R, P]) fetch(_ context.Context, r *R) (P, error) {
	s.reqs = append(s.reqs, *r)
	if len(s.reqs) > len(s.pages) {
		s.t.Errorf("unexpected fetch #%d: %+v", len(s.reqs), *r)
		var zero P
		return zero, fmt.Errorf("script has only %d pages", len(s.pages))
	}
	return s.pages[len(s.reqs)-1], nil
}

// ---- style-independent fixtures for the contract tests ----

// lister is the part of *Pager[P, item] that does not depend on P.
type lister interface {
	All(ctx context.Context) iter.Seq2[item, error]
	More() bool
	Cursor() string
}

// fixture builds a fake server holding data and a pager over it with
// Filter=filter, for one style. calls reports the fetches so far.
type fixture struct {
	name  string
	start func(data []item, filter string, failAt map[int]error, opts ...Option) (p lister, calls func() int)
}

func fixtures() []fixture {
	return []fixture{
		{"page", func(data []item, filter string, failAt map[int]error, opts ...Option) (lister, func() int) {
			s := &pnServer{data: data, echo: true, faults: faults{failAt: failAt}}
			return NewPageNumber(s.fetch, &pnReq{Filter: filter}, pnStyle(100), opts...), func() int { return s.calls }
		}},
		{"token", func(data []item, filter string, failAt map[int]error, opts ...Option) (lister, func() int) {
			s := &tkServer{data: data, faults: faults{failAt: failAt}}
			return NewToken(s.fetch, &tkReq{Filter: filter}, tkStyle(100), opts...), func() int { return s.calls }
		}},
		{"marker", func(data []item, filter string, failAt map[int]error, opts ...Option) (lister, func() int) {
			s := &mkServer{data: data, faults: faults{failAt: failAt}}
			return NewMarker(s.fetch, &mkReq{Filter: filter}, mkStyle(2000), opts...), func() int { return s.calls }
		}},
		{"offset", func(data []item, filter string, failAt map[int]error, opts ...Option) (lister, func() int) {
			s := &ofServer{data: data, faults: faults{failAt: failAt}}
			return NewOffset(s.fetch, &ofReq{Filter: filter}, ofStyle(500), opts...), func() int { return s.calls }
		}},
	}
}

// collect drains an All iterator, returning the items and the first error.
func collect(seq iter.Seq2[item, error]) ([]item, error) {
	var out []item
	for it, err := range seq {
		if err != nil {
			return out, err
		}
		out = append(out, it)
	}
	return out, nil
}

// mustJSON decodes a marker response the way the generated decoder would.
func mustJSON(t *testing.T, s string) *mkResp {
	t.Helper()
	var r mkResp
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		t.Fatal(err)
	}
	return &r
}

// withPageCap lowers HardPageCap so the cap can be tested quickly.
func withPageCap(n int) Option {
	return func(o *options) { o.pageCap = n }
}
