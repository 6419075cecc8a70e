package digest

import "strings"

// Stop 18's agenda rules (s18-agenda): items the rules cut from a
// sentence that are no subject of the talks, or that carry words of
// where and when after the subject. Each is a form of news English, not a
// case (see docs/quality.md, s18-agenda).

// reportOpeners open a finite clause, not a noun phrase: an item that
// starts with one reports what a party did or is ("had agreed to keep
// talking", "remains on trial in Juba", "has been held since May"), the
// news about the talks rather than a matter they treat. ("Is", "was" and
// "were" are notTopic's.)
var reportOpeners = map[string]bool{"had": true, "has": true, "have": true, "are": true, "remains": true,
	"remained": true, "having": true}

// timeTailWords are the words of a phrase that only tells when: "last
// year", "next month", "this week", "in 2024", "the end of October", a
// month or a year.
var timeTailWords = map[string]bool{"last": true, "next": true, "this": true, "year": true, "month": true,
	"week": true, "years": true, "months": true, "weeks": true, "in": true, "the": true, "end": true,
	"start": true, "beginning": true, "middle": true, "of": true, "early": true, "late": true, "later": true,
	"earlier": true, "quarter": true, "yesterday": true, "today": true, "tomorrow": true}

// timeOnly reports whether every field of the words low tells
// a time (timeTailWords, a month, a day or a year number) and one of them
// names one: "last year", "in 2024", "the end of October".
func timeOnly(low string) bool {
	named := false
	n := 0
	for f, k := nextField(low, 0); f != ""; f, k = nextField(low, k) {
		f = strings.Trim(f, ".,;:")
		n++
		lf := asciiLower(f) // (no copy when it is lower case already)
		switch {
		case monthNames[lf] > 0 || isDayNumber(f):
			named = true
		case timeTailWords[lf]:
			switch lf {
			case "year", "month", "week", "years", "months", "weeks", "quarter", "yesterday", "today", "tomorrow":
				named = true
			}
		default:
			return false
		}
	}
	return n > 0 && named
}

// reportItem reports whether the agenda item is a report
// of the news rather than a subject of the talks:
//   - it opens with a finite clause's auxiliary (reportOpeners): "had
//     agreed to keep talking", "remains on trial";
//   - a past participle with only a time after it: "presented in 2024",
//     "dropped last year" (loneNonTopic's participle, with its time);
//   - a deadline alone: "by the end of October", "by next year", "by
//     2030" (when a deed is due, not the deed).
func reportItem(item string) bool {
	sp := strings.IndexByte(item, ' ')
	if sp <= 0 {
		return false // one word: notTopic's
	}
	first := item[:sp]
	switch first[0] { // (the first letter first: most items pass here)
	case 'h', 'H', 'a', 'A', 'r', 'R':
		if reportOpeners[asciiLower(first)] {
			return true
		}
	}
	if first == "by" || first == "By" {
		return timeOnly(item[sp+1:])
	}
	return (loneParticiples[first] || len(first) >= 5 && strings.HasSuffix(first, "ed") && !strings.HasSuffix(first, "eed")) && timeOnly(item[sp+1:])
}

// timeTails are the times a story puts after a list's last item ("Rio
// Grande water this week", "begin joint mine clearance next month"):
// when, no part of the topic; the longer first.
var timeTails = []string{"later this year", "later this month", "earlier this year", "earlier this month",
	"next week", "this week", "last week", "next month", "this month", "last month", "next year", "this year",
	"last year"}

// timeTailOpeners before a time make it a phrase of its own ("by the end of
// next year", "from next month"), which trimTimeTail leaves whole.
var timeTailOpeners = map[string]bool{"of": true, "by": true, "from": true, "until": true, "till": true,
	"to": true, "before": true, "after": true, "since": true, "the": true, "for": true, "in": true,
	"within": true, "than": true}

// trimTimeTail cuts a time of timeTails from the end of an agenda item
// that keeps at least two words before it ("Sudan next week" stays whole:
// cut, it would name a country, not what the talks treat of it).
func trimTimeTail(item string) string {
	trimmed := strings.TrimRight(item, ".,;: ")
	switch {
	case strings.HasSuffix(trimmed, "week"), strings.HasSuffix(trimmed, "month"), strings.HasSuffix(trimmed, "year"):
	default:
		return item // (the cheap test first)
	}
	for _, tail := range timeTails {
		if len(trimmed) <= len(tail) || trimmed[len(trimmed)-len(tail)-1] != ' ' || !strings.EqualFold(trimmed[len(trimmed)-len(tail):], tail) {
			continue
		}
		head := strings.TrimRight(trimmed[:len(trimmed)-len(tail)-1], " ,")
		sp := strings.LastIndexByte(head, ' ')
		if sp < 0 || timeTailOpeners[strings.ToLower(head[sp+1:])] {
			return item
		}
		return head
	}
	return item
}
