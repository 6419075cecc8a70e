//go:build unix

package summarize

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the user and system CPU time of the process so far; on a
// shared, loaded machine it measures the work done where wall time does not.
func cpuTime(tb testing.TB) time.Duration {
	tb.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatalf("getrusage: %v", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
