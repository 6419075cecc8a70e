//go:build unix

package sharedtest

import (
	"syscall"
	"time"
)

// CPUTimeSupported reports whether CPUTime measures anything on this
// platform; tests that assert on CPU time skip when it is false.
const CPUTimeSupported = true

// CPUTime returns the user and system CPU time the whole process (GC and
// in-process test servers included) has used so far, from getrusage
// RUSAGE_SELF. Subtract two readings to measure work: on a shared, loaded
// machine it measures the work done where wall time does not. It returns 0
// where the platform cannot measure it (see CPUTimeSupported).
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
