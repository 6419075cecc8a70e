//go:build linux

package alerts

import (
	"syscall"
	"time"
)

// threadCPU returns the CPU time used by the calling OS thread (Linux
// RUSAGE_THREAD), so benchmarks can report cost independent of how busy
// the shared machine is. The caller must have locked its OS thread.
func threadCPU() time.Duration {
	const rusageThread = 1
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// processCPU returns the CPU time used by the whole process, GC included.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
