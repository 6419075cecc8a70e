//go:build linux

package sharedtest

import (
	"syscall"
	"time"
)

// ThreadCPUTime returns the user and system CPU time used so far by the
// calling OS thread (getrusage RUSAGE_THREAD, Linux only), so benchmarks can
// report their own cost independent of how busy the machine is and of GC
// work done on other threads. The caller must have locked its OS thread
// (runtime.LockOSThread). It returns 0 on other platforms.
func ThreadCPUTime() time.Duration {
	const rusageThread = 1 // RUSAGE_THREAD
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
