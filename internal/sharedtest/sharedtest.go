// Package sharedtest finds the project's read-only shared data for tests:
// the folder ../shared beside the repository root (fixtures, labeled eval
// data, Discord's OpenAPI document). It is never copied into the repository.
// It also measures CPU time for tests and benchmarks (CPUTime,
// ThreadCPUTime, ReportCPU). It imports testing and is meant to be imported
// from _test.go files only.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the shared data folder, or skips the test with a clear
// message when it is absent (it is always present in CI).
func Dir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("go.mod not found above the test directory")
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("shared data folder %s absent: %v", shared, err)
	}
	return shared
}
