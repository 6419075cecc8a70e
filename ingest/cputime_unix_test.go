//go:build unix

package ingest

import (
	"syscall"
	"time"
)

// cpuTime is the user+system CPU time of this process (test servers
// included): on a shared machine, items per CPU-second is the rate one
// dedicated core would reach.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
