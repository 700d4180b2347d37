//go:build unix

package alibaba

import (
	"syscall"
	"time"
)

// processCPU is the CPU time the process has used, user and system, all
// threads: unlike wall time it does not count time spent waiting for a
// CPU, so on a shared machine it is the steadier measure of work.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return -1
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
