//go:build !race

package digest

// raceEnabled reports that the race detector is on.
const raceEnabled = false
