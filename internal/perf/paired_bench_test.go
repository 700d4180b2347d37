package perf

import (
	"context"
	"slices"
	"testing"
	"time"
)

// BenchmarkRoundTripPaired times polycloud and the floor call by call,
// alternating them (in the order A B B A, so neither always runs first) and
// reports the median time of each and their ratio. On a shared, noisy
// machine this is the time ratio to trust: a burst of load hits both
// clients alike instead of one whole benchmark. Allocation counts come from
// BenchmarkRoundTrip, where they are exact.
func BenchmarkRoundTripPaired(b *testing.B) {
	for _, o := range ops {
		srv := exampleServer(b, o.status, example(b, o.pkg, o.file))
		b.Run(o.name, func(b *testing.B) {
			ctx := context.Background()
			poly, floor := o.polycloud(ctx, srv.URL), o.floor(ctx, srv.URL)
			var p, f []time.Duration
			for i := 0; b.Loop(); i++ {
				if i%2 == 0 {
					p, f = timeCall(b, poly, p), timeCall(b, floor, f)
				} else {
					f, p = timeCall(b, floor, f), timeCall(b, poly, p)
				}
			}
			reportPair(b, "polycloud", p, "floor", f)
		})
	}
}

// timeCall runs call once and appends how long it took.
func timeCall(b *testing.B, call func() error, times []time.Duration) []time.Duration {
	start := time.Now()
	if err := call(); err != nil {
		b.Fatal(err)
	}
	return append(times, time.Since(start))
}

// reportPair reports the median of each series and the ratio of the
// medians, a/b.
func reportPair(b *testing.B, aName string, a []time.Duration, bName string, bTimes []time.Duration) {
	ma, mb := median(a), median(bTimes)
	b.ReportMetric(float64(ma.Nanoseconds()), aName+"-ns/call")
	b.ReportMetric(float64(mb.Nanoseconds()), bName+"-ns/call")
	if mb > 0 {
		b.ReportMetric(float64(ma)/float64(mb), aName+"/"+bName)
	}
}

func median(d []time.Duration) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}
