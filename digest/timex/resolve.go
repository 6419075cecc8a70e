package timex

import (
	"strconv"
	"time"
)

// Granularities of a resolved point in time.
const (
	gDay uint8 = iota + 1
	gWeek
	gWeekend
	gMonth
	gQuarter
	gHalf
	gSeason
	gYear
	gDecade
	gCentury
)

// point is a calendar value at some granularity. For gWeek and gWeekend y is
// the ISO year and m the ISO week; for gQuarter and gHalf m is the quarter or
// half; for gSeason s is the season code; for gDecade y is the year / 10 and
// for gCentury the year / 100.
type point struct {
	g       uint8
	y, m, d int
	s       string
}

func dayPoint(t time.Time) point {
	y, m, d := t.Date()
	return point{g: gDay, y: y, m: int(m), d: d}
}

func (pt point) time() time.Time {
	return time.Date(pt.y, time.Month(pt.m), pt.d, 12, 0, 0, 0, time.UTC)
}

func pad(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// String formats the point as a TIMEX3 value.
func (pt point) String() string {
	var buf [24]byte
	b := buf[:0]
	switch pt.g {
	case gDay:
		b = pad(b, pt.y, 4)
		b = append(b, '-')
		b = pad(b, pt.m, 2)
		b = append(b, '-')
		b = pad(b, pt.d, 2)
	case gWeek, gWeekend:
		b = pad(b, pt.y, 4)
		b = append(b, "-W"...)
		b = pad(b, pt.m, 2)
		if pt.g == gWeekend {
			b = append(b, "-WE"...)
		}
	case gMonth:
		b = pad(b, pt.y, 4)
		b = append(b, '-')
		b = pad(b, pt.m, 2)
	case gQuarter:
		b = pad(b, pt.y, 4)
		b = append(b, "-Q"...)
		b = strconv.AppendInt(b, int64(pt.m), 10)
	case gHalf:
		b = pad(b, pt.y, 4)
		b = append(b, "-H"...)
		b = strconv.AppendInt(b, int64(pt.m), 10)
	case gSeason:
		b = pad(b, pt.y, 4)
		b = append(b, '-')
		b = append(b, pt.s...)
	case gYear:
		b = pad(b, pt.y, 4)
	case gDecade:
		b = pad(b, pt.y, 3)
	case gCentury:
		b = pad(b, pt.y, 2)
	default:
		return ""
	}
	return string(b)
}

// addDays returns t moved by n days.
func addDays(t time.Time, n int) time.Time { return t.AddDate(0, 0, n) }

// weekPoint is the ISO week containing t.
func weekPoint(t time.Time, g uint8) point {
	y, w := t.ISOWeek()
	return point{g: g, y: y, m: w}
}

// monthShift returns year and month moved by n months.
func monthShift(y, m, n int) (int, int) {
	k := y*12 + (m - 1) + n
	y, m = k/12, k%12+1
	if m <= 0 {
		m += 12
		y--
	}
	return y, m
}

// shiftPoint returns the point of unit u that is off units away from t
// ("last month" is shiftPoint(dct, uMonth, -1)).
func shiftPoint(t time.Time, u, off int) (point, bool) {
	y, mo, _ := t.Date()
	m := int(mo)
	switch u {
	case uDay:
		return dayPoint(addDays(t, off)), true
	case uWeek:
		return weekPoint(addDays(t, 7*off), gWeek), true
	case uWeekend:
		return weekPoint(addDays(t, 7*off), gWeekend), true
	case uMonth:
		y, m = monthShift(y, m, off)
		return point{g: gMonth, y: y, m: m}, true
	case uQuarter:
		q := y*4 + (m-1)/3 + off
		return point{g: gQuarter, y: q / 4, m: q%4 + 1}, true
	case uHalf:
		h := y*2 + (m-1)/6 + off
		return point{g: gHalf, y: h / 2, m: h%2 + 1}, true
	case uYear:
		return point{g: gYear, y: y + off}, true
	case uDecade:
		return point{g: gDecade, y: y/10 + off}, true
	case uCentury:
		return point{g: gCentury, y: y/100 + off}, true
	}
	return point{}, false
}

// agoPoint is the point n units before (n < 0: after) t, at the unit's
// granularity ("two years ago" -> the year, "ten days ago" -> the day).
func agoPoint(t time.Time, u, n int) (point, bool) {
	switch u {
	case uDay, uWeek, uMonth, uQuarter, uYear:
		return shiftPoint(t, u, -n)
	case uWeekend:
		return shiftPoint(t, uWeekend, -n)
	case uDecade:
		return point{g: gYear, y: t.Year() - 10*n}, true
	case uCentury:
		return point{g: gYear, y: t.Year() - 100*n}, true
	}
	return point{}, false
}

// sameISOWeek reports whether a and b fall in the same Monday-to-Sunday week.
func sameISOWeek(a, b time.Time) bool {
	ya, wa := a.ISOWeek()
	yb, wb := b.ISOWeek()
	return ya == yb && wa == wb
}

// weekdayNear returns the date of weekday wd (1 = Monday .. 7 = Sunday)
// relative to t: dir -1 the latest on or before t, +1 the earliest on or
// after t, -2 strictly before, +2 strictly after.
func weekdayNear(t time.Time, wd, dir int) time.Time {
	cur := int(t.Weekday())
	if cur == 0 {
		cur = 7
	}
	switch dir {
	case -1, -2:
		d := cur - wd
		if d < 0 || d == 0 && dir == -2 {
			d += 7
		}
		return addDays(t, -d)
	default:
		d := wd - cur
		if d < 0 || d == 0 && dir == 2 {
			d += 7
		}
		return addDays(t, d)
	}
}

// yearFor returns the year of month m, day d (d = 0: the whole month) that
// lies nearest to the reference date; the tense tips the balance by a month
// and a half towards the past or the future. News mostly names dates a few
// weeks around its publication ("Dec. 15" in late October is this December,
// "January" in November is next January).
func yearFor(ref time.Time, m, d, tense int) int {
	y := ref.Year()
	best, bestCost := y, 1<<30
	for _, cy := range [3]int{y - 1, y, y + 1} {
		dd := d
		if dd == 0 {
			dd = 15
		}
		diff := int(time.Date(cy, time.Month(m), dd, 12, 0, 0, 0, time.UTC).Sub(ref).Hours() / 24)
		cost := diff
		if cost < 0 {
			cost = -cost
		}
		if tense < 0 && diff > 0 || tense > 0 && diff < 0 {
			cost += 45
			if d == 0 {
				// a bare month in a past (future) sentence lies in the past (future)
				cost += 365
			}
		}
		if cost < bestCost {
			best, bestCost = cy, cost
		}
	}
	return best
}

// nthWeekday returns the n-th (n < 0: last) weekday wd of month m of year y.
func nthWeekday(y, m, wd, n int) time.Time {
	if n < 0 {
		last := time.Date(y, time.Month(m)+1, 0, 12, 0, 0, 0, time.UTC)
		return weekdayNear(last, wd, -1)
	}
	first := time.Date(y, time.Month(m), 1, 12, 0, 0, 0, time.UTC)
	return addDays(weekdayNear(first, wd, 1), 7*(n-1))
}

// easter returns Easter Sunday of year y (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 12, 0, 0, 0, time.UTC)
}

// durationValue formats a TIMEX3 duration of n units (n < 0: unknown count).
// half adds half a unit.
func durationValue(n int, half bool, u int) string {
	var buf [24]byte
	b := append(buf[:0], 'P')
	timeUnit := u == uSecond || u == uMinute || u == uHour
	if timeUnit {
		b = append(b, 'T')
	}
	code := unitCode[u]
	switch u {
	case uDecade, uCentury, uMillennium:
		mult := map[int]int{uDecade: 10, uCentury: 100, uMillennium: 1000}[u]
		if n < 0 {
			b = append(b, 'X')
			b = append(b, code[0])
			return string(b)
		}
		n *= mult
		if half {
			n += mult / 2
			half = false
		}
		code = "Y"
	case uWeekend:
		code = "WE"
	}
	if n < 0 {
		b = append(b, 'X')
		b = append(b, code...)
		return string(b)
	}
	b = strconv.AppendInt(b, int64(n), 10)
	if half {
		switch u {
		case uYear:
			b = append(b, "Y6M"...)
			return string(b)
		case uDay:
			b = append(b, "DT12H"...)
			return string(b)
		case uHour:
			b = append(b, "H30M"...)
			return string(b)
		case uMinute:
			b = append(b, "M30S"...)
			return string(b)
		default:
			b = append(b, ".5"...)
		}
	}
	b = append(b, code...)
	return string(b)
}
