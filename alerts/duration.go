package alerts

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Mute duration limits.
const (
	// MaxMute is the longest /alert mute.
	MaxMute = 30 * 24 * time.Hour
	// MinMute is the shortest /alert mute.
	MinMute = time.Minute
	// TomorrowMorning is the local time "until tomorrow" mutes until.
	TomorrowMorning Clock = 8 * 60
)

// ErrDuration is wrapped by every mute duration error.
var ErrDuration = errors.New("alerts: invalid duration")

var durationUnits = map[string]time.Duration{
	"s": time.Second, "sec": time.Second, "secs": time.Second, "second": time.Second, "seconds": time.Second,
	"m": time.Minute, "min": time.Minute, "mins": time.Minute, "minute": time.Minute, "minutes": time.Minute,
	"h": time.Hour, "hr": time.Hour, "hrs": time.Hour, "hour": time.Hour, "hours": time.Hour,
	"d": 24 * time.Hour, "day": 24 * time.Hour, "days": 24 * time.Hour,
	"w": 7 * 24 * time.Hour, "wk": 7 * 24 * time.Hour, "week": 7 * 24 * time.Hour, "weeks": 7 * 24 * time.Hour,
}

const durationHelp = "use e.g. 30m, 2h, 1d, 1w, 1h30m or \"2 hours\""

// ParseDuration parses the length of a mute: Go-style durations ("90m",
// "1h30m"), the units d (day) and w (week), and spelled-out units with
// optional spaces ("2 hours", "1 day 12 hours"). Decimal numbers are
// allowed ("1.5h"). The result must be between MinMute and MaxMute.
func ParseDuration(s string) (time.Duration, error) {
	in := strings.ToLower(strings.TrimSpace(s))
	in = strings.TrimPrefix(in, "for ")
	if in == "" {
		return 0, fmt.Errorf("%w: empty; %s", ErrDuration, durationHelp)
	}
	var total float64
	i := 0
	parts := 0
	for i < len(in) {
		for i < len(in) && (in[i] == ' ' || in[i] == ',') {
			i++
		}
		if i == len(in) {
			break
		}
		if strings.HasPrefix(in[i:], "and ") {
			i += 4
			continue
		}
		j := i
		for j < len(in) && (in[j] >= '0' && in[j] <= '9' || in[j] == '.') {
			j++
		}
		if j == i {
			if in[i] == '-' {
				return 0, fmt.Errorf("%w: %q is negative; %s", ErrDuration, s, durationHelp)
			}
			return 0, fmt.Errorf("%w: %q is not understood; %s", ErrDuration, s, durationHelp)
		}
		num, err := strconv.ParseFloat(in[i:j], 64)
		if err != nil || num > 1e6 {
			return 0, fmt.Errorf("%w: %q has a bad number %q; %s", ErrDuration, s, in[i:j], durationHelp)
		}
		for j < len(in) && in[j] == ' ' {
			j++
		}
		k := j
		for k < len(in) && in[k] >= 'a' && in[k] <= 'z' {
			k++
		}
		if k == j {
			return 0, fmt.Errorf("%w: %q lacks a unit after %s; %s", ErrDuration, s, in[i:j], durationHelp)
		}
		unit, ok := durationUnits[in[j:k]]
		if !ok {
			return 0, fmt.Errorf("%w: %q has an unknown unit %q; %s", ErrDuration, s, in[j:k], durationHelp)
		}
		total += num * float64(unit)
		parts++
		i = k
	}
	if parts == 0 {
		return 0, fmt.Errorf("%w: %q is not understood; %s", ErrDuration, s, durationHelp)
	}
	if total > float64(MaxMute) {
		return 0, fmt.Errorf("%w: %q is longer than the maximum of 30 days", ErrDuration, s)
	}
	d := time.Duration(total).Round(time.Second)
	if d < MinMute {
		return 0, fmt.Errorf("%w: %q is shorter than the minimum of 1 minute", ErrDuration, s)
	}
	return d, nil
}

// MuteUntil returns when a mute given as s at time now ends: now plus a
// ParseDuration duration, or for "tomorrow" / "until tomorrow" the next
// day's TomorrowMorning in loc (nil means UTC). "off", "none" and "0" end a
// mute: the zero time is returned.
func MuteUntil(s string, now time.Time, loc *time.Location) (time.Time, error) {
	in := strings.ToLower(strings.TrimSpace(s))
	switch in {
	case "off", "none", "0", "unmute":
		return time.Time{}, nil
	case "tomorrow", "until tomorrow", "till tomorrow":
		if loc == nil {
			loc = time.UTC
		}
		lt := now.In(loc)
		y, m, d := lt.Date()
		return time.Date(y, m, d+1, int(TomorrowMorning)/60, int(TomorrowMorning)%60, 0, 0, loc), nil
	}
	d, err := ParseDuration(in)
	if err != nil {
		return time.Time{}, err
	}
	return now.Add(d), nil
}
