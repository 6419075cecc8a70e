//go:build !race

package edition_test

// raceEnabled reports a -race build, in which timing measurements mean nothing.
const raceEnabled = false
