//go:build !race

package alerts

// raceEnabled reports whether the race detector is on.
const raceEnabled = false
