//go:build race

package digest

// raceEnabled reports that the race detector is on: it slows code several
// times, so timing assertions are skipped.
const raceEnabled = true
