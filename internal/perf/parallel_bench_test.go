package perf

import (
	"context"
	"testing"
)

// BenchmarkRoundTripParallel makes each documented call from many
// goroutines at once through one client (polycloud's or the floor's), as a
// service handling concurrent requests does: it shows contention in the
// client (credential and token caches, connection pool, type caches) that
// a sequential benchmark cannot.
func BenchmarkRoundTripParallel(b *testing.B) {
	for _, o := range ops {
		srv := exampleServer(b, o.status, example(b, o.pkg, o.file))
		for _, c := range []struct {
			name string
			make func(context.Context, string) func() error
		}{{"polycloud", o.polycloud}, {"floor", o.floor}} {
			b.Run(o.name+"/client="+c.name, func(b *testing.B) {
				call := c.make(context.Background(), srv.URL)
				b.SetParallelism(4) // 4 goroutines per CPU
				b.ReportAllocs()
				b.RunParallel(func(pb *testing.PB) {
					for pb.Next() {
						if err := call(); err != nil {
							b.Error(err)
							return
						}
					}
				})
			})
		}
	}
}
