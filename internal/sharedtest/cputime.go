package sharedtest

import (
	"testing"
	"time"
)

// ReportCPU reports cpu, the CPU time n iterations of a benchmark took (a
// difference of two CPUTime or ThreadCPUTime readings), as the metric
// "cpu-ns/op". On a shared, loaded machine CPU time per operation measures
// the work done where wall time does not.
func ReportCPU(b *testing.B, cpu time.Duration, n int) {
	b.Helper()
	b.ReportMetric(float64(cpu)/float64(n), "cpu-ns/op")
}

// LoopCPU runs f for every iteration of b, reporting allocations and the
// CPU time per call ("cpu-ns/op", see ReportCPU).
func LoopCPU(b *testing.B, f func()) {
	b.Helper()
	b.ReportAllocs()
	n := 0
	c0 := CPUTime()
	for b.Loop() {
		f()
		n++
	}
	ReportCPU(b, CPUTime()-c0, n)
}
