//go:build !unix

package sharedtest

import "time"

// CPUTimeSupported reports whether CPUTime measures anything on this
// platform; tests that assert on CPU time skip when it is false.
const CPUTimeSupported = false

// CPUTime is not measured on this platform; it returns 0.
func CPUTime() time.Duration { return 0 }
