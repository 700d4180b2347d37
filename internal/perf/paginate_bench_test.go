package perf

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/polycloud-go/polycloud/alibaba/ga"
	hga "github.com/polycloud-go/polycloud/huawei/ga"
)

// The pagination benchmarks list benchItems items through the generated
// pagers (client=pager) and through a hand-written loop that calls the
// same operation on the same client (client=loop), against a local server
// that pages for real. Their ratio is the pager's overhead; both pay the
// same HTTP round trips and decoding.
const benchItems = 100_000

// style is one pagination style, with an operation that uses it.
type style struct {
	name  string
	max   int                                                           // the page size the pager and the loop both ask for: the API's maximum
	item  string                                                        // the documentation's item with @ID@ where its ID goes
	page  func(w *bytes.Buffer, q queryParams, items []byte, total int) // writes one page around items
	size  func(q queryParams) int                                       // the page size asked for
	start func(q queryParams) int                                       // the first item of the page asked for
	pager func(ctx context.Context, endpoint string) func(yield func() bool) error
	loop  func(ctx context.Context, endpoint string) func(yield func() bool) error
}

type queryParams interface{ Get(string) string }

var styles = []style{
	{
		name:  "token(AlibabaGA.ListForwardingRules)",
		max:   100,
		item:  exampleItem("alibaba/ga", "ListForwardingRules", "ForwardingRules", "ForwardingRuleId"),
		size:  func(q queryParams) int { return atoi(q.Get("MaxResults"), 20) },
		start: func(q queryParams) int { return atoi(q.Get("NextToken"), 0) },
		page: func(w *bytes.Buffer, q queryParams, items []byte, total int) {
			n, next := pageBounds(q.Get("NextToken"), atoi(q.Get("MaxResults"), 20), total)
			w.WriteString(`{"RequestId":"r","TotalCount":` + strconv.Itoa(n) + `,"MaxResults":` + q.Get("MaxResults"))
			if next != "" {
				w.WriteString(`,"NextToken":"` + next + `"`)
			}
			w.WriteString(`,"ForwardingRules":[`)
			w.Write(items)
			w.WriteString(`]}`)
		},
		pager: pagerForwardingRules,
		loop:  loopForwardingRules,
	},
	{
		name:  "marker(HuaweiGA.ListByoipPools)",
		max:   2000,
		item:  exampleItem("huawei/ga", "ListByoipPools", "byoip_pools", "id"),
		size:  func(q queryParams) int { return atoi(q.Get("limit"), 500) },
		start: func(q queryParams) int { return atoi(q.Get("marker"), 0) },
		page: func(w *bytes.Buffer, q queryParams, items []byte, total int) {
			n, next := pageBounds(q.Get("marker"), atoi(q.Get("limit"), 500), total)
			w.WriteString(`{"request_id":"r","byoip_pools":[`)
			w.Write(items)
			w.WriteString(`],"page_info":{"next_marker":"` + next + `","current_count":` + strconv.Itoa(n) + `}}`)
		},
		pager: pagerByoipPools,
		loop:  loopByoipPools,
	},
	{
		name: "page(AlibabaGA.ListCustomRoutingPortMappingsByDestination)",
		max:  50,
		item: exampleItem("alibaba/ga", "ListCustomRoutingPortMappingsByDestination", "PortMappings", "EndpointGroupId"),
		size: func(q queryParams) int { return atoi(q.Get("PageSize"), 10) },
		start: func(q queryParams) int {
			return (atoi(q.Get("PageNumber"), 1) - 1) * atoi(q.Get("PageSize"), 10)
		},
		page: func(w *bytes.Buffer, q queryParams, items []byte, total int) {
			w.WriteString(`{"RequestId":"r","TotalCount":` + strconv.Itoa(total) + `,"PageSize":` + q.Get("PageSize") +
				`,"PageNumber":` + q.Get("PageNumber") + `,"PortMappings":[`)
			w.Write(items)
			w.WriteString(`]}`)
		},
		pager: pagerPortMappings,
		loop:  loopPortMappings,
	},
}

// BenchmarkPaginate lists benchItems items per iteration, and
// benchItems/10 to show that the cost per item does not grow with the
// listing. It reports items/s, allocs/item and B/item; the pager also
// reports how much the live heap grew per item between the 10,000th and
// the 100,000th item of one listing (flat: about zero).
func BenchmarkPaginate(b *testing.B) {
	for _, s := range styles {
		srv := listingServer(b, s, benchItems)
		ctx := context.Background()
		for _, n := range []int{benchItems / 10, benchItems} {
			for _, c := range []struct {
				name string
				list func(context.Context, string) func(func() bool) error
			}{{"pager", s.pager}, {"loop", s.loop}} {
				b.Run(s.name+"/n="+strconv.Itoa(n)+"/client="+c.name, func(b *testing.B) {
					list := c.list(ctx, srv.URL)
					growth, measured := 0.0, n == benchItems && c.name == "pager"
					if measured { // an untimed listing: it forces collections
						growth = heapGrowthPerItem(b, list)
					}
					measureListing(b, list, n)
					if measured { // after the loop, which resets reported metrics
						b.ReportMetric(growth, "heap-growth-B/item")
					}
				})
			}
		}
	}
}

// BenchmarkPaginatePaired lists everything through the pager and through
// the hand-written loop at the same time, in lockstep: the two hand the
// CPU to each other after every page, and each side's pages are timed. A
// burst of load then hits both sides alike, so the ratio of their times is
// the pager's overhead even on a noisy machine. Each iteration is one
// listing on each side; the reported ratio is the median over iterations.
func BenchmarkPaginatePaired(b *testing.B) {
	for _, s := range styles {
		srv := listingServer(b, s, benchItems)
		b.Run(s.name, func(b *testing.B) {
			ctx := context.Background()
			pager, loop := s.pager(ctx, srv.URL), s.loop(ctx, srv.URL)
			var ratios []float64
			for i := 0; b.Loop(); i++ {
				p, l, err := lockstep(pager, loop, s.max, i%2 == 0)
				if err != nil {
					b.Fatal(err)
				}
				ratios = append(ratios, float64(p)/float64(l))
			}
			slices.Sort(ratios)
			b.ReportMetric(ratios[len(ratios)/2], "pager/loop")
		})
	}
}

// lockstep runs listings a and c side by side, switching from one to the
// other after every page of size items, and returns each one's total
// time, hand-overs excluded. aFirst says which starts.
func lockstep(a, c func(func() bool) error, size int, aFirst bool) (ta, tc time.Duration, err error) {
	aTurn, cTurn := make(chan struct{}, 1), make(chan struct{}, 1)
	var aDone, cDone atomic.Bool
	var aErr, cErr error
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); ta, aErr = side(a, size, aTurn, cTurn, &aDone, &cDone) }()
	go func() { defer wg.Done(); tc, cErr = side(c, size, cTurn, aTurn, &cDone, &aDone) }()
	if aFirst {
		aTurn <- struct{}{}
	} else {
		cTurn <- struct{}{}
	}
	wg.Wait()
	return ta, tc, errors.Join(aErr, cErr)
}

// side runs one listing of a lockstep pair: it waits for its turn, lists
// one page, hands over to the other side (unless that one has finished)
// and waits again.
func side(list func(func() bool) error, size int, mine, other chan struct{}, done, otherDone *atomic.Bool) (time.Duration, error) {
	var total time.Duration
	<-mine
	start, n := time.Now(), 0
	err := list(func() bool {
		if n++; n%size == 0 && !otherDone.Load() {
			total += time.Since(start)
			other <- struct{}{}
			<-mine
			start = time.Now()
		}
		return true
	})
	total += time.Since(start)
	done.Store(true)
	select { // let the other side finish alone
	case other <- struct{}{}:
	default:
	}
	if err == nil && n != benchItems {
		err = fmt.Errorf("listed %d items, want %d", n, benchItems)
	}
	return total, err
}

// measureListing runs one listing of n items per iteration and reports
// items/s, allocs/item and B/item.
func measureListing(b *testing.B, list func(func() bool) error, n int) {
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for b.Loop() {
		if err := listN(list, n); err != nil {
			b.Fatal(err)
		}
	}
	runtime.ReadMemStats(&after)
	items := float64(b.N) * float64(n)
	b.ReportMetric(items/b.Elapsed().Seconds(), "items/s")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/items, "allocs/item")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/items, "B/item")
}

// listN lists the first n items and checks that there were that many.
func listN(list func(func() bool) error, n int) error {
	got := 0
	err := list(func() bool { got++; return got < n })
	if err == nil && got != n {
		err = fmt.Errorf("listed %d items, want %d", got, n)
	}
	return err
}

// heapGrowthPerItem lists once and returns how much the live heap grew per
// item between the 10,000th and the 100,000th item.
func heapGrowthPerItem(b *testing.B, list func(func() bool) error) float64 {
	live := func() uint64 {
		var m runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	var at10k, at100k uint64
	n := 0
	if err := list(func() bool {
		switch n++; n {
		case benchItems / 10:
			at10k = live()
		case benchItems:
			at100k = live()
		}
		return true
	}); err != nil {
		b.Fatal(err)
	}
	return float64(int64(at100k)-int64(at10k)) / float64(benchItems-benchItems/10)
}

// listingServer serves total items in style s: the documented item with a
// distinct ID each.
func listingServer(tb testing.TB, s style, total int) *httptest.Server {
	head, tail, _ := strings.Cut(s.item, "@ID@")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		from := min(s.start(q), total)
		to := min(from+s.size(q), total)
		items := make([]byte, 0, (to-from)*(len(s.item)+8))
		for i := from; i < to; i++ {
			if i > from {
				items = append(items, ',')
			}
			items = append(strconv.AppendInt(append(items, head...), int64(i), 10), tail...)
		}
		var page bytes.Buffer
		s.page(&page, q, items, total)
		w.Header()["Content-Type"] = []string{"application/json"}
		w.Header()["Content-Length"] = []string{strconv.Itoa(page.Len())}
		_, _ = w.Write(page.Bytes())
	}))
	tb.Cleanup(srv.Close)
	return srv
}

// pageBounds returns the item count of the page starting at token and the
// token of the next page ("" on the last one). Tokens are item offsets.
func pageBounds(token string, size, total int) (int, string) {
	from := min(atoi(token, 0), total)
	to := min(from+size, total)
	if to >= total {
		return to - from, ""
	}
	return to - from, strconv.Itoa(to)
}

func atoi(s string, def int) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return def
}

// exampleItem returns the first element of list in a documentation
// example, as compact JSON with @ID@ in place of its idField.
func exampleItem(pkg, op, list, idField string) string {
	var doc map[string]json.RawMessage
	body, err := readExample(pkg, op)
	if err == nil {
		err = json.Unmarshal(body, &doc)
	}
	var items []map[string]any
	if err == nil {
		err = json.Unmarshal(doc[list], &items)
	}
	if err != nil || len(items) == 0 {
		panic("perf: no " + list + " in the " + op + " example: " + errString(err))
	}
	items[0][idField] = "@ID@"
	out, _ := json.Marshal(items[0])
	return string(out)
}

func errString(err error) string {
	if err == nil {
		return "empty"
	}
	return err.Error()
}

func pagerForwardingRules(ctx context.Context, endpoint string) func(func() bool) error {
	c := ga.New(alibabaConfig(endpoint))
	return func(yield func() bool) error {
		p := ga.NewListForwardingRulesPager(c, &ga.ListForwardingRulesRequest{AcceleratorID: acceleratorID, ListenerID: listenerID})
		for rule, err := range p.All(ctx) {
			if err != nil {
				return err
			}
			sink(rule.ForwardingRuleID)
			if !yield() {
				return nil
			}
		}
		return nil
	}
}

func loopForwardingRules(ctx context.Context, endpoint string) func(func() bool) error {
	c := ga.New(alibabaConfig(endpoint))
	return func(yield func() bool) error {
		req := ga.ListForwardingRulesRequest{AcceleratorID: acceleratorID, ListenerID: listenerID, MaxResults: 100} // the pager's size
		for {
			resp, err := c.ListForwardingRules(ctx, &req)
			if err != nil {
				return err
			}
			for _, rule := range resp.ForwardingRules {
				sink(rule.ForwardingRuleID)
				if !yield() {
					return nil
				}
			}
			if resp.NextToken == "" {
				return nil
			}
			req.NextToken = resp.NextToken
		}
	}
}

func pagerByoipPools(ctx context.Context, endpoint string) func(func() bool) error {
	c := hga.New(huaweiConfig(endpoint))
	return func(yield func() bool) error {
		for pool, err := range hga.NewListByoipPoolsPager(c, nil).All(ctx) {
			if err != nil {
				return err
			}
			sink(pool.ID)
			if !yield() {
				return nil
			}
		}
		return nil
	}
}

func loopByoipPools(ctx context.Context, endpoint string) func(func() bool) error {
	c := hga.New(huaweiConfig(endpoint))
	return func(yield func() bool) error {
		req := hga.ListByoipPoolsRequest{Limit: 2000}
		for {
			resp, err := c.ListByoipPools(ctx, &req)
			if err != nil {
				return err
			}
			for _, pool := range resp.ByoipPools {
				sink(pool.ID)
				if !yield() {
					return nil
				}
			}
			if resp.PageInfo.NextMarker == "" {
				return nil
			}
			req.Marker = resp.PageInfo.NextMarker
		}
	}
}

func pagerPortMappings(ctx context.Context, endpoint string) func(func() bool) error {
	c := ga.New(alibabaConfig(endpoint))
	return func(yield func() bool) error {
		p := ga.NewListCustomRoutingPortMappingsByDestinationPager(c, &ga.ListCustomRoutingPortMappingsByDestinationRequest{
			EndpointID: endpointID, DestinationAddress: destination,
		})
		for m, err := range p.All(ctx) {
			if err != nil {
				return err
			}
			sink(m.EndpointGroupID)
			if !yield() {
				return nil
			}
		}
		return nil
	}
}

func loopPortMappings(ctx context.Context, endpoint string) func(func() bool) error {
	c := ga.New(alibabaConfig(endpoint))
	return func(yield func() bool) error {
		req := ga.ListCustomRoutingPortMappingsByDestinationRequest{EndpointID: endpointID, DestinationAddress: destination, PageSize: 50}
		for page := int32(1); ; page++ {
			req.PageNumber = page
			resp, err := c.ListCustomRoutingPortMappingsByDestination(ctx, &req)
			if err != nil {
				return err
			}
			for _, m := range resp.PortMappings {
				sink(m.EndpointGroupID)
				if !yield() {
					return nil
				}
			}
			if len(resp.PortMappings) < int(req.PageSize) || int(page)*int(req.PageSize) >= int(resp.TotalCount) {
				return nil
			}
		}
	}
}

// benchSink keeps the compiler from dropping the item reads.
var benchSink int

func sink(s string) { benchSink += len(s) }
