package trainset

import (
	"errors"
	"fmt"
	"slices"
	"testing"
)

// TestLeaveOneOut: each set is trained on once with that set held out,
// then every threshold visits the held-out set's articles in order; an
// error stops the loops.
func TestLeaveOneOut(t *testing.T) {
	arts := []string{"a", "a", "b", "c", "c"}
	var got []string
	err := LeaveOneOut(arts, func(s *string) string { return *s }, 2,
		func(held string) error { got = append(got, "train "+held); return nil },
		func(held string, k, i int) error {
			got = append(got, fmt.Sprintf("%s k%d i%d", held, k, i))
			return nil
		})
	want := []string{"train a", "a k0 i0", "a k0 i1", "a k1 i0", "a k1 i1", "train b", "b k0 i2", "b k1 i2",
		"train c", "c k0 i3", "c k0 i4", "c k1 i3", "c k1 i4"}
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("LeaveOneOut calls %q, %v; want %q", got, err, want)
	}
	stop := errors.New("stop")
	n := 0
	err = LeaveOneOut(arts, func(s *string) string { return *s }, 2,
		func(string) error { return nil },
		func(string, int, int) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("after an error: %d visits, %v; want 1, stop", n, err)
	}
}
