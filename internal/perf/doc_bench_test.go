// Package perf measures polycloud against a floor: the same HTTP exchange
// written directly with net/http and encoding/json, as a careful
// programmer would without an SDK (same requests, same headers, the
// Alibaba signature computed inline, a pooled client with polycloud's
// timeouts, the answer decoded into the same response struct). It holds
// benchmarks and the tests that keep the comparison honest; nothing here
// is part of the SDK.
//
// Benchmarks that compare name their variants .../client=polycloud and
// .../client=floor (or pager and loop), so benchstat can put them side by
// side. The machine is shared and noisy, so compare ratios measured in
// one run, never absolute times, and prefer the *Paired benchmarks for
// time: they alternate the two clients call by call (pages for
// pagination) and report the ratio of medians, which load bursts cannot
// skew. Allocation counts are exact in any run.
//
//	go test ./internal/perf -run '^$' -bench 'RoundTrip|DecodePage|FloorSign' -benchmem -count 6 > perf.txt
//	go run golang.org/x/perf/cmd/benchstat@latest -col /client perf.txt
//	go test ./internal/perf -run '^$' -bench 'Paginate' -benchmem -benchtime 8x -count 3
//
// The comparison with the official SDKs lives in the separate module
// internal/peerbench, so that they never become dependencies of polycloud.
package perf
