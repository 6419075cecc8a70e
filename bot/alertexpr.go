package bot

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/attache-bot/attache/alerts"
)

// MaxExpressionLen is the longest alert expression accepted, in characters.
const MaxExpressionLen = alerts.MaxExpressionLength

// validateExpression checks an alert expression with package alerts (the
// syntax of issue 6) and returns an error whose message is meant for the
// user, with the 1-based column of the problem.
func validateExpression(expr string) error {
	if !utf8.ValidString(expr) {
		return errors.New("the expression is not valid text")
	}
	err := alerts.Validate(expr)
	var se *alerts.SyntaxError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &se):
		return errors.New(se.UserMessage())
	}
	return errors.New(strings.TrimPrefix(err.Error(), "alerts: "))
}

// MaxMute is the longest /alert mute.
const MaxMute = 30 * 24 * time.Hour

// parseMute parses a mute duration: Go durations ("90m", "1h30m") plus days
// and weeks ("2d", "1w"); "0", "off" and "none" unmute.
func parseMute(s string) (time.Duration, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch s {
	case "0", "off", "none", "unmute":
		return 0, nil
	case "":
		return 0, fmt.Errorf("give a duration such as 30m, 2h, 1d or 1w")
	}
	var total time.Duration
	rest := s
	for rest != "" {
		i := 0
		for i < len(rest) && (rest[i] >= '0' && rest[i] <= '9' || rest[i] == '.') {
			i++
		}
		num := rest[:i]
		for i < len(rest) && rest[i] == ' ' {
			i++
		}
		j := i
		for j < len(rest) && rest[j] >= 'a' && rest[j] <= 'z' {
			j++
		}
		if num == "" || j == i {
			return 0, fmt.Errorf("%q is not a duration; use e.g. 30m, 2h, 1d or 1w", s)
		}
		n, err := strconv.ParseFloat(num, 64)
		if err != nil {
			return 0, fmt.Errorf("%q is not a duration; use e.g. 30m, 2h, 1d or 1w", s)
		}
		var unit time.Duration
		switch rest[i:j] {
		case "m", "min", "mins", "minute", "minutes":
			unit = time.Minute
		case "h", "hr", "hrs", "hour", "hours":
			unit = time.Hour
		case "d", "day", "days":
			unit = 24 * time.Hour
		case "w", "wk", "week", "weeks":
			unit = 7 * 24 * time.Hour
		default:
			return 0, fmt.Errorf("unknown unit %q in %q; use m, h, d or w", rest[i:j], s)
		}
		if n > float64(MaxMute/unit)+1 {
			return 0, fmt.Errorf("%s is longer than the %d days allowed", s, int(MaxMute.Hours()/24))
		}
		total += time.Duration(n * float64(unit))
		rest = strings.TrimSpace(rest[j:])
	}
	if total > MaxMute {
		return 0, fmt.Errorf("%s is longer than the %d days allowed", s, int(MaxMute.Hours()/24))
	}
	if total < time.Minute {
		return 0, fmt.Errorf("%s is too short; the shortest mute is 1m", s)
	}
	return total, nil
}
