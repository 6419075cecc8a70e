package sharedtest

import (
	"runtime"
	"testing"
	"time"
)

// sink keeps the spinning loop in advances from being optimised away.
var sink int

// advances spins on the calling goroutine until clock has advanced by 20ms,
// and reports whether it did within 10s of wall time (generous, so a loaded
// machine cannot fail it; a clock stuck at 0 always does).
func advances(clock func() time.Duration) (time.Duration, bool) {
	c0, x := clock(), 0
	for start := time.Now(); time.Since(start) < 10*time.Second; {
		for i := range 100000 {
			x += i * i
		}
		if d := clock() - c0; d >= 20*time.Millisecond {
			sink = x
			return d, true
		}
	}
	return clock() - c0, false
}

func TestCPUTimeAdvances(t *testing.T) {
	if !CPUTimeSupported {
		t.Skip("process CPU time is not measured on this platform")
	}
	if d, ok := advances(CPUTime); !ok {
		t.Errorf("CPUTime advanced only %v in 10s of spinning, want >= 20ms", d)
	}
}

func TestThreadCPUTimeAdvances(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("thread CPU time is measured on Linux only")
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if d, ok := advances(ThreadCPUTime); !ok {
		t.Errorf("ThreadCPUTime advanced only %v in 10s of spinning, want >= 20ms", d)
	}
}
