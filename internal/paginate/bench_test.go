package paginate

import (
	"context"
	"iter"
	"runtime"
	"testing"
)

// The benchmarks list benchItems items in pages of benchPage from an
// in-memory fake, through the pager (BenchmarkAllItems) and through a
// hand-written loop over the same fetch function (BenchmarkHandLoop), so
// the pager's overhead can be read from one run as the ratio of their
// ns/item and allocs/item.
const (
	benchItems = 100_000
	benchPage  = 100
)

var benchSink int

// benchFetchers returns fake list operations over data that allocate only
// the response struct, like a decoder would at the least.
func benchFetchers(data []item) (func(context.Context, *pnReq) (*pnResp, error), func(context.Context, *tkReq) (*tkResp, error)) {
	byPage := func(_ context.Context, r *pnReq) (*pnResp, error) {
		lo := min(int(r.PageNumber-1)*int(r.PageSize), len(data))
		hi := min(lo+int(r.PageSize), len(data))
		return &pnResp{Items: data[lo:hi], TotalCount: int64(len(data)), PageSize: r.PageSize}, nil
	}
	byToken := func(_ context.Context, r *tkReq) (*tkResp, error) {
		lo := 0
		if r.NextToken != "" {
			lo = int(r.NextToken[0])<<16 | int(r.NextToken[1])<<8 | int(r.NextToken[2])
		}
		hi := min(lo+int(r.MaxResults), len(data))
		resp := &tkResp{Items: data[lo:hi]}
		if hi < len(data) {
			resp.NextToken = string([]byte{byte(hi >> 16), byte(hi >> 8), byte(hi)})
		}
		return resp, nil
	}
	return byPage, byToken
}

// benchListers returns, per style, a function that lists everything
// through a pager and calls at(n) after the n-th item.
func benchListers(data []item) map[string]func(at func(n int)) int {
	byPage, byToken := benchFetchers(data)
	ctx := context.Background()
	return map[string]func(at func(int)) int{
		"page": func(at func(int)) int {
			return drainAll(NewPageNumber(byPage, &pnReq{}, pnStyle(benchPage)).All(ctx), at)
		},
		"token": func(at func(int)) int {
			return drainAll(NewToken(byToken, &tkReq{}, tkStyle(benchPage)).All(ctx), at)
		},
	}
}

// drainAll consumes an item iterator, calling at(n) after the n-th item.
func drainAll(seq iter.Seq2[item, error], at func(int)) int {
	n := 0
	for it, err := range seq {
		if err != nil {
			panic(err)
		}
		benchSink += it.ID
		n++
		if at != nil {
			at(n)
		}
	}
	return n
}

func BenchmarkAllItems(b *testing.B) {
	data := makeItems(benchItems)
	for _, style := range []string{"page", "token"} {
		list := benchListers(data)[style]
		b.Run(style, func(b *testing.B) {
			growth := heapGrowth(list)
			measure(b, func() int { return list(nil) })
			b.ReportMetric(growth, "heap-growth-B/item")
		})
	}
}

func BenchmarkHandLoop(b *testing.B) {
	data := makeItems(benchItems)
	byPage, byToken := benchFetchers(data)
	ctx := context.Background()
	b.Run("page", func(b *testing.B) {
		measure(b, func() int {
			n := 0
			for page := 1; ; page++ {
				resp, err := byPage(ctx, &pnReq{PageNumber: int32(page), PageSize: benchPage})
				if err != nil {
					panic(err)
				}
				for _, it := range resp.Items {
					benchSink += it.ID
					n++
				}
				if len(resp.Items) < benchPage || int64(page*benchPage) >= resp.TotalCount {
					return n
				}
			}
		})
	})
	b.Run("token", func(b *testing.B) {
		measure(b, func() int {
			n, req := 0, tkReq{MaxResults: benchPage}
			for {
				resp, err := byToken(ctx, &req)
				if err != nil {
					panic(err)
				}
				for _, it := range resp.Items {
					benchSink += it.ID
					n++
				}
				if resp.NextToken == "" {
					return n
				}
				req.NextToken = resp.NextToken
			}
		})
	})
}

// measure runs one full listing per iteration and reports ns/item and
// allocs/item.
func measure(b *testing.B, listing func() int) {
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for b.Loop() {
		if n := listing(); n != benchItems {
			b.Fatalf("listed %d items, want %d", n, benchItems)
		}
	}
	runtime.ReadMemStats(&after)
	items := float64(b.N) * benchItems
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/items, "ns/item")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/items, "allocs/item")
}

// heapGrowth lists once and returns how much the live heap grew per item
// between the 10,000th and the 100,000th item. A pager that kept items or
// pages would grow by about their size per item; the pager keeps only a
// few bytes per page (the token hashes of the loop guard).
func heapGrowth(list func(at func(int)) int) float64 {
	live := func() uint64 {
		var m runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	var at10k, at100k uint64
	list(func(n int) {
		switch n {
		case benchItems / 10:
			at10k = live()
		case benchItems:
			at100k = live()
		}
	})
	return float64(int64(at100k)-int64(at10k)) / (benchItems * 9 / 10)
}
