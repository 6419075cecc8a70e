//go:build race

package fakediscord

// raceEnabled reports that the race detector is on (its slowdown stretches
// the default interaction deadline).
const raceEnabled = true
