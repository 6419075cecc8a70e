//go:build !race

package discord_test

// raceEnabled reports whether the race detector is on (timings are then
// several times slower).
const raceEnabled = false
