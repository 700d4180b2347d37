package perf

import (
	"testing"
	"time"
)

// cpuTimer measures the CPU time the process spends, user and system, all
// threads (the garbage collector's included). Unlike ns/op it does not
// count time the process waits for a CPU, so on a shared machine it is
// the steadier measure of work for single-goroutine benchmarks.
type cpuTimer struct{ start time.Duration }

func startCPUTimer() cpuTimer { return cpuTimer{processCPU()} }

// report adds cpu-ns/op.
func (c cpuTimer) report(b *testing.B) {
	if b.N > 0 && c.start >= 0 {
		b.ReportMetric(float64(processCPU()-c.start)/float64(b.N), "cpu-ns/op")
	}
}
