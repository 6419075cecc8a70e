package main

import (
	"testing"

	"github.com/attache-bot/attache/digest/stance/stancedata"
)

// TestLiftDefaults checks that "-lift" alone trains the shipped lift
// model: the stance model's defaults of -o, -grid and -threshold become
// the lift's (a lift.tsv written with no threshold line would take the
// stance default 0.75, not stancedata.LiftThreshold), and given values stay.
func TestLiftDefaults(t *testing.T) {
	for _, c := range []struct {
		out, grid string
		th        float64
		wOut      string
		wGrid     string
		wTh       float64
	}{
		{"digest/stance/model.tsv", "0.75,0.8,0.85,0.9", 0, "digest/stance/lift.tsv", "0.8,0.85,0.9,0.95", stancedata.LiftThreshold},
		{"", "0.9", 0.85, "", "0.9", 0.85},
		{"x.tsv", "0.75,0.8,0.85,0.9", 0.9, "x.tsv", "0.8,0.85,0.9,0.95", 0.9},
	} {
		out, grid, th := liftDefaults(c.out, c.grid, c.th)
		if out != c.wOut || grid != c.wGrid || th != c.wTh {
			t.Errorf("liftDefaults(%q, %q, %v) = %q, %q, %v; want %q, %q, %v", c.out, c.grid, c.th, out, grid, th, c.wOut, c.wGrid, c.wTh)
		}
	}
}
