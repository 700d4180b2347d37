//go:build !unix

package perf

import "time"

// processCPU is unknown here: cpu-ns/op is not reported.
func processCPU() time.Duration { return -1 }
