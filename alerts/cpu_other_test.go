//go:build !linux

package alerts

import "time"

// threadCPU is not available on this platform; benchmarks report 0.
func threadCPU() time.Duration { return 0 }

// processCPU is not available on this platform; benchmarks report 0.
func processCPU() time.Duration { return 0 }
