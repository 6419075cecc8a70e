package timex

// Word classes of the lexicon. The scanner looks every lower-cased word token
// up once in words and dispatches on the class; no regular expression runs on
// the hot path.
const (
	wNone       uint8 = iota
	wMonth            // january..december and abbreviations; val = 1..12
	wWeekday          // monday..sunday; val = 1 (Monday) .. 7 (Sunday)
	wWeekdays         // plural weekday ("Tuesdays"); val as wWeekday
	wUnit             // day, week, month...; val = unit constant
	wNumber           // one..ninety, dozen; val = the number
	wOrdinal          // first..twelfth, last (as ordinal); val = the ordinal
	wPartOfDay        // morning, afternoon...; str = TMO/TAF/EV/NI
	wSeason           // spring...; str = SP/SU/FA/WI
	wDeictic          // today, now, recently...; handled by name
	wSet              // daily, weekly...; str = value
	wRelative         // last, next, this, past, coming...; val = offset kind
	wApprox           // about, around, nearly...; str = mod
	wDecadeWord       // twenties..nineties; val = 2..9
	wHoliday          // christmas...; handled by name
)

// Units. Their order is the order of granularity, finest first.
const (
	uSecond = iota + 1
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uMonth
	uQuarter
	uHalf
	uYear
	uDecade
	uCentury
	uMillennium
)

// Offsets of wRelative words.
const (
	relThis = iota + 1
	relLast
	relNext
	relPast    // "past": like last for points, a duration window for counts
	relComing  // "coming", "upcoming": like next
	relCurrent // "current", "present"
	relPrev    // "previous", "preceding", "prior"
	relFollow  // "following", "ensuing", "subsequent"
	relSame    // "same"
	relThat    // "that" (anaphoric)
	relRecent  // "recent", "latest"
)

type lex struct {
	class uint8
	start bool // the word can begin an expression
	val   int
	str   string
}

// noLex is the entry of every token not in the lexicon.
var noLex lex

// unitCode is the TimeML duration letter of each unit.
var unitCode = [...]string{uSecond: "S", uMinute: "M", uHour: "H", uDay: "D", uWeekend: "WE",
	uWeek: "W", uMonth: "M", uQuarter: "Q", uHalf: "H", uYear: "Y", uDecade: "DE", uCentury: "CE", uMillennium: "ML"}

var words = buildWords()

// maxWordLen is the length of the longest lexicon word; longer tokens are
// not looked up.
var maxWordLen = func() int {
	n := 0
	for w := range words {
		n = max(n, len(w))
	}
	return n
}()

func buildWords() map[string]*lex {
	m := buildLex()
	out := make(map[string]*lex, len(m)+len(starters))
	for w, l := range m {
		l.start = true
		out[w] = &l
	}
	for w := range starters {
		if out[w] == nil {
			out[w] = &lex{start: true}
		}
	}
	return out
}

// starters are words, other than lexicon entries, that can begin an
// expression.
var starters = map[string]bool{
	"the": true, "early": true, "late": true, "mid": true, "every": true, "each": true,
	"fiscal": true, "more": true, "less": true, "at": true, "up": true, "no": true, "fewer": true,
	"end": true, "beginning": true, "start": true, "right": true, "several": true, "few": true,
	"many": true, "its": true, "fy": true, "q1": true, "q2": true, "q3": true, "q4": true,
	"year": true, "nineteen": true, "half": true, "couple": true, "this": true, "these": true,
	"those": true, "middle": true, "per": true, "numerous": true,
}

func buildLex() map[string]lex {
	m := make(map[string]lex, 512)
	months := [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
		{"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
		{"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	}
	for i, ms := range months {
		for _, w := range ms {
			m[w] = lex{class: wMonth, val: i + 1}
		}
	}
	days := [][]string{
		{"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"}, {"thursday", "thu", "thur", "thurs"},
		{"friday", "fri"}, {"saturday", "sat"}, {"sunday", "sun"},
	}
	for i, ds := range days {
		for _, w := range ds {
			m[w] = lex{class: wWeekday, val: i + 1}
		}
		m[ds[0]+"s"] = lex{class: wWeekdays, val: i + 1}
	}
	units := map[string]int{
		"second": uSecond, "seconds": uSecond, "sec": uSecond, "secs": uSecond,
		"minute": uMinute, "minutes": uMinute, "min": uMinute, "mins": uMinute,
		"hour": uHour, "hours": uHour, "hr": uHour, "hrs": uHour,
		"day": uDay, "days": uDay, "weekend": uWeekend, "weekends": uWeekend,
		"week": uWeek, "weeks": uWeek, "month": uMonth, "months": uMonth,
		"quarter": uQuarter, "quarters": uQuarter, "half": uHalf,
		"year": uYear, "years": uYear, "decade": uDecade, "decades": uDecade,
		"century": uCentury, "centuries": uCentury, "millennium": uMillennium, "millennia": uMillennium,
		"yr": uYear, "yrs": uYear,
	}
	for w, u := range units {
		m[w] = lex{class: wUnit, val: u}
	}
	nums := map[string]int{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
		"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
		"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
		"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
		"eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "dozen": 12,
		"a": 1, "an": 1,
	}
	for w, n := range nums {
		m[w] = lex{class: wNumber, val: n}
	}
	ords := map[string]int{
		"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
		"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
		"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
		"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "final": 4,
	}
	for w, n := range ords {
		if w == "second" {
			continue // "second" stays a unit; the quarter parser checks the word itself
		}
		m[w] = lex{class: wOrdinal, val: n}
	}
	for w, s := range map[string]string{
		"morning": "MO", "mornings": "MO", "afternoon": "AF", "afternoons": "AF",
		"evening": "EV", "evenings": "EV", "night": "NI", "nights": "NI", "overnight": "NI",
		"midday": "MI", "noon": "MI", "midnight": "NI",
	} {
		m[w] = lex{class: wPartOfDay, str: s}
	}
	for w, s := range map[string]string{
		"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
	} {
		m[w] = lex{class: wSeason, str: s}
	}
	for _, w := range []string{
		"today", "yesterday", "tomorrow", "tonight", "now", "currently", "presently",
		"nowadays", "recently", "lately", "previously", "formerly", "soon", "future",
		"meantime", "meanwhile", "overnight", "earlier", "later", "current", "recent", "past",
		"once", "then", "latest",
	} {
		m[w] = lex{class: wDeictic}
	}
	for w, s := range map[string]string{
		"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
		"annual": "P1Y", "hourly": "PT1H", "quarterly": "P3M", "biweekly": "P2W", "nightly": "P1D",
		"biannual": "P6M", "semiannual": "P6M", "bimonthly": "P2M",
	} {
		m[w] = lex{class: wSet, str: s}
	}
	for w, r := range map[string]int{
		"this": relThis, "last": relLast, "next": relNext, "past": relPast, "coming": relComing,
		"upcoming": relComing, "current": relCurrent, "present": relCurrent,
		"previous": relPrev, "preceding": relPrev, "prior": relPrev, "following": relFollow,
		"ensuing": relFollow, "subsequent": relFollow, "same": relSame, "that": relThat,
		"recent": relRecent, "latest": relRecent, "these": relThis,
	} {
		l := m[w]
		if l.class == wNone {
			m[w] = lex{class: wRelative, val: r}
		}
	}
	for w, s := range map[string]string{
		"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
		"some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "over": "MORE_THAN",
		"within": "EQUAL_OR_LESS", "circa": "APPROX",
	} {
		m[w] = lex{class: wApprox, str: s}
	}
	for w, d := range map[string]int{
		"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
		"seventies": 7, "eighties": 8, "nineties": 9,
	} {
		m[w] = lex{class: wDecadeWord, val: d}
	}
	for _, w := range []string{
		"christmas", "thanksgiving", "easter", "halloween", "hanukkah", "ramadan", "valentine",
		"independence", "labor", "memorial", "election", "veterans", "boxing", "new",
	} {
		if m[w].class == wNone {
			m[w] = lex{class: wHoliday}
		}
	}
	return m
}

// Tense markers. future words make a bare weekday or month point forward;
// past words make it point back.
// scheduleVerbs are present-tense verbs that, before a date, tell of a
// scheduled event (see tenseOf).
// commitVerbs, before "to" and a verb of meeting, make the meeting one
// to come: "agreed to hold", "decided to meet". So do the past verbs of
// an intention or a hope ("hoped to reconvene the delegations in Geneva
// in January", "intended to bring them back together in June"): what one
// hoped or meant to do lies after the hope, as what one agreed to do lies
// after the agreement.
var commitVerbs = map[string]bool{"agreed": true, "decided": true, "pledged": true, "promised": true,
	"vowed": true, "undertook": true, "resolved": true, "committed": true,
	"hoped": true, "intended": true, "wanted": true, "aimed": true, "sought": true, "proposed": true, "offered": true}

// inviteVerbs, before their object, "to" and a verb of meeting, make the
// meeting one to come: "invited Merz to visit", "asked Kyiv to host".
var inviteVerbs = map[string]bool{"invited": true, "asked": true, "urged": true}

var scheduleVerbs = map[string]bool{
	"meet": true, "meets": true, "visit": true, "visits": true, "travel": true, "travels": true,
	"resume": true, "resumes": true, "convene": true, "convenes": true,
	// a trip's programme: "Lula leaves Hanoi on Saturday", "the last leg
	// takes him to Bucharest on Wednesday"
	"leaves": true, "arrives": true, "heads": true, "flies": true, "returns": true, "takes": true,
	"opens": true, "begins": true, "starts": true, "hosts": true,
}

var futureWords = map[string]bool{
	"will": true, "ll": true, "shall": true, "wo": true, "scheduled": true, "slated": true,
	"plans": true, "plan": true, "planned": true, "planning": true, "expected": true, "expects": true,
	"due": true, "upcoming": true, "tomorrow": true, "intends": true, "aims": true, "going": true,
	"hopes": true, "set": true, "would": true, "should": true, "could": true, "might": true,
	"must": true, "can": true, "ahead": true, "preparations": true, "preparation": true, "preparing": true,
}

var pastWords = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "said": true, "told": true, "met": true,
	"held": true, "went": true, "came": true, "took": true, "made": true, "gave": true, "saw": true,
	"began": true, "left": true, "won": true, "lost": true, "fell": true, "rose": true, "sold": true,
	"bought": true, "spoke": true, "wrote": true, "ago": true, "yesterday": true, "last": true,
	"been": true, "has": true, "have": true, "got": true, "struck": true, "hit": true, "killed": true,
	"became": true, "found": true, "brought": true, "kept": true, "led": true, "ran": true,
	"paid": true, "put": true, "read": true, "sent": true, "thought": true, "felt": true,
	"knew": true, "meant": true, "stood": true, "broke": true, "chose": true, "drew": true,
	"grew": true, "flew": true, "fought": true, "caught": true, "taught": true, "spent": true,
	"built": true, "heard": true, "shot": true, "wore": true, "arose": true, "earlier": true,
}

// notPastEd lists words ending in "ed" that are not past-tense verbs.
var notPastEd = map[string]bool{
	"need": true, "speed": true, "red": true, "bed": true, "feed": true, "seed": true, "proceed": true,
	"exceed": true, "succeed": true, "indeed": true, "hundred": true, "shed": true, "breed": true,
	"greed": true, "led": true, "wed": true, "fed": true, "weed": true, "deed": true, "creed": true,
	"embed": true, "bred": true, "med": true, "ted": true, "ned": true, "united": true, "limited": true,
	"based": true, "related": true, "scheduled": true, "expected": true, "planned": true, "proposed": true,
	"armed": true, "detailed": true, "advanced": true, "allied": true, "supposed": true, "used": true,
	"concerned": true, "interested": true, "involved": true, "qualified": true, "skilled": true,
}

// timeZones are suffixes accepted after a clock time.
var timeZones = map[string]bool{
	"utc": true, "gmt": true, "est": true, "edt": true, "cst": true, "cdt": true, "mst": true,
	"mdt": true, "pst": true, "pdt": true, "et": true, "pt": true, "ct": true, "bst": true,
	"cet": true, "cest": true, "msk": true, "ist": true, "jst": true, "z": true,
}
