package digest

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/attache-bot/attache/digest/absence"
	"github.com/attache-bot/attache/digest/agenda"
	"github.com/attache-bot/attache/digest/attrib"
	"github.com/attache-bot/attache/digest/internal/packed"
	"github.com/attache-bot/attache/digest/ner"
	"github.com/attache-bot/attache/digest/nextstep"
	"github.com/attache-bot/attache/digest/stance"
	"github.com/attache-bot/attache/digest/text"
)

// word is one token of the body as the engine sees it: possessive "'s" is cut
// off and recorded, hyphenated compounds of known names ("US-Russia") are split.
type word struct {
	start, end int
	text       string
	low        string // lower-case text
	sent       int
	xid, lid   int32  // vocab ids of text and low, or -1
	xf, lf     uint32 // lexicon flags of text and low
	cap        bool   // starts with an upper-case letter
	allCap     bool   // two or more letters, all upper case
	poss       bool   // followed by a possessive 's
	punct      bool
	alpha      bool // contains a letter
}

// sentence is one sentence with its word range and layout flags.
type sentence struct {
	span     text.Span
	w0, w1   int
	heading  bool // a title-case line without final punctuation
	allCaps  bool // text in capitals (wire headlines)
	header   bool // a field of the "Title/ Outlet/ Dateline/ Byline/" first line
	bullet   bool // a "- " list line
	table    bool // a table row: names and numbers, no lower-case words
	meta     bool // a metadata line before the text: "Author: X", "Source: Y"
	labelEnd int  // first word after a "Label:" prefix, or w0
	label    string
}

// ment is a mention under construction.
type ment struct {
	w0, w1     int
	start, end int
	typ        string
	k          kind
	e          *entry
	sent       int
	person     int // index into doc.people, or -1
	guessed    bool
}

// doc is the working state of one Extract call. Its buffers are reused
// across calls (see docPool).
type doc struct {
	// partBuf is the participant and date models' feature buffer
	partBuf []byte
	// seatTrig is the trigger word of the clause that is seating people
	// (-1 for none); seatLast and seatAway cache occasionAway's answer for
	// it (see seat, kp18.go)
	seatTrig, seatLast int
	seatAway           bool
	// clauseSave holds a copy of clauseOf (saveClauses)
	clauseSave []int32
	// venueModel is the venue model (venuemodel.go), nil for none;
	// venueHook, when set (training), sees the venue candidates;
	// venueCands are the candidates venue read
	venueModel linModel
	venueHook  func(d *doc, title string, venue *Place)
	venueCands []venueCand
	// dateModel is the meeting-date model (datemodel.go), nil for none;
	// dateHook, when set (training), sees the date candidates
	dateModel linModel
	dateHook  func(d *doc, r *Result, venueSents []int, dct string, ruleBest int)
	// stance is the learned stance model (modelStance), nil for none
	stance *stance.Model
	// lift is the stance lift model (modelStance), nil for none
	lift *stance.Model
	// agendaModel is the learned agenda model (modelAgenda), nil for
	// none; agendaToks and agendaPicks are its scratch, and agendaTrace,
	// when set, receives every candidate phrase (AgendaCandidates)
	agendaModel    *agenda.Model
	agendaToks     []agenda.Token
	agendaPicks    []agendaPick
	agendaSupports []agendaPick
	agendaScratch  agenda.Scratch
	agendaTrace    func(AgendaCandidate)
	// absenceModel is the learned absence model (modelAbsences), nil for
	// none; absToks, absPicks and absScratch are its scratch, and
	// absTrace, when set, receives every candidate (AbsenceCandidates)
	absenceModel *absence.Model
	absToks      []absence.Token
	absPicks     []absPick
	absScratch   absence.Scratch
	absTrace     func(AbsenceCandidate)
	// nextModel is the learned next-step model (modelNext), nil for
	// none; nextToks, nextPicks and nextScratch are its scratch, and
	// nextTrace, when set, receives every candidate (NextCandidates)
	nextModel   *nextstep.Model
	nextToks    []nextstep.Token
	nextPicks   []nextPick
	nextScratch nextstep.Scratch
	nextTrace   func(NextCandidate)
	// callSent is the lead sentence when it tells of a telephone call
	// and names no venue (see venue), else -1
	callSent int
	// venuePlace is the event's venue (see venue), set before participants;
	// aheadPlace is the place of a meeting the story only looks ahead to
	venuePlace, aheadPlace *Place
	// leadSent is the lead sentence (see leadSentence), set by venue
	leadSent int
	// datelineVenue says the venue is the dateline's place (see venue);
	// bodyVenue is then the place a later sentence gave, which the
	// dateline displaced (participants still read it)
	datelineVenue bool
	bodyVenue     *Place
	// stayedAway tells, for each party excluded returns, whether it
	// stays away of its own accord ("did not attend", "pulled out")
	// rather than being left out ("was not invited")
	stayedAway []bool
	// walkedOut has bit i set when the i-th party excluded returns left
	// the talks ("walked out"; the first 64); walk is set while excluded
	// adds one
	walkedOut uint64
	walk      bool
	// absentees are the people excluded found absent who sent someone in
	// their place (their country took part), with their sentences
	absentees, absenteeSents []int
	// lowLevel are the countries that sent only a lower-ranking envoy
	// (see lowerRanks), with their sentences
	lowLevel      []string
	lowLevelSents []int
	// elseSent tells per sentence whether it tells of a meeting elsewhere
	// (see elsewhere); leadCountries are the countries the lead names
	elseSent      []int8 // -1 not yet known, 0 no, 1 yes
	leadCountries []string
	// departSent is the sentence whose departs answer departVal holds
	// (-1: none yet)
	departSent int
	departVal  bool
	// stepDates are the start offsets of the dates whose event is told
	// by its own clause (see clauseEvent): steps to come, never the
	// venue's day, and named after the events of a noun
	stepDates []int
	g         *gazetteer
	body      string
	low       string // body lower-cased rune by rune, same byte offsets
	// lowExact says low is strings.ToLower(body) (see lowerOf);
	// lowASCII says only its ASCII letters differ from body's.
	lowExact, lowASCII bool
	words              []word
	sents              []sentence
	// tokSpans are the body's tokens (text.NextToken), for summarize.
	tokSpans []text.Span
	// tokLex holds attrib's lexicon flags of each token of tokSpans that
	// is one word, from the word's look-up; lastLex those of the last word
	// appended
	tokLex  []attrib.TokenLex
	lastLex attrib.TokenLex
	ments   []ment
	// mentAt maps a word index to the mention covering it, or -1.
	mentAt []int32
	people []*personC
	roles  []roleSpan
	// agendaSents are the source sentences of the agenda items.
	agendaSents []int
	// sentSpans caches the sentence spans (see spans).
	sentSpans []text.Span
	spanBuf   []text.Span
	// mediating are the countries the text says act as mediators (hosts)
	mediating []string
	// brokers are the go-betweens the text names by a word of brokering
	// ("mediated by X", "brokered by X", "the Qatari mediators"; not a
	// host): see hosts
	brokers []string
	// namedHosts are the hosts and go-betweens the text names (see
	// hosts), not the venue's country it only places the talks in
	namedHosts []string
	// namedBroker: a go-between is named by "mediated/brokered by X" or
	// "..., X mediators said", so Key Participants may list it even when
	// the parties are not two states
	namedBroker bool
	// acrOf maps an organisation's full name to the initials the text
	// used for it as a reaction's actor ("Rapid Support Forces" -> "RSF"),
	// filled while reactions are read
	acrOf map[string]string
	// officeOf maps a state to the office that spoke for it ("United
	// States" -> "State Department", "China" -> "Chinese Embassy in
	// Honiara"), filled while reactions are read (see officePhrase)
	officeOf map[string]string
	// eventParties are the event's parties, mediators and hosts, set
	// before reactions are read (frameStance colours none of them)
	eventParties []string
	// pubYear is the publication year, or 0 when unknown (set before
	// reactions are read)
	pubYear int
	// pubMonth is the publication month (1-12), or 0 when unknown
	pubMonth int
	// pubDay is the publication day of the month, or 0 when unknown
	pubDay int
	// pubWeekday is the publication's day of the week (1 Monday to 7
	// Sunday), or 0 when unknown
	pubWeekday int
	// bgSent marks, per sentence, whether it holds a word that may tell
	// background (see background): 0 not yet known, 1 none, 2 some
	bgSent []int8
	// portfolios memoises portfolio's answer per actor (see there), and
	// srcCountries is sourceCountries' buffer; both are kept across
	// documents
	portfolios   map[string]bool
	srcCountries []string
	// genders holds each person's gender while reactions are read;
	// canons the canonical names of the people mentioned
	genders []byte
	canons  []string
	// placeWords are the lower-case first words of the tagger's places
	// (see placeWord), kept to spare allocations
	placeWords map[string]bool
	// hasTags says the learned tagger ran; tspans are its entity spans
	// (word indexes) and tagAt maps a word to the span covering it, or -1.
	hasTags bool
	// teamEdits counts the mention rewrites of scoreLine and scoreText in
	// one text (each is linear in the mentions; see teams)
	teamEdits int
	tspans    []ner.Span
	tagAt     []int32
	wordText  []string
	sentWords [][]string
	// wordKnown and sentKnown hold per tagger word its analysis made at
	// load (Engine.nerWords) or nil, as wordText and sentWords its text
	wordKnown []*ner.Word
	sentKnown [][]*ner.Word
	// hadAt holds the indexes of the words "had" once hadDone (hadWords)
	hadAt   []int32
	hadDone bool
	// tword and twordEnd map a tagger word to its engine words.
	tword, twordEnd []int32
	// ents and known are reaction scratch (see reactions).
	ents  []attrib.Entity
	known map[string]bool
	// summary holds the deep-look sentence indexes.
	summary []int
	// personPool holds the person clusters of earlier documents for reuse;
	// byKnown, bySur, byOther and remap are resolvePeople scratch.
	personPool []*personC
	byKnown    map[*entry]int
	bySur      map[string][]int
	bySurFold  map[string][]int // bySur by foldKey
	byOther    map[string][]int
	remap      []int
	// cueBits caches the stance-cue bits of each word (see cueBitsOf).
	cueBits []uint8
	// strSet is a scratch set of strings (see stringSet).
	strSet map[string]bool
	// clauses are the clauses read so far and clauseOf maps a word to
	// its clause, or -1 (see clauseAt)
	clauses  []clause
	clauseOf []int32
	// dlEnds memoises datelineEnd per sentence (see there).
	dlEnds []datelineMemo
}

// datelineMemo is datelineEnd's answer for a sentence whose span was span.
type datelineMemo struct {
	span text.Span
	end  int
	set  bool
}

// roleSpan marks words that form a role title.
type roleSpan struct{ w0, w1 int }

var honorifics = map[string]bool{
	"Mr": true, "Mr.": true, "Mrs": true, "Mrs.": true, "Ms": true, "Ms.": true, "Dr": true, "Dr.": true,
	"Sir": true, "Dame": true, "Lord": true, "Lady": true, "Madame": true, "Monsieur": true,
	// the styles of officials in communiques: "Hon. A", "H.E. B"
	"Hon": true, "Hon.": true, "H.E.": true, "Amb": true, "Amb.": true,
}

// nonNames are capitalised words that never start or form a name.
var nonNames = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true, "July": true,
	"August": true, "September": true, "October": true, "November": true, "December": true,
	"I": true, "Look": true, "Edition": true, "Quick": true, "Deep": true, "Update": true, "Breaking": true,
	"Analysis": true, "Opinion": true, "Editorial": true, "Exclusive": true, "Live": true, "Watch": true,
	"Photo": true, "Video": true, "Read": true, "More": true, "Related": true, "Advertisement": true,
	"Subscribe": true, "Register": true, "Login": true, "Comment": true, "Share": true, "Morning": true,
	"Evening": true, "Weekend": true, "Newsletter": true, "Briefing": true, "Christmas": true, "Easter": true,
	"Ramadan": true, "Internet": true, "AM": true, "PM": true, "GMT": true, "EST": true, "CET": true,
}

// connectors may join capitalised words inside one name.
var connectors = map[string]bool{
	"de": true, "del": true, "della": true, "da": true, "do": true, "das": true, "dos": true, "du": true, "van": true, "von": true,
	"der": true, "den": true, "la": true, "le": true, "al": true, "el": true, "bin": true, "ibn": true, "bint": true,
	"of": true, "for": true, "and": true, "the": true, "y": true, "&": true,
}

// orgHeads are words that make a capitalised run an organisation.
var orgHeads = map[string]bool{
	"Ministry": true, "Bank": true, "University": true, "Council": true, "Party": true, "Committee": true,
	"Agency": true, "Commission": true, "Organization": true, "Organisation": true, "Association": true,
	"Union": true, "Army": true, "Forces": true, "Front": true, "Movement": true, "Court": true,
	"Institute": true, "Company": true, "Corp": true, "Corp.": true, "Corporation": true, "Inc": true,
	"Inc.": true, "Ltd": true, "Ltd.": true, "Group": true, "Foundation": true, "Airlines": true,
	"Airways": true, "Fund": true, "Service": true, "Office": true, "Department": true, "Assembly": true,
	"Parliament": true, "Club": true, "League": true, "Federation": true, "Police": true, "Navy": true,
	"Guard": true, "Brigade": true, "Brigades": true, "Alliance": true, "Coalition": true, "Center": true,
	"Centre": true, "Times": true, "News": true, "Post": true, "Journal": true, "Press": true, "Agency's": true,
	"Board": true, "Administration": true, "Authority": true, "Cabinet": true, "Senate": true, "Congress": true, "Society": true,
	"Exchange": true, "Industries": true, "Motors": true, "Systems": true, "Holdings": true, "Trust": true,
	"Library": true, "Museum": true, "Bureau": true, "Secretariat": true, "Tribunal": true, "Network": true, "Television": true, "Radio": true,
	"Church": true, "Mission": true, "Program": true, "Programme": true, "Organisation's": true, "Co": true,
	"Co.": true, "AG": true, "SA": true, "plc": true, "PLC": true, "LLC": true, "Revolutionary": true, "Command": true,
	// kinds of firm and unit (2026-11-28; GMB train has each inside an
	// organisation wherever it follows a capitalised name: "Media" 6 of 6,
	// "Broadcasting" 14 of 14, "Financial" 10 of 11, "Steel" 3 of 4)
	"Electronics": true, "Technologies": true, "Pharmaceuticals": true, "Telecom": true, "Telecommunications": true,
	"Communications": true, "Insurance": true, "Securities": true, "Investments": true, "Partners": true,
	"Media": true, "Broadcasting": true, "Financial": true, "Entertainment": true, "Aviation": true,
	"Brothers": true, "Shipping": true, "Records": true, "Pictures": true, "Steel": true,
	"Laboratories": true, "Mining": true, "Magazine": true, "Chemicals": true,
	"Enterprises": true, "Studios": true, "Semiconductor": true, "Software": true, "Bancorp": true,
}

// companyHeads are the organisation heads that name a kind of firm: after
// a one-word name the tagger reads as a person they make it a firm.
var companyHeads = map[string]bool{
	"Electronics": true, "Technologies": true, "Pharmaceuticals": true, "Telecom": true, "Telecommunications": true,
	"Communications": true, "Insurance": true, "Securities": true, "Investments": true, "Media": true,
	"Broadcasting": true, "Financial": true, "Entertainment": true, "Aviation": true, "Shipping": true,
	"Steel": true, "Laboratories": true, "Mining": true, "Chemicals": true, "Enterprises": true, "Studios": true,
	"Semiconductor": true, "Software": true, "Bancorp": true, "Industries": true, "Motors": true, "Systems": true,
	"Holdings": true, "Group": true, "Corp": true, "Corp.": true, "Corporation": true, "Inc": true, "Inc.": true,
	"Ltd": true, "Ltd.": true, "Co": true, "Co.": true, "AG": true, "SA": true, "plc": true, "PLC": true, "LLC": true,
	"Airlines": true, "Airways": true,
}

// clubHeads end the names of football clubs: "Harbor City FC", "Leeds
// United", "Charlton Athletic". Only as the last word of a name: "United
// States and Europe" is no club.
var clubHeads = map[string]bool{"FC": true, "F.C.": true, "AFC": true, "United": true, "Athletic": true, "Rovers": true, "Wanderers": true}

// corpSuffixes end a company's legal name: "Barrick Gold Corp", "Hanson
// Plc".
var corpSuffixes = map[string]bool{
	"Corp": true, "Corp.": true, "Corporation": true, "Inc": true, "Inc.": true, "Ltd": true, "Ltd.": true,
	"Plc": true, "PLC": true, "plc": true, "Co": true, "Co.": true, "AG": true, "SA": true, "NV": true,
	"Bhd": true, "GmbH": true, "LLC": true, "Holdings": true, "Group": true,
}

// nationalBodies are organisation heads that a nationality before them
// qualifies rather than names: "the [Chinese] [Health Ministry]" is China's
// ministry. GMB train tags the nationality apart 67 times against 12
// inside for "Ministry", 7 against 0 for "Court", 6 against 2 for
// "Embassy"; for "Airlines", "Union" or "Corporation" it stays inside.
var nationalBodies = map[string]bool{"Ministry": true, "Court": true, "Embassy": true}

// locHeads are words that make a capitalised run a place.
var locHeads = map[string]bool{
	"River": true, "Sea": true, "Mountains": true, "Mountain": true, "Island": true, "Islands": true,
	"Province": true, "Region": true, "Valley": true, "Gulf": true, "Ocean": true, "Lake": true,
	"Street": true, "Square": true, "Airport": true, "Strait": true, "Peninsula": true, "Bay": true,
	"Desert": true, "Coast": true, "County": true, "District": true, "State": true, "City": true,
	"Heights": true, "Plain": true, "Canal": true, "Avenue": true, "Park": true, "Hills": true, "Mount": true,
	"Oblast": true, "Governorate": true, "Territory": true, "Territories": true, "Basin": true, "Corridor": true,
}

// asciiClass holds, per ASCII byte, whether it is a letter (1), an
// upper-case letter (2) or a digit (4).
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = 1
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = 1 | 2
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = 4
	}
	return t
}()

// appendWord appends the word body[start:end] of sentence sent and returns
// it, built in place.
func (d *doc) appendWord(start, end, sent int) *word {
	d.words = append(d.words, word{})
	w := &d.words[len(d.words)-1]
	t := d.body[start:end]
	w.start, w.end, w.text, w.low, w.sent = start, end, t, d.low[start:end], sent
	d.lastLex = 0
	if !d.appendWordPacked(w) {
		d.classifyWord(w)
	}
	return w
}

// classifyWord fills in the flags and lexicon entries of the word w byte
// by byte (see appendWordPacked for the fast path).
func (d *doc) classifyWord(w *word) {
	t := w.text
	letters, upper := 0, 0
	ascii := true
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		k := asciiClass[c]
		letters += int(k & 1)
		upper += int(k >> 1 & 1)
	}
	if ascii {
		if len(t) > 0 {
			k := asciiClass[t[0]]
			w.cap = k&2 != 0
			w.punct = k == 0
		}
	} else {
		letters, upper = 0, 0
		first := true
		for i := 0; i < len(t); {
			c := rune(t[i])
			n := 1
			if c >= utf8.RuneSelf {
				c, n = utf8.DecodeRuneInString(t[i:])
			}
			i += n
			isUp, isLetter := false, false
			if c < utf8.RuneSelf {
				isUp = c >= 'A' && c <= 'Z'
				isLetter = isUp || c >= 'a' && c <= 'z'
			} else {
				isLetter = unicode.IsLetter(c)
				isUp = unicode.IsUpper(c)
			}
			if first {
				first = false
				w.cap = isUp
				w.punct = !isLetter && !(c >= '0' && c <= '9' || c >= utf8.RuneSelf && unicode.IsDigit(c))
			}
			if isLetter {
				letters++
				if isUp {
					upper++
				}
			}
		}
	}
	w.alpha = letters > 0
	w.allCap = letters >= 2 && upper == letters
	if w.alpha {
		w.punct = false
	}
	switch {
	case w.low == t:
		// most words: one look-up in the small table of lower-case words
		w.xid, w.xf = d.g.vocab.getLower(t)
		w.lid, w.lf = w.xid, w.xf
	case ascii:
		// capitalised words: one look-up for both forms
		w.xid, w.xf, w.lid, w.lf = d.g.vocab.getCased(t, w.low)
	default:
		w.xid, w.xf = d.g.vocab.get(t)
		w.lid, w.lf = d.g.vocab.get(w.low)
	}
}

// byteRange returns the high bit of each byte of the ASCII word x that lies
// in lo..hi (lo >= '0', so no byte carries into its neighbour).
func byteRange(x uint64, lo, hi byte) uint64 {
	const ones = 0x0101010101010101
	return (x + (0x80-uint64(lo))*ones) &^ (x + (0x80-uint64(hi)-1)*ones) & (0x80 * ones)
}

// appendWordPacked fills in the ASCII word w of one to sixteen bytes from
// two eight-byte loads of the body, and its lexicon entries from the
// packed word (as packWord packs it); it reports false, having done
// nothing, for other words, which appendWord classifies byte by byte.
func (d *doc) appendWordPacked(w *word) bool {
	const (
		ones = 0x0101010101010101
		high = 0x80 * ones
	)
	n := w.end - w.start
	if n <= 0 || n > 16 || w.start+8 > len(d.body) || n > 8 && w.start+16 > len(d.body) {
		return false
	}
	x0, x1 := packed.Load8(d.body[w.start:w.start+8]), uint64(0)
	var up0, lo0 uint64
	var upper, letters int
	if n <= 8 {
		// most words: one eight-byte word, the second stays zero
		k0 := ^uint64(0)
		if n < 8 {
			k0 = 1<<(8*n) - 1
		}
		x0 &= k0
		// non-ASCII bytes, or a NUL byte (which packWord refuses)
		if x0&high != 0 || (x0-ones)&^x0&k0&high != 0 {
			return false
		}
		up0, lo0 = byteRange(x0, 'A', 'Z'), byteRange(x0, 'a', 'z')
		upper = bits.OnesCount64(up0)
		letters = upper + bits.OnesCount64(lo0)
	} else {
		k1 := ^uint64(0) >> (8 * (16 - n))
		x1 = packed.Load8(d.body[w.start+8:w.start+16]) & k1
		if (x0|x1)&high != 0 || ((x0-ones)&^x0|(x1-ones)&^x1&k1)&high != 0 {
			return false
		}
		up0, lo0 = byteRange(x0, 'A', 'Z'), byteRange(x0, 'a', 'z')
		up1, lo1 := byteRange(x1, 'A', 'Z'), byteRange(x1, 'a', 'z')
		upper = bits.OnesCount64(up0) + bits.OnesCount64(up1)
		letters = upper + bits.OnesCount64(lo0) + bits.OnesCount64(lo1)
	}
	w.cap = up0&0x80 != 0
	w.alpha = letters > 0
	w.allCap = letters >= 2 && upper == letters
	w.punct = !w.alpha && (up0|lo0|byteRange(x0, '0', '9'))&0x80 == 0
	k := packedKey{x0, x1}
	if upper == 0 {
		// low == text; every lower-case word of attrib's lexicon is in
		// hotP, so a miss means no attrib flags either
		if e := d.g.vocab.hotP.ref(k); e != nil {
			w.xid, w.xf = e.id, e.flags
			d.lastLex = attrib.KnownLex(e.af, e.af)
		} else {
			w.xid, w.xf = -1, 0
			d.lastLex = attrib.KnownLex(0, 0)
		}
		w.lid, w.lf = w.xid, w.xf
		return true
	}
	if e := d.g.vocab.getCasedPackedLex(k, upper == 1 && w.cap); e != nil {
		w.xid, w.xf, w.lid, w.lf = e.xid, e.xf, e.lid, e.lf
		d.lastLex = attrib.KnownLex(e.xaf, e.laf)
	} else {
		w.xid, w.xf = -1, 0
		w.lid, w.lf = d.g.vocab.get(w.low)
	}
	return true
}

// lowerBody lower-cases s rune by rune, keeping every rune whose lower case
// has another UTF-8 length (and invalid bytes) as is, so that byte offsets
// into s are offsets into the result.
func lowerBody(s string) string {
	low, _ := lowerBodyExact(s)
	return low
}

// lowerBodyExact is lowerBody that also reports whether the result is
// strings.ToLower(s): no rune was kept for its length and no byte is
// invalid UTF-8 (which strings.ToLower replaces).
func lowerBodyExact(s string) (string, bool) {
	low, exact, _ := lowerBodyInfo(s)
	return low, exact
}

// lowerBodyInfo is lowerBodyExact that also reports whether only ASCII
// letters changed, so that the result is s with its ASCII letters
// lower-cased (what digest/timex works on).
func lowerBodyInfo(s string) (low string, exact, asciiOnly bool) {
	exact, asciiOnly = true, true
	const (
		ones = 0x0101010101010101
		high = 0x80 * ones
	)
	var b []byte // a copy of s, made at the first change
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// eight ASCII bytes at a time: the bytes in 'A'..'Z' get bit 5
			x := packed.Load8(s[i : i+8])
			if x&high == 0 {
				if up := (x + (0x80-'A')*ones) &^ (x + (0x80-'Z'-1)*ones) & high; up != 0 {
					if b == nil {
						b = []byte(s)
					}
					binary.LittleEndian.PutUint64(b[i:], x|up>>2)
				}
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				if b == nil {
					b = []byte(s)
				}
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			exact = false
		} else if l := unicode.ToLower(r); l != r {
			if utf8.RuneLen(l) == n {
				if b == nil {
					b = []byte(s)
				}
				utf8.EncodeRune(b[i:], l)
				asciiOnly = false
			} else {
				exact = false
			}
		}
		i += n
	}
	if b == nil {
		return s, exact, asciiOnly
	}
	// b is not written again
	return unsafe.String(unsafe.SliceData(b), len(b)), exact, asciiOnly
}

// lowerOf returns strings.ToLower(s), as a slice of the lower-cased body
// when s is a substring of the body cut at rune boundaries and the body
// lower-cases exactly, so that no copy is made.
func (d *doc) lowerOf(s string) string {
	if d.lowExact && len(s) > 0 && len(d.body) > 0 {
		off := uintptr(unsafe.Pointer(unsafe.StringData(s))) - uintptr(unsafe.Pointer(unsafe.StringData(d.body)))
		if off < uintptr(len(d.body)) && uintptr(len(s)) <= uintptr(len(d.body))-off {
			// a cut inside a rune makes invalid bytes, which ToLower replaces
			end := off + uintptr(len(s))
			if utf8.RuneStart(d.body[off]) && (end == uintptr(len(d.body)) || utf8.RuneStart(d.body[end])) {
				return d.low[off:end]
			}
		}
	}
	return strings.ToLower(s)
}

// buildWords tokenises the body and assigns words to sentences.
func (d *doc) buildWords() {
	// about one token per six bytes; the words of a longer document grow
	if n := len(d.body)/5 + 16; cap(d.words) < n {
		d.words = make([]word, 0, n)
	}
	d.words = d.words[:0]
	si := 0
	for next := 0; ; {
		a, b, ok := text.NextToken(d.body, next)
		if !ok {
			break
		}
		next = b
		tk := text.Span{Start: a, End: b}
		d.tokSpans = append(d.tokSpans, tk)
		for si < len(d.sents) && tk.Start >= d.sents[si].span.End {
			si++
		}
		if si >= len(d.sents) {
			break
		}
		lex := attrib.TokenLex(0)
		if tk.Start < d.sents[si].span.Start {
			d.tokLex = append(d.tokLex, lex)
			continue
		}
		if tk.End > d.sents[si].span.End {
			tk.End = d.sents[si].span.End
			if tk.End <= tk.Start {
				d.tokLex = append(d.tokLex, lex)
				continue
			}
		}
		if d.addToken(tk.Start, tk.End, si) && tk.End == b {
			// the token is one word: its look-up gave attrib's flags
			lex = d.lastLex
		}
		d.tokLex = append(d.tokLex, lex)
	}
	w := 0
	for i := range d.sents {
		d.sents[i].w0 = w
		for w < len(d.words) && d.words[w].sent == i {
			w++
		}
		d.sents[i].w1 = w
	}
}

// addToken appends the words of the token body[start:end] of sentence
// si, and reports whether that is one word of the whole token.
func (d *doc) addToken(start, end, si int) bool {
	t := d.body[start:end]
	// possessive: Russia's, Ukraine’s
	poss := false
	if n := len(t); n > 2 && (t[n-1] == 's' || t[n-1] == 'S') {
		if t[n-2] == '\'' {
			end -= 2
			poss = true
		} else if n > 4 && strings.HasSuffix(t[:n-1], "’") {
			end -= 1 + len("’")
			poss = true
		}
	}
	t = d.body[start:end]
	// split hyphenated compounds whose parts are known names: US-Russia, Trump-Putin
	if strings.IndexByte(t, '-') > 0 && d.exactChild(t) < 0 {
		known, parts := 0, 1
		for p0, i := 0, 0; i <= len(t); i++ {
			if i == len(t) || t[i] == '-' {
				if i < len(t) {
					parts++
				}
				if c := d.exactChild(t[p0:i]); c >= 0 {
					if e := d.g.exact.ents[c]; e != nil && e.kind != kLearnPer && e.kind != kLearnOrg && e.kind != kLearnLoc {
						known++
					}
				}
				p0 = i + 1
			}
		}
		if known >= 2 || (known == 1 && parts == 2 && capitalisedParts(t)) {
			p0 := start
			for i := start; i <= end; i++ {
				if i == end || d.body[i] == '-' {
					if i > p0 {
						d.appendWord(p0, i, si)
					}
					p0 = i + 1
				}
			}
			if poss {
				d.words[len(d.words)-1].poss = true
			}
			return false
		}
	}
	d.appendWord(start, end, si).poss = poss
	return !poss
}

// exactChild returns the exact-trie node of the one-word name t, or -1.
func (d *doc) exactChild(t string) int32 {
	return d.g.exact.child(0, d.g.vocab.hotID(t))
}

func capitalisedParts(t string) bool {
	for p0, i := 0, 0; i <= len(t); i++ {
		if i == len(t) || t[i] == '-' {
			r, _ := utf8.DecodeRuneInString(t[p0:i])
			if !unicode.IsUpper(r) {
				return false
			}
			p0 = i + 1
		}
	}
	return true
}

// layout sets the per-sentence flags: header fields, headings, capitals, labels.
func (d *doc) layout(headerEnd int) {
	lead := true  // still in the labelled lines that open the text
	note := false // in an editor's note about the story itself
	for i := range d.sents {
		s := &d.sents[i]
		s.labelEnd = s.w0
		s.meta = false
		s.header = s.span.End <= headerEnd
		lineStart := s.span.Start == 0 || d.body[s.span.Start-1] == '\n'
		lineEnd := s.span.End == len(d.body) || d.body[s.span.End] == '\n' || d.body[s.span.End] == '\r'
		if lineStart && (strings.HasPrefix(d.body[s.span.Start:], "- ") || strings.HasPrefix(d.body[s.span.Start:], "• ") || strings.HasPrefix(d.body[s.span.Start:], "* ")) {
			s.bullet = true
		}
		alpha, caps, upper, nums, lower := 0, 0, 0, 0, 0
		for w := s.w0; w < s.w1; w++ {
			wd := &d.words[w]
			if !wd.alpha {
				if isInt(wd.text) {
					nums++
				}
				continue
			}
			if !wd.cap && wd.text != "v" && wd.text != "vs" {
				lower++
			}
			alpha++
			if wd.cap {
				caps++
			}
			if wd.allCap {
				upper++
			}
		}
		if alpha >= 2 && upper*10 >= alpha*7 {
			s.allCaps = true
		}
		s.table = lineStart && lineEnd && alpha >= 1 && nums >= 1 && lower == 0
		last, _ := utf8.DecodeLastRuneInString(s.span.Of(d.body))
		if lineStart && lineEnd && alpha >= 1 && !strings.ContainsRune(".!?:…\"”", last) && caps*10 >= alpha*6 {
			s.heading = true
		}
		// "Label words: rest" with a short label
		for w := s.w0; w < s.w1 && w < s.w0+7; w++ {
			if d.words[w].text == ":" {
				if w > s.w0 && w+1 < s.w1 {
					s.labelEnd = w + 1
					s.label = strings.TrimLeft(d.body[d.words[s.w0].start:d.words[w-1].end], "-•* ")
				}
				break
			}
		}
		if lineStart {
			note = editorNote(d.lowerOf(s.span.Of(d.body)))
		}
		if note {
			// "Correction, Oct. 17: An earlier version of this article
			// said the talks were held in Kirkenes. They were held in
			// Tromsø.": about the story, not news (its old facts are
			// wrong, its new ones the story already tells)
			s.meta, s.header = true, true
		} else if lead && lineStart && s.labelEnd > s.w0 && metaLabels[d.lowerOf(s.label)] {
			// "Author: Lucia Brandt" before the text is a byline, not news
			s.meta, s.header = true, true
		} else if lineStart && lineEnd && d.creditLine(s) {
			// "By Andreas Rinke", "(Reporting by John Irish; Editing by
			// Alison Williams)": who wrote it, not who is in it
			s.meta, s.header = true, true
		} else if s.labelEnd == s.w0 && !s.header {
			lead = false
		}
	}
}

// editorNote reports whether the lower-cased text t of a line's first
// sentence opens an editor's note on the story: a correction or
// clarification ("Correction, Oct. 17, 2026: ...", "Clarification: ..."),
// an "Editor's note:", or a line opening "An earlier version of this
// article ..." or "This story has been corrected to ...".
func editorNote(t string) bool {
	if t == "" || t[0] != 'c' && t[0] != 'e' && t[0] != 'a' && t[0] != 't' {
		return false
	}
	for _, p := range []string{"correction", "clarification", "editor's note", "editor’s note", "editors' note", "editors’ note"} {
		if rest, ok := strings.CutPrefix(t, p); ok {
			return rest == "" || strings.IndexByte(":,(-–—", rest[0]) >= 0 || strings.HasPrefix(rest, " (") || strings.HasPrefix(rest, " -") || strings.HasPrefix(rest, " –") || strings.HasPrefix(rest, " —")
		}
	}
	if strings.HasPrefix(t, "an earlier version of this") {
		return true
	}
	return (strings.HasPrefix(t, "this article ") || strings.HasPrefix(t, "this story ")) && strings.Contains(t[:min(len(t), 40)], " corrected")
}

// creditLine reports whether sentence s, a line of its own, credits the
// story's writers: "By Rozanna Latiff and Danial Azhar", "(Reporting by
// Guy Faulconbridge in Moscow; Editing by Mark Heinrich)", "Additional
// reporting by ...".
func (d *doc) creditLine(s *sentence) bool {
	raw := s.span.Of(d.body)
	t := strings.TrimLeft(d.lowerOf(raw), "( ")
	for _, p := range []string{"reporting by ", "additional reporting by ", "writing by ", "editing by ", "compiled by ", "reporting and writing by "} {
		if strings.HasPrefix(t, p) {
			// in parentheses, or names and credit words only (not
			// "Reporting by The New York Times showed that ...")
			if strings.HasPrefix(raw, "(") {
				return true
			}
			for w := s.w0; w < s.w1; w++ {
				if wd := &d.words[w]; !wd.cap && wd.alpha && !creditWords[wd.low] {
					return false
				}
			}
			return true
		}
	}
	if !strings.HasPrefix(t, "by ") || s.w1-s.w0 > 10 {
		return false
	}
	// "By" and names only: capitalised words, "and", commas
	for w := s.w0 + 1; w < s.w1; w++ {
		if wd := &d.words[w]; !wd.cap && wd.text != "and" && wd.text != "," && wd.text != "." {
			return false
		}
	}
	return true
}

// creditWords are the lower-case words of a credit line.
var creditWords = map[string]bool{"by": true, "and": true, "in": true, "reporting": true, "additional": true,
	"writing": true, "editing": true, "compiled": true, "at": true, "the": true, "from": true, "for": true,
	"clarity": true, "on": true, "with": true, "of": true}

// metaLabels are the labels of the metadata lines that may open a text
// (an article saved with its fields): bylines, outlets, dates and links.
var metaLabels = map[string]bool{
	"author": true, "authors": true, "by": true, "byline": true, "reporter": true, "reporters": true,
	"writer": true, "written by": true, "editor": true, "edited by": true, "source": true, "outlet": true,
	"publication": true, "url": true, "link": true, "published": true, "updated": true, "date": true,
	"photo": true, "credit": true, "credits": true, "copyright": true,
}

// lookup returns the longest gazetteer match starting at word i.
func (d *doc) lookup(i, limit int, folded bool) (int, *entry) {
	t := &d.g.exact
	if folded {
		t = &d.g.folded
	}
	best, var0 := 0, (*entry)(nil)
	n := int32(0)
	for j := i; j < limit; j++ {
		id := d.words[j].xid
		if folded {
			id = d.words[j].lid
		}
		if n = t.child(n, id); n < 0 {
			break
		}
		if e := t.ents[n]; e != nil {
			best, var0 = j-i+1, e
		}
		if d.words[j].poss {
			break
		}
	}
	return best, var0
}

// loneName reports whether the one-word name at word i of sentence s
// stands alone, as a one-word name of the public organisation list must
// to count: no capitalised word, hyphen or "&" joins it to a longer name
// ("Societe Generale", "Hewlett-Packard", "Ralph Northam"), and the tagger
// reads it neither as a person nor as a place after "in" or "near".
func (d *doc) loneName(i int, s *sentence) bool {
	w := &d.words[i]
	if w.start > 0 && d.body[w.start-1] == '-' || w.end < len(d.body) && d.body[w.end] == '-' {
		return false
	}
	for _, j := range [2]int{i - 1, i + 1} {
		if j < s.w0 || j >= s.w1 {
			continue
		}
		if x := &d.words[j]; x.cap && x.alpha || x.text == "&" {
			return false
		}
	}
	if d.hasTags {
		k := d.tagAt[i]
		if k >= 0 && d.tspans[k].Type == "PER" {
			return false
		}
		if k >= 0 && d.tspans[k].Type == "LOC" && i > s.w0 && (d.words[i-1].low == "in" || d.words[i-1].low == "near") {
			// "spotted in Amherst": a town that shares a company's name
			return false
		}
	}
	return true
}

// ampName returns the end of a firm's name joined by "&" that starts at
// word i ("Procter & Gamble Co.", "Crum & Forster", "Standard & Poor 's"),
// or i: up to three capitalised words, "&" and up to three more, none of
// them a known place and i the first of its run. GMB train tags 22 of 26
// such runs as one organisation.
func (d *doc) ampName(i int, s *sentence) int {
	// the "&" ends the first run, so it is one of the three words after
	// i: without one there, the name is not (a cheap test first)
	amp := false
	for k := i + 1; k < s.w1 && k <= i+3 && !amp; k++ {
		amp = d.words[k].text == "&"
	}
	if !amp {
		return i
	}
	part := func(w *word) bool {
		// a capitalised word that is no function word ("The", "An") and
		// no compound adjective ("Stockholm-based")
		return w.cap && w.alpha && w.lf&fEnglish == 0 && !strings.Contains(w.low, "-based")
	}
	if i > s.w0 && part(&d.words[i-1]) {
		return i
	}
	capRun := func(k int) int {
		j := k
		for j < s.w1 && j < k+3 && part(&d.words[j]) {
			j++
		}
		return j
	}
	a := capRun(i)
	if a == i || a >= s.w1 || d.words[a].text != "&" {
		return i
	}
	b := capRun(a + 1)
	if b == a+1 {
		return i
	}
	for k := i; k < b; k++ {
		if n, e := d.lookup(k, b, false); n > 0 && (e.kind == kCountry || e.kind == kCity || e.kind == kLearnLoc) {
			// "Trinidad & Tobago", "Andaman & Nicobar Islands"
			return i
		}
	}
	if d.words[b-1].poss && b < s.w1 && (d.words[b].text == "'s" || d.words[b].text == "’s") {
		// "Standard & Poor 's"
		b++
	}
	return b
}

// clubPrefixes open the names of European football clubs before their
// town. A strong one opens a club before any capitalised word ("Borussia
// Dortmund"); a weak one, a common word too, only before a known place
// ("Real Madrid", "Inter Milan", not "Real GDP").
var clubPrefixes = map[string]bool{
	"Atletico": true, "Atlético": true, "Borussia": true, "Dynamo": true, "Dinamo": true, "Spartak": true,
	"Lokomotiv": true, "CSKA": true, "Olympique": true, "Deportivo": true, "Steaua": true, "Partizan": true,
	"Bayern": true,
	"Real":   false, "Inter": false, "Sporting": false, "Racing": false, "AC": false, "AS": false, "FC": false,
}

// clubName returns the end of a football club's name opened by a club
// prefix at word i, or i.
func (d *doc) clubName(i int, s *sentence) int {
	if d.words[i].xf&fLoopSet == 0 {
		return i // in no set of loopSets
	}
	strong, ok := clubPrefixes[d.words[i].text]
	if !ok || i+1 >= s.w1 {
		return i
	}
	nx := &d.words[i+1]
	if !nx.cap || !nx.alpha || nx.xf&(fOrgHead|fNonName|fHonorific) != 0 {
		return i
	}
	n, e := d.lookup(i+1, s.w1, false)
	if strong && n <= 1 {
		return i + 2
	}
	if n > 0 && (e.kind == kCity || e.kind == kLearnLoc || e.kind == kCountry) {
		return i + 1 + n
	}
	return i
}

// teamTail returns the end of a sports team's nickname that starts at word
// j, right after a place ("Chicago [Cubs]", "Boston [Red Sox]",
// "Manchester [City]"), or j: one or two capitalised words in running text
// that no lexicon holds and the tagger puts in no place or person, the last
// a plural ("Cubs", "Blue Jays"), "Sox" or "City" (when "X City" is no known
// place), and no plural of events, places or people ("Olympics", "Talks",
// "Heights", "Officials").
func (d *doc) teamTail(j int, s *sentence) int {
	end := j
	for k := j; k < s.w1 && k < j+2; k++ {
		w := &d.words[k]
		if !w.cap || !w.alpha || w.allCap || w.poss && k+1 < j+2 || w.xf&(fOrgHead|fLocHead|fNonName|fHonorific|fFirst) != 0 {
			break
		}
		if n, _ := d.lookup(k, s.w1, false); n > 0 {
			break
		}
		if d.hasTags {
			// the tagger may read the place and nickname as one place,
			// but no place or person may start at the nickname
			if t := d.tagAt[k]; t >= 0 && d.tspans[t].Start == k && (d.tspans[t].Type == "LOC" || d.tspans[t].Type == "PER") {
				break
			}
		}
		end = k + 1
	}
	for end > j {
		t := d.words[end-1].text
		if t == "Sox" || len(t) > 3 && t[len(t)-1] == 's' && !strings.HasSuffix(t, "us") && !strings.HasSuffix(t, "ss") && !strings.HasSuffix(t, "is") && !notTeams[t] {
			break
		}
		end--
	}
	if end < s.w1 && (d.words[end].cap && d.words[end].alpha || (d.words[end-1].poss || d.words[end].text == "'" || d.words[end].text == "’") && end+1 < s.w1 && d.words[end+1].cap) {
		// the run goes on: "Chicago Bulls Stadium", "Jakarta Foreign
		// Correspondents ' Club" are no team names alone
		return j
	}
	return end
}

// notTeams are capitalised plurals that follow a place without naming a
// team: events, agreements, landforms and groups of people.
var notTeams = map[string]bool{
	"Games": true, "Olympics": true, "Talks": true, "Conventions": true, "Accords": true, "Agreements": true,
	"Protocols": true, "Championships": true, "Awards": true, "Heights": true, "Falls": true, "Springs": true,
	"Islands": true, "Hills": true, "Mountains": true, "Lakes": true, "Rapids": true, "Keys": true,
	"Gardens": true, "Docks": true, "Downs": true, "Sands": true, "Attacks": true, "Bombings": true,
	"Riots": true, "Protests": true, "Elections": true, "Polls": true, "Negotiations": true, "Troops": true,
	"Residents": true, "Officials": true, "Leaders": true, "Authorities": true, "Citizens": true,
	"Muslims": true, "Christians": true, "Jews": true, "Sunnis": true, "Shiites": true, "Kurds": true,
	"Arabs": true, "Pakistanis": true, "Palestinians": true, "Israelis": true, "Affairs": true,
	"Relations": true, "Rights": true, "Peoples": true, "Nations": true, "States": true, "Territories": true,
	"Provinces": true, "Regions": true, "Areas": true, "Streets": true, "Plains": true, "Fields": true,
	"Woods": true, "Waters": true, "Straits": true, "Alps": true, "Andes": true, "Rockies": true,
	"Declarations": true, "Principles": true, "Series": true, "Classics": true, "Trials": true, "Crisis": true,
	"Masters": true, "Trees": true, "Thousands": true, "Hundreds": true, "Dozens": true, "Millions": true,
	"Insurgents": true, "Militants": true, "Correspondents": true, "Soldiers": true, "Workers": true,
	"Students": true, "Farmers": true, "Protesters": true, "Villagers": true, "Refugees": true,
}

// roleAt returns the length of the longest role title starting at word i.
func (d *doc) roleAt(i, limit int) int {
	if i >= limit || d.words[i].lf&fHot == 0 {
		return 0 // (every word of the role trie has flag fHot)
	}
	t := &d.g.roles
	best := 0
	n := int32(0)
	for j := i; j < limit; j++ {
		if n = t.child(n, d.words[j].lid); n < 0 {
			break
		}
		if t.ents[n] != nil {
			best = j - i + 1
		}
		if d.words[j].poss {
			break
		}
	}
	return best
}

// recognise finds the mentions of every sentence.
func (d *doc) recognise() {
	for si := range d.sents {
		s := &d.sents[si]
		folded := s.allCaps
		guess := !s.heading && !s.header && !s.allCaps
		for i := s.w0; i < s.w1; {
			w := &d.words[i]
			if !w.alpha {
				i++
				continue
			}
			if !w.cap && !folded {
				// lower-case words can still start a known name: "al-Qaida",
				// "de Mistura" (a word of the exact trie has flag fHot; the
				// tests before the calls spare most words two calls)
				if w.xid >= 0 && w.xf&fHot != 0 {
					if j, ok := d.lowerName(i, s.w1, si); ok {
						i = j
						continue
					}
				}
				if d.hasTags && d.tagAt[i] >= 0 {
					if j, ok := d.particleName(i, si); ok {
						i = j
						continue
					}
				}
				i++
				continue
			}
			if s.header && d.headerSkip(si) {
				break
			}
			if guess && i >= s.labelEnd {
				if j := d.ampName(i, s); j > i {
					// "Procter & Gamble Co.", "Dow Jones & Co."
					d.addMent(i, j, ORG, kOrg, nil, si, true)
					i = j
					continue
				}
			}
			n, e := d.lookup(i, s.w1, folded)
			if n == 1 && e.lone && !d.loneName(i, s) {
				n, e = 0, nil
			}
			if n == 1 && e.kind == kPerson && !folded && !s.heading && !s.header && !w.poss && i+1 < s.w1 && strings.IndexByte(e.canon, ' ') > 0 {
				// a known person's one-word alias that a capitalised name
				// word follows is another person's given name: "Abbas
				// Araqchi" is not Mahmoud Abbas
				if nw := &d.words[i+1]; nw.start == w.end+1 && d.body[w.end] == ' ' && nw.cap && nw.alpha && nw.xf&(fNonName|fHonorific) == 0 && nw.lf&(fLower|fEnglish) == 0 {
					if n2, e2 := d.lookup(i+1, s.w1, false); n2 == 0 || e2.kind == kLearnPer {
						// (not before another known person: "Putin
						// Witkoff talks", "Xi Lula talks")
						n, e = 0, nil
					}
				}
			}
			if n == 1 && e.kind == kCity && guess && !w.poss && i+2 <= s.w1 && d.givenCity(i, si) {
				// a city's name that a title or a country's possessive puts
				// before an unknown surname is a given name: "Chilean
				// President Santiago Reyes", "Peru's Florencia Quispe"
				d.addMent(i, i+2, PER, kNone, nil, si, true)
				i += 2
				continue
			}
			if n == 0 && w.allCap && !folded && len(w.text) >= 3 {
				// a place written in capitals in running text, as in a
				// dateline: "SEOUL — Vice Foreign Minister ..."
				if n2, e2 := d.lookup(i, s.w1, true); n2 > 0 && (e2.kind == kCountry || e2.kind == kCity) && d.allCapWords(i, i+n2) {
					n, e = n2, e2
				}
			}
			if guess && n <= 1 {
				if j := d.clubName(i, s); j > i {
					// "Real Madrid", "Borussia Dortmund", "AC Milan"
					d.addMent(i, j, ORG, kOrg, nil, si, true)
					i = j
					continue
				}
			}
			if n > 0 && guess && (e.kind == kCity || e.kind == kLearnLoc) && w.xf&fFirst == 0 {
				if j := d.teamTail(i+n, s); j > i+n {
					// a place and a team's nickname: "Chicago Cubs",
					// "Boston Red Sox"
					d.addMent(i, j, ORG, kOrg, nil, si, true)
					i = j
					continue
				}
			}
			r := 0
			if !folded || n == 0 {
				r = d.roleAt(i, s.w1)
			}
			if r > 0 {
				// an organisation head after a rank: "General Administration of Customs"
				if j, ok := d.orgRun(i, s.w1); ok && j > i+r && d.words[i+r].cap && d.hasOrgHead(i+r, j) {
					d.addMent(i, j, ORG, kOrg, nil, si, !folded)
					i = j
					continue
				}
			}
			if r > 0 && !folded && d.rankedOrg(i, r, s.w1) {
				// a rank word that starts an organisation the tagger reads
				// as one: "General Administration of Customs", "General Electric"
				j, nm := d.tspans[d.tagAt[i]].End, len(d.ments)
				if d.addTagged(&d.tspans[d.tagAt[i]], si) && len(d.ments) > nm {
					j = max(j, d.ments[len(d.ments)-1].w1)
				}
				i = j
				continue
			}
			if r > 0 && (r >= n || e.kind >= kLearnPer) && !(e != nil && e.kind == kPerson) {
				d.roles = append(d.roles, roleSpan{i, i + r})
				i += r
				continue
			}
			if d.hasTags && !s.header {
				if j, ok := d.fuse(i, n, e, si); ok {
					i = j
					continue
				}
				if n > 0 && e.kind > kLearnPer && d.taggedAt(i) && d.titled(i, si) && !d.words[i-1].poss {
					// a learned place or organisation string after a role
					// title is the start of a name: "opposition leader Aung
					// San Suu Kyi"
					n = 0
				}
			}
			if n == 1 && e.kind >= kLearnPer && i+1 < s.w1 && d.words[i+1].cap && d.words[i+1].alpha && !folded {
				// "Tammy Bruce", "Lucia Prado": a learned one-word entry
				// inside a longer unknown name
				if n2, e2 := d.lookup(i+1, s.w1, false); n2 == 0 || e2.kind >= kLearnPer && e.kind == kLearnPer {
					n = 0
				}
			}
			if n == 1 && e.kind >= kLearnPer && w.xf&fNonName != 0 {
				// a string GMB once tagged that is never a name here: "Christmas"
				n = 0
			}
			if n > 0 && !(e.kind == kLearnPer && !w.cap) {
				// a run that continues into an organisation head wins: "Bank of
				// England"; a nationality before a national body stays apart
				// when the tagger reads the body without it: "the Chinese
				// Health Ministry", but "British Airways"
				if j, ok := d.orgRun(i, s.w1); ok && j > i+n && !((e.kind == kNorp || e.kind == kLearnNorp) && nationalBodies[d.words[j-1].text] && d.taggedOrgAt(i+n)) {
					d.addMent(i, j, ORG, kOrg, nil, si, false)
					i = j
					continue
				}
				if (i == s.w0 || i == s.labelEnd) && n == 1 && (e.kind == kLearnPer || e.kind == kLearnLoc || e.kind == kLearnOrg) && w.lf&fLower != 0 {
					i++
					continue
				}
				d.addMent(i, i+n, e.kind.mentionType(), e.kind, e, si, false)
				i += n
				continue
			}
			if folded || !w.cap {
				i++
				continue
			}
			// sentence-initial common words: "The", "Senior", "Notably"
			j := d.nameRun(i, s.w1)
			if (i == s.w0 || i == s.labelEnd || d.afterOpener(i)) && w.lf&fLower != 0 && w.xf&fFirst == 0 {
				i++
				continue
			}
			if w.xf&(fNonName|fHonorific) != 0 {
				if e := d.possOrgEnd(i, s.w1); e > i+1 && w.xf&fHonorific != 0 {
					// a title in an organisation's possessive: "Lord 's
					// Resistance Army", "King 's College"
					d.addMent(i, e, ORG, kOrg, nil, si, true)
					i = e
					continue
				}
				i++
				continue
			}
			if s.table && j < s.w1 && isInt(d.words[j].text) && d.words[i].xf&fFirst == 0 && !s.header {
				// "Wrexham 2 0 2 0": a name with scores in a results table
				d.addMent(i, j, ORG, kOrg, nil, si, true)
				i = j
				continue
			}
			if d.countryParen(j, s.w1) && !d.anyLower(i, j) && !s.header && j-i <= 3 {
				// "Donovan Bailey ( Canada )": results and line-ups
				// give a competitor's country in parentheses
				d.addMent(i, j, PER, kNone, nil, si, true)
				i = j
				continue
			}
			if !guess || s.span.Start < d.labelStop(si) {
				i = j
				continue
			}
			d.classifyRun(i, j, si)
			i = j
		}
	}
}

// lowerName adds the known name (not a learned string) that starts with
// the lower-case word i and holds a capital letter: "al-Qaida",
// "de Mistura". It returns the next word.
func (d *doc) lowerName(i, limit, si int) (int, bool) {
	w := &d.words[i]
	if w.xid < 0 || d.sents[si].header || d.g.exact.child(0, w.xid) < 0 {
		return 0, false
	}
	n, e := d.lookup(i, limit, false)
	if n == 0 || e.kind == kNone || e.kind >= kLearnPer {
		return 0, false
	}
	for k := i; k < i+n; k++ {
		if strings.IndexFunc(d.words[k].text, unicode.IsUpper) >= 0 {
			d.addMent(i, i+n, e.kind.mentionType(), e.kind, e, si, false)
			return i + n, true
		}
	}
	return 0, false
}

// particleName adds the tagger's person name that starts with the
// lower-case name particle at word i and goes on in capitalised words ("Mr.
// de Villepin", "President da Silva"), or its organisation name that starts
// with a hyphened particle ("al-Aqsa Martyrs Brigades"). It returns the next
// word.
func (d *doc) particleName(i, si int) (int, bool) {
	if !d.hasTags || d.tagAt[i] < 0 || d.sents[si].header {
		return 0, false
	}
	sp := &d.tspans[d.tagAt[i]]
	if sp.Start != i || sp.End-i < 2 {
		return 0, false
	}
	typ, kind := PER, kNone
	switch {
	case sp.Type == "PER" && d.words[i].xf&fConnector != 0:
		switch d.words[i].text {
		case "of", "for", "and", "the", "&", "y":
			return 0, false
		}
	case sp.Type == "ORG" && hyphenCap(d.words[i].text):
		typ, kind = ORG, kOrg
	default:
		return 0, false
	}
	end := sp.End
	for j := i + 1; j < sp.End; j++ {
		if t := d.words[j].text; typ == ORG && (t == "and" || t == "&") && d.words[j-1].xf&fOrgHead != 0 && j+1 < sp.End && d.words[j+1].cap {
			// "al-Aqsa Martyrs Brigades and Islamic Jihad": two
			// organisations; the rules read the second
			end = j
			break
		}
		if !d.words[j].cap {
			return 0, false
		}
	}
	d.addMent(i, end, typ, kind, nil, si, true)
	return end, true
}

// lowerHyphen reports whether a hyphen in t comes before a lower-case
// letter: "English-language", "PUK-run".
func lowerHyphen(t string) bool {
	for i := 0; i+1 < len(t); i++ {
		if t[i] == '-' && t[i+1] >= 'a' && t[i+1] <= 'z' {
			return true
		}
	}
	return false
}

// hyphenCap reports whether t is a lower-case particle joined by a hyphen
// to a capitalised name: "al-Qassam", "el-Sisi".
func hyphenCap(t string) bool {
	h := strings.IndexByte(t, '-')
	return h > 0 && h+1 < len(t) && t[h+1] >= 'A' && t[h+1] <= 'Z'
}

// fuse decides word i from the tagger where the tagger should win over the
// rules: a tagger span that starts at i and either covers an unknown or
// learned-gazetteer name, or extends a known name into a longer one ("Air
// France", "Hong Kong Open"). Known names the tagger leaves alone, and
// words the tagger tags O, go to the rules. It returns the next word.
func (d *doc) fuse(i, n int, e *entry, si int) (int, bool) {
	if d.words[i].xf&(fNonName|fHonorific) != 0 || i < d.sents[si].labelEnd {
		// labels ("Key Participants:"), section names, titles
		return 0, false
	}
	k := d.tagAt[i]
	strong := n > 0 && e.kind < kLearnPer
	if k < 0 && n > 0 && !strong {
		// the tagger read this learned-gazetteer name as no entity, or
		// its first word only: "The" of "The United States"
		for j := i + 1; j < i+n; j++ {
			if d.tagAt[j] >= 0 {
				return i + 1, true
			}
		}
		return i + n, true
	}
	if k < 0 || d.tspans[k].Start != i {
		return 0, false
	}
	sp := &d.tspans[k]
	if n > 0 && e.kind == kLearnOrg && sp.Type == "NORP" && sp.End < i+n && d.words[i+n-1].xf&fOrgHead != 0 {
		// the tagger reads only the nationality of a learned organisation
		// name: "Palestinian Authority" (GMB tags it so, the head left out)
		d.addMent(i, i+n, ORG, kOrg, nil, si, true)
		return i + n, true
	}
	if !strong && d.functionWords(sp.Start, sp.End) {
		// "The" cut off before "New York Times": no name
		return sp.End, true
	}
	if !strong && sp.Type != "PER" && d.titled(i, si) {
		// a role title or honorific before the name beats the tagger:
		// "State Department spokeswoman Tammy Bruce"
		return 0, false
	}
	if strong && sp.End <= i+n {
		return 0, false
	}
	if strong && sp.Type != "ORG" && sp.Type != "MISC" {
		return 0, false
	}
	if strong && d.words[i+n-1].poss && !d.hasOrgHead(i+n, sp.End) {
		// a known possessor and a name with no organisation head after
		// it is a person of that country, not one organisation:
		// "Uruguay's Yamandu Orsi"
		return 0, false
	}
	if strong {
		// extend a known name only over capitalised words that are no
		// role title: "Air France", not "Kremlin adviser"
		for j := i + n; j < sp.End; j++ {
			if !d.words[j].cap && d.words[j].xf&fConnector == 0 || (d.words[j].text == "and" || d.words[j].text == "&") && d.listAnd(j, i+n, sp.End) {
				// "White House and Republican leaders": a list
				return 0, false
			}
			if r := d.roleAt(j, sp.End); r > 0 {
				// a role title is an office only with its remit: "U.N.
				// High Commissioner for Refugees"
				if j+r+1 >= sp.End || d.words[j+r].text != "for" && d.words[j+r].text != "of" {
					return 0, false
				}
				j += r
			}
		}
	}
	if sp.Type == "PER" && sp.End-sp.Start == 1 && sp.End < d.sents[si].w1 && companyHeads[d.words[sp.End].text] && d.words[sp.Start].xf&fFirst == 0 {
		// "Samsung Electronics", "Hyundai Motors": one word the tagger
		// reads as a person, then a kind of firm
		org := ner.Span{Start: sp.Start, End: sp.End + 1, Type: "ORG"}
		sp = &org
	}
	end, nm := sp.End, len(d.ments)
	if d.addTagged(sp, si) && len(d.ments) > nm {
		// an organisation name can run on past the tagger's span, or
		// stop before a role title that the rules read next
		if m := &d.ments[len(d.ments)-1]; m.typ == ORG || m.w1 < sp.End {
			end = m.w1
		} else {
			end = max(end, m.w1)
		}
	}
	return end, true
}

// listAnd reports whether the "and" at word j of a tagger span ending at
// end, which extends a known name ending at w1, joins two names rather than
// standing inside one. It stands inside an organisation's name when the
// name has an organisation head or a remit before it: "U.S. Centers for
// Disease Control and Prevention"; otherwise it joins a list: "White House
// and Republican leaders", "American Boy and Robbie Williams".
func (d *doc) listAnd(j, w1, end int) bool {
	if j == w1 || j+1 >= end || d.hasOrgHead(w1, end) {
		return j == w1 || j+1 >= end
	}
	for k := w1; k < j; k++ {
		if t := d.words[k].text; t == "of" || t == "for" {
			return false
		}
	}
	return true
}

// isYear reports whether t is a year of the last two centuries: "2018".
func isYear(t string) bool {
	return len(t) == 4 && (t[:2] == "19" || t[:2] == "20") && isInt(t)
}

// isInt reports whether t is a run of ASCII digits.
func isInt(t string) bool {
	if t == "" {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}

// teams retypes the places of results-table rows that are followed by a
// score as organisations (sports teams: "Leicester 2 Manchester United 1"),
// and then the other mentions of the same places in the document, unless a
// preposition of place governs them ("in Leicester").
func (d *doc) teams() {
	d.clubs()
	var team, sides []string
	d.teamEdits = 0
	for si := range d.sents {
		if d.teamEdits >= maxTeamEdits {
			// (a text of endless fixtures stays linear)
			break
		}
		sides = d.scoreLine(si, sides)
		sides = d.scoreText(si, sides)
	}
	for mi := range d.ments {
		m := &d.ments[mi]
		s := &d.sents[m.sent]
		if !s.table || s.header || m.typ == PER || m.typ == NORP || m.w1 >= s.w1 || !isInt(d.words[m.w1].text) {
			continue
		}
		if m.w0 > s.w0 && d.words[m.w0-1].text == "(" {
			continue
		}
		m.typ, m.k, m.e = ORG, kOrg, nil
		team = append(team, d.body[m.start:m.end])
	}
	team = append(team, sides...)
	if len(team) == 0 {
		return
	}
	covered := make([]bool, len(d.words))
	for mi := range d.ments {
		m := &d.ments[mi]
		for w := m.w0; w < m.w1; w++ {
			covered[w] = true
		}
		if (m.typ == LOC || m.typ == "" || m.typ == PER && (m.w1-m.w0 == 1 || contains(sides, d.body[m.start:m.end]))) && contains(team, d.body[m.start:m.end]) && !d.locative(m.w0, d.sents[m.sent].w0) {
			m.typ, m.k, m.e = ORG, kOrg, nil
		}
	}
	// a team name left untagged elsewhere ("The win lifts Leicester") is
	// the team too
	n := len(d.ments)
	for w := 0; w < len(d.words); w++ {
		if covered[w] || !d.words[w].cap {
			continue
		}
		for _, tn := range team {
			e := d.matchPhrase(w, tn)
			if e < 0 || (e < len(d.words) && d.words[e].cap) || d.locative(w, d.sents[d.words[w].sent].w0) {
				continue
			}
			free := true
			for k := w; k < e; k++ {
				free = free && !covered[k]
			}
			if !free {
				continue
			}
			d.addMent(w, e, ORG, kOrg, nil, d.words[w].sent, false)
			for k := w; k < e; k++ {
				covered[k] = true
			}
			w = e - 1
			break
		}
	}
	if len(d.ments) > n {
		slices.SortStableFunc(d.ments, func(a, b ment) int { return a.w0 - b.w0 })
	}
}

// scoreLine makes the two sides of a results line teams and returns sides
// with their names added: a line that reads "Side N Side M" from its start
// (or after a label: "In Bergen :"), each side one to four capitalised words
// and perhaps its country in parentheses, and after the second score
// nothing but a full stop or a parenthesis (the half-time score, the
// scorers): "Leeds 2 Chelsea 1", "Hansa Rostock 0 Hamburg 1 ( Baeron 64th
// min )", "Brann ( Norway ) 2 Shelbourne ( Ireland ) 1 ( 1-1 )". Two names
// that each carry a score against the other are the sides of a match,
// whatever else their words could name (a town, a surname, a given name); a
// golfer's or a runner's line has one name and several numbers, and prose
// has lower-case words between its names and numbers.
func (d *doc) scoreLine(si int, sides []string) []string {
	s := &d.sents[si]
	if s.header || s.w1-s.labelEnd < 4 || s.span.Start > 0 && d.body[s.span.Start-1] != '\n' || !d.words[s.labelEnd].cap {
		return sides
	}
	var side [2][2]int
	k := s.labelEnd
	for n := 0; n < 2; n++ {
		a := k
		for k < s.w1 && k < a+4 && d.words[k].cap && !isInt(d.words[k].text) {
			k++
		}
		if k == a || k == a+1 && d.words[a].lf&fLower != 0 {
			// (a word the lexicon holds in lower case names no side:
			// "Yes 12 No 3")
			return sides
		}
		side[n] = [2]int{a, k}
		if k+2 < s.w1 && d.words[k].text == "(" {
			// "( Norway )"
			c := k + 1
			for c < s.w1 && c < k+4 && d.words[c].cap {
				c++
			}
			if c == k+1 || c >= s.w1 || d.words[c].text != ")" {
				return sides
			}
			k = c + 1
		}
		if k >= s.w1 || !isInt(d.words[k].text) || len(d.words[k].text) > 3 {
			return sides
		}
		k++
	}
	if k < s.w1 && d.words[k].text != "(" && !(d.words[k].text == "." && k+1 == s.w1) {
		return sides
	}
	d.teamEdits += 2
	for _, sd := range side {
		a, b := sd[0], sd[1]
		if d.countryIn(a, b, false) {
			continue
		}
		// the side's mentions give way to one team
		d.replaceWithOrg(a, b, nil, si)
		sides = append(sides, d.body[d.words[a].start:d.words[b-1].end])
	}
	return sides
}

// replaceWithOrg drops the mentions that overlap words [a, e) and puts
// one organisation mention (entry ent, or none) over the span in their
// place, keeping d.ments in word order.
func (d *doc) replaceWithOrg(a, e int, ent *entry, si int) {
	out := d.ments[:0]
	for _, m := range d.ments {
		if m.w1 <= a || m.w0 >= e {
			out = append(out, m)
		}
	}
	d.ments = out
	d.addMent(a, e, ORG, kOrg, ent, si, true)
	slices.SortStableFunc(d.ments, func(x, y ment) int { return x.w0 - y.w0 })
}

// maxTeamEdits bounds the mention rewrites of scoreLine and scoreText in one
// text: each filters and sorts the mentions, so a text of endless fixtures
// would be quadratic; a sports page has far fewer.
const maxTeamEdits = 200

// scoreAt returns the number of words of a match score at word k ("2-0",
// "3 – 1"), or 0. Both numbers are at most 30: goals, runs and sets are few,
// while vote tallies and shares ("52-48") are large.
func (d *doc) scoreAt(k, limit int) int {
	t := d.words[k].text
	if i := strings.IndexByte(t, '-'); i > 0 && smallNum(t[:i]) && smallNum(t[i+1:]) {
		return 1
	}
	if k+2 < limit && smallNum(t) && (d.words[k+1].text == "-" || d.words[k+1].text == "–") && smallNum(d.words[k+2].text) {
		return 3
	}
	return 0
}

// smallNum reports whether t is a number from 0 to 30.
func smallNum(t string) bool {
	if len(t) == 0 || len(t) > 2 || !isInt(t) {
		return false
	}
	return len(t) == 1 || t[0] < '3' || t == "30"
}

// winVerbs say that one side beat the other in a match whose score follows
// the loser: "Chelsea beat Coventry 2-0".
var winVerbs = map[string]bool{
	"beat": true, "beats": true, "defeated": true, "defeats": true, "thrashed": true, "crushed": true,
	"routed": true, "edged": true, "downed": true, "blanked": true, "upstaged": true, "hammered": true,
	"trounced": true, "outclassed": true, "overcame": true, "whipped": true, "drubbed": true, "stunned": true,
}

// sportsCue tells what a lower-case word cues in scoreText: 'v' a
// fixture's "v"; 'p' a position of players in team sports, so that the
// name before it, with a person's name after it, is the player's club
// ("Chelsea defender Terry Phelan"; no office: "manager", "captain" and
// "president" also head firms, parties and towns); 'm' a kind of news
// outlet, so that the name before it ("Itar-Tass news agency", "Channel
// Two television") or, for a printed one or a news agency, after it ("the
// daily Le Monde", "the news agency IRNA") is a news organisation; 0
// nothing. (A switch: scoreText asks it of every lower-case word.)
func sportsCue(t string) byte {
	switch t {
	case "v":
		return 'v'
	case "defender", "striker", "midfielder", "goalkeeper", "keeper", "winger", "skipper", "playmaker",
		"fullback", "full-back", "sweeper", "centre-back", "coach", "pitcher", "quarterback":
		return 'p'
	case "agency", "newspaper", "daily", "weekly", "magazine", "radio", "television":
		return 'm'
	}
	return 0
}

// resultNouns name a match's result after its score: "a 2-1 win over
// Milan", "a 1-1 draw against Setubal".
var resultNouns = map[string]bool{
	"win": true, "victory": true, "defeat": true, "draw": true, "loss": true, "triumph": true,
	"home": true, "away": true,
}

// scoreText makes teams of the sides a sentence names around a match score
// or a fixture's "v" and returns sides with their names added: the names on
// both sides of a lower-case "v" ("Millwall v Burnley"; a court case writes
// "v." and names people, whom makeTeam leaves alone), the name before a
// verb of winning and the name after it that the score follows ("Chelsea
// beat Coventry 2-0", "the Angels defeated the Yankees 7-1"), and the name
// after a score's result noun and "over", "against", "with" or "by" ("a
// 2-1 win over Milan", "a 2-2 home draw against Setubal"). A score of two
// small numbers joined by a dash next to these words is a match's; the
// names are then its sides, whatever else their words could name. A
// preposition of place before a name keeps it a place ("at Leicester").
// The club before a player's position ("Chelsea defender Terry Phelan")
// is a team there only, and the name next to a kind of news outlet a news
// organisation ("Itar-Tass news agency"; see sportsCue).
func (d *doc) scoreText(si int, sides []string) []string {
	s := &d.sents[si]
	if s.header {
		return sides
	}
	for k := s.w0 + 1; k < s.w1; k++ {
		w := &d.words[k]
		var cue byte
		if c := w.text[0]; c >= '0' && c <= '9' {
			cue = 's'
		} else if w.cap || !w.alpha {
			continue
		} else if cue = sportsCue(w.text); cue == 0 {
			continue
		}
		if d.teamEdits >= maxTeamEdits {
			break
		}
		if cue == 'v' {
			// a fixture: "Millwall v Burnley , Notts County v York"; no
			// name runs over its "v"
			d.teamEdits++
			out := d.ments[:0]
			for _, m := range d.ments {
				if m.w0 >= k || m.w1 <= k {
					out = append(out, m)
				}
			}
			d.ments = out
			if d.words[k-1].cap && d.words[k-1].alpha {
				sides = d.makeTeam(k, s, si, sides)
			}
			e := k + 1
			for e < s.w1 && e < k+5 && d.words[e].cap && d.words[e].alpha {
				e++
			}
			sides = d.makeTeam(e, s, si, sides)
			continue
		}
		if cue == 'p' && d.words[k-1].cap && d.words[k-1].alpha && !strings.Contains(d.words[k-1].text, "-") && d.words[k-1].lf&fLower == 0 && k+1 < s.w1 && d.words[k+1].cap {
			// "Everton defender Andy Hinchcliffe": a player's club (the
			// name stays a team here only; a town elsewhere in the text
			// may be the town)
			d.makeTeam(k, s, si, nil)
			continue
		}
		if cue == 'm' {
			// "Itar-Tass news agency said", "the daily Le Monde"
			t := d.words[k].text
			b := k
			if t == "agency" && d.words[k-1].text == "news" {
				b = k - 1
			}
			after := false
			if (b < k || t != "agency" && t != "radio" && t != "television") && b > s.w0 && k+1 < s.w1 && d.words[k+1].cap && d.roleAt(k+1, s.w1) == 0 {
				// after a printed outlet or "news agency" only, and no role
				// title ("the agency Director-General Rafael Grossi" names
				// a person); after an article, a name ("the Sahrawi news
				// agency SPS") or, unless the kind is also an adverb ("to
				// weekly Tagus flows"), a content word ("state newspaper
				// The Global New Light of Myanmar")
				p := &d.words[b-1]
				switch {
				case p.low == "the" || p.low == "a" || p.low == "an":
					after = true
				case p.cap && p.alpha:
					after = true
				case !p.cap && p.alpha && p.lf&fEnglish == 0 && t != "daily" && t != "weekly":
					after = true
				}
			}
			if after {
				e := k + 1
				for e < s.w1 && e < k+5 && d.words[e].cap && (d.words[e].alpha || hyphenCap(d.words[e].text)) {
					e++
				}
				// (not on through "of": "The Global New Light of Myanmar"
				// carries a statement of Myanmar's, the reaction's actor)
				d.makeOrgSpan(k+1, e, s, si, true)
			} else if b > s.w0 && d.words[b-1].cap && d.words[b-1].alpha {
				d.makeOrg(b, s, si, true)
			}
			continue
		}
		if cue != 's' {
			continue
		}
		n := d.scoreAt(k, s.w1)
		if n == 0 || k < s.w0+2 {
			continue
		}
		// "X beat [the] Y 2-0"
		if b := d.teamBefore(k, s.w0); b > s.w0 {
			a := b - 1
			for a > s.w0 && b-a < 4 && d.words[a-1].cap && d.words[a-1].alpha {
				a--
			}
			v := a - 1
			if v > s.w0 && d.words[v].low == "the" {
				v--
			}
			if v > s.w0 && winVerbs[d.words[v].low] {
				if w := d.teamBefore(v, s.w0); w > s.w0 {
					sides = d.makeTeam(w, s, si, sides)
				}
				sides = d.makeTeam(b, s, si, sides)
			}
		}
		// "a 2-1 win over Milan"
		j := k + n
		if j+1 < s.w1 && resultNouns[d.words[j].low] {
			if resultNouns[d.words[j+1].low] {
				j++
			}
			switch d.words[j+1].low {
			case "over", "against", "with", "by":
				j += 2
				if j < s.w1 && d.words[j].low == "the" {
					j++
				}
				e := j
				for e < s.w1 && e < j+4 && d.words[e].cap && d.words[e].alpha {
					e++
				}
				if e > j {
					sides = d.makeTeam(e, s, si, sides)
				}
			}
		}
		k += n - 1
	}
	return sides
}

// teamBefore returns the end of the run of capitalised words that ends
// right before word k (k itself), or -1 when word k-1 is no capitalised
// word.
func (d *doc) teamBefore(k, w0 int) int {
	if k-1 < w0 || !d.words[k-1].cap || !d.words[k-1].alpha {
		return -1
	}
	return k
}

// makeTeam makes the run of up to four capitalised words that ends before
// word e a team (see makeOrg) and returns sides with the team's name added.
func (d *doc) makeTeam(e int, s *sentence, si int, sides []string) []string {
	if name := d.makeOrg(e, s, si, false); name != "" {
		sides = append(sides, name)
	}
	return sides
}

// makeOrg makes the run of up to four capitalised words that ends before
// word e an organisation (a news organisation when media), replacing the
// mentions over it, unless a preposition of place governs it, it is a
// lexicon word alone, or it reads as a person, a nation or a nationality
// (countryIn, personName); a news organisation is also no known place or
// person ("Paris radio"). It returns the name, or "".
func (d *doc) makeOrg(e int, s *sentence, si int, media bool) string {
	a := e
	for a > s.w0 && e-a < 4 && d.words[a-1].cap && (d.words[a-1].alpha || hyphenCap(d.words[a-1].text)) && !lowerHyphen(d.words[a-1].text) {
		// ("Itar-Tass", "Paris Saint-Germain"; not "English-language")
		a--
	}
	return d.makeOrgSpan(a, e, s, si, media)
}

// makeOrgSpan is makeOrg over words a to e.
func (d *doc) makeOrgSpan(a, e int, s *sentence, si int, media bool) string {
	if a == e {
		return ""
	}
	if a == s.w0 || a == s.labelEnd || d.afterOpener(a) {
		// a sentence's first word may be a capitalised common word
		for a < e && d.words[a].lf&fLower != 0 && d.words[a].xf&fFirst == 0 {
			a++
		}
	}
	for e > a && d.words[e-1].xf&fNonName != 0 {
		// "the Cleveland Indians Wednesday"
		e--
	}
	if a == e || e-a == 1 && d.words[a].lf&fLower != 0 || d.locative(a, s.w0) || !media && (d.personName(a, e) || d.countryIn(a, e, true)) || media && d.countryIn(a, a+1, false) {
		// (the tagger may read an outlet's name as a person's: "Le
		// Monde"; a known person is kept below)
		return ""
	}
	d.teamEdits++
	var ent *entry
	if media {
		for i := range d.ments {
			if m := &d.ments[i]; m.w0 < e && a < m.w1 && (m.typ == NORP || m.e != nil && (m.e.kind == kCity || m.e.kind == kPerson || m.typ == ORG)) {
				// a known place or person, or an organisation the
				// lexicons already hold
				return ""
			}
		}
		ent = &entry{kind: kOrg, canon: d.body[d.words[a].start:d.words[e-1].end], media: true}
	}
	d.replaceWithOrg(a, e, ent, si)
	return d.body[d.words[a].start:d.words[e-1].end]
}

// countryIn reports whether words a to e name a nation or hold a
// country's mention: a national side keeps its country's name ("Austria
// beat Scotland 4-0", "Wales beat San Marino 4-0"), as CoNLL and the
// digest's country lists read it. In running text (player) it also
// reports a nationality or a person of two words or more among them: "a
// 6-3 win over Chilean Marcelo Rios", "defeated Canadian Daniel Nestor"
// name a player, not a team.
func (d *doc) countryIn(a, e int, player bool) bool {
	for i := range d.ments {
		m := &d.ments[i]
		if m.w0 < e && a < m.w1 && (m.typ == GPE || m.k == kCountry || player && (m.typ == NORP || m.typ == PER && m.w1-m.w0 >= 2)) {
			return true
		}
	}
	t := d.body[d.words[a].start:d.words[e-1].end]
	if d.g.country[t] != nil || d.g.territory[t] != "" {
		return true
	}
	switch t {
	case "England", "Scotland", "Wales", "Northern Ireland":
		return true
	}
	return false
}

// personName reports whether words a to e read as a person in the
// document: a person's mention of two words or more over them, or one word
// that ends such a mention elsewhere ("Sampras beat Agassi 6-3 6-4" after
// "Pete Sampras", "Jones beat Brown 52-48" after "Doug Jones"): players and
// candidates beat each other too.
func (d *doc) personName(a, e int) bool {
	for i := range d.ments {
		m := &d.ments[i]
		if m.typ != PER || m.w1-m.w0 < 2 {
			continue
		}
		if m.w0 <= a && m.w1 >= e {
			return true
		}
		for w := m.w0 + 1; e-a == 1 && w < m.w1; w++ {
			if d.words[w].text == d.words[a].text {
				return true
			}
		}
	}
	return false
}

// matchPhrase returns the word index just past phrase when the words from w
// spell it (words separated by single spaces), or -1.
func (d *doc) matchPhrase(w int, phrase string) int {
	for w < len(d.words) {
		t := d.words[w].text
		if !strings.HasPrefix(phrase, t) {
			return -1
		}
		phrase = phrase[len(t):]
		w++
		if phrase == "" {
			return w
		}
		if phrase[0] != ' ' {
			return -1
		}
		phrase = phrase[1:]
	}
	return -1
}

// clubs retypes the short forms of the football clubs and companies named
// in full in the document: "Rivertown" after "Rivertown United", "Harbor
// City" after "Harbor City FC", "Barrick" and "Barrick Gold" after "Barrick
// Gold Corp", unless the short form is a known name of its own or a
// preposition of place governs it. News names a company in full once and
// by its first words after that; a legal suffix says the full name is a
// firm's.
func (d *doc) clubs() {
	var stems []string
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.typ != ORG || m.w1-m.w0 < 2 {
			continue
		}
		last := d.words[m.w1-1].text
		if clubHeads[last] {
			if n, _ := d.lookup(m.w0, m.w1-1, false); n == m.w1-1-m.w0 {
				// a known name before the head ("Shi'ite United"): the
				// short form is that name's
				continue
			}
			stems = append(stems, d.body[m.start:d.words[m.w1-2].end])
			continue
		}
		if !corpSuffixes[last] {
			continue
		}
		for e := m.w1 - 1; e > m.w0; e-- {
			// every leading part of the name before its suffix that starts
			// with a word no lexicon holds: "Barrick Gold", "Barrick"
			if w := &d.words[m.w0]; !w.cap || w.xf&(fFirst|fNonName|fHonorific|fOrgHead) != 0 || w.lf&fLower != 0 {
				break
			}
			if n, _ := d.lookup(m.w0, e, false); n > 0 {
				break
			}
			if t := d.words[e-1].text; d.words[e-1].cap && t != "&" {
				stems = append(stems, d.body[m.start:d.words[e-1].end])
			}
		}
	}
	if len(stems) == 0 {
		return
	}
	for mi := range d.ments {
		m := &d.ments[mi]
		if !m.guessed || m.e != nil || m.typ == ORG || m.typ == NORP || !contains(stems, d.body[m.start:m.end]) || d.locative(m.w0, d.sents[m.sent].w0) {
			continue
		}
		m.typ, m.k = ORG, kOrg
	}
}

// countryParen reports whether words from j read "( Country )".
func (d *doc) countryParen(j, limit int) bool {
	if j+2 >= limit || d.words[j].text != "(" {
		return false
	}
	n, e := d.lookup(j+1, limit, false)
	return n > 0 && e.kind == kCountry && j+1+n < limit && d.words[j+1+n].text == ")"
}

// locative reports whether the word before i is a preposition of place
// or an opening parenthesis ("Surrey beat Kent at The Oval ( London )").
func (d *doc) locative(i, w0 int) bool {
	if i <= w0 {
		return false
	}
	switch d.words[i-1].low {
	case "in", "at", "near", "from", "to", "outside", "into", "across", "around", "(":
		return true
	}
	return false
}

func (d *doc) labelStop(si int) int {
	s := &d.sents[si]
	if s.labelEnd > s.w0 {
		return d.words[s.labelEnd].start
	}
	return -1
}

func (d *doc) headerSkip(si int) bool {
	// header fields other than the title are outlet, dateline, byline,
	// edition; a metadata line is never news
	return si > 0 || d.sents[si].meta
}

func (d *doc) afterOpener(i int) bool {
	if i == 0 {
		return false
	}
	switch d.words[i-1].text {
	case "“", "\"", "‘", "(", "—", "–", "-", ":", "'":
		return true
	}
	return false
}

// nameRun returns the end of the capitalised run starting at i.
func (d *doc) nameRun(i, limit int) int {
	j := i + 1
	for j < limit {
		w := &d.words[j]
		if d.words[j-1].poss {
			if e := d.possOrgEnd(j-1, limit); e > j {
				j = e
			}
			break
		}
		if w.cap && w.alpha && w.xf&fNonName == 0 {
			if n, e := d.lookup(j, limit, false); n > 0 && e.kind != kLearnPer && e.kind != kLearnOrg && e.kind != kLearnLoc {
				break
			}
			if d.roleAt(j, limit) > 0 {
				break
			}
			j++
			continue
		}
		if hyphenCap(w.text) && !w.cap && d.words[j-1].cap && d.words[j-1].alpha {
			// an Arabic article joined to a surname: "Taher el-Sonni",
			// "Ahmed al-Shaibani"
			j++
			continue
		}
		if p := d.particlesEnd(j, limit); p > j && d.words[j-1].cap && d.words[j-1].alpha {
			// "Maria de la Cruz", "Kees van der Berg": particles, then
			// the capitalised surname
			j = p + 1
			continue
		}
		if w.text == "'s" || w.text == "’s" || w.text == "'" || w.text == "’" {
			if e := d.possOrgEnd(j-1, limit); e > j {
				j = e
			}
			break
		}
		if w.xf&fConnector != 0 && j+1 < limit && d.words[j+1].cap && d.words[j+1].alpha {
			if (w.text == "of" || w.text == "for" || w.text == "and" || w.text == "the" || w.text == "&") && !d.hasOrgHead(i, j) {
				break
			}
			if (w.text == "and" || w.text == "&") && d.hasTags && d.untaggedFirm(i, j) && d.taggedAt(j+1) {
				// "Samsung Electronics and LG Electronics": a firm, then
				// another the tagger reads
				break
			}
			if (w.text == "and" || w.text == "&") && d.hasTags && d.tagAt[j-1] >= 0 && d.taggedAt(j+1) {
				// the tagger reads two names: "Olympic Committee and FIFA"
				break
			}
			j++
			continue
		}
		break
	}
	return j
}

// noAbbrev reports whether words [a, b) are capitalised words of letters
// with no abbreviation among them ("Cie.").
func (d *doc) noAbbrev(a, b int) bool {
	for k := a; k < b; k++ {
		if t := d.words[k].text; !d.words[k].alpha || !d.words[k].cap || strings.HasSuffix(t, ".") {
			return false
		}
	}
	return true
}

// nameParticle reports whether word k (after the run's start i) is a
// lower-case particle inside a person's name: "do", "da", "de", "van"
// (not "of", "for", "and", "the", "&").
func (d *doc) nameParticle(k, i int) bool {
	if k <= i || d.words[k].xf&fConnector == 0 || d.words[k].cap {
		return false
	}
	switch d.words[k].text {
	case "of", "for", "and", "the", "&":
		return false
	}
	return true
}

func (d *doc) hasOrgHead(i, j int) bool {
	for k := i; k < j; k++ {
		if d.words[k].xf&fOrgHead != 0 {
			return true
		}
	}
	return false
}

// nameAfterRole reports whether the capitalised words from k on look like
// a person's name rather than the rest of an organisation's: two or more
// of them, no organisation head among them ("Kristalina Georgieva", not
// "Hotel Group").
func (d *doc) nameAfterRole(k, limit int) bool {
	n := 0
	for ; k < limit && d.words[k].cap && d.words[k].alpha; k++ {
		if d.words[k].xf&fOrgHead != 0 {
			return false
		}
		n++
	}
	return n >= 2
}

// orgRun extends a run from i through "of"/"for" when it holds an
// organisation head word: "Bank of England", "Ministry of Foreign Affairs".
func (d *doc) orgRun(i, limit int) (int, bool) {
	j := i
	head := false
	for j < limit {
		w := &d.words[j]
		if j > i && d.taggedPerAt(j) {
			// the tagger reads a person's name here: "Senate Leader Harry Reid"
			break
		}
		if j > i {
			if r := d.roleAt(j, limit); r > 0 && (j+r >= limit || !d.words[j+r].cap || d.taggedPerAt(j+r) || d.nameAfterRole(j+r, limit)) {
				// a role title ends the run: "White House Press Secretary",
				// "International Monetary Fund Managing Director Kristalina
				// Georgieva" (the tagger reading all of it as one)
				break
			}
		}
		if (w.cap || j > i && hyphenCap(w.text) && j+1 < limit && d.words[j+1].cap) && w.alpha && w.xf&fNonName == 0 {
			if w.xf&fOrgHead != 0 {
				head = true
			}
			j++
			if w.poss {
				if e := d.possOrgEnd(j-1, limit); e > j {
					j, head = e, true
				}
				break
			}
			continue
		}
		if (w.text == "of" || w.text == "for" || w.text == "and" || w.text == "&") && j+1 < limit && d.words[j+1].cap && j > i {
			if (w.text == "and" || w.text == "&") && (d.knownAt(j+1, limit) || d.hasTags && (d.tagAt[j-1] >= 0 || d.untaggedFirm(i, j)) && d.taggedAt(j+1)) {
				// "the U.N. Security Council and Germany": a list, not one
				// name; so is "British Airways and Iberia" when the tagger
				// reads two names, one ending before the "and" and one
				// starting after it, or one after a firm it does not
				// read ("Samsung Electronics and LG Electronics")
				break
			}
			j++
			continue
		}
		if j > i && (w.text == "'s" || w.text == "’s" || w.text == "'" || w.text == "’") {
			if e := d.possOrgEnd(j-1, limit); e > j {
				j, head = e, true
			}
		}
		break
	}
	for j > i && !d.words[j-1].cap {
		j--
	}
	return j, head
}

// allCapWords reports whether the words [i, j) are all in capitals.
func (d *doc) allCapWords(i, j int) bool {
	for k := i; k < j; k++ {
		if !d.words[k].allCap {
			return false
		}
	}
	return true
}

// pluralTitles are role titles in the plural that stand before the names
// of two holders: "Foreign Ministers A and B", "Presidents C and D".
var pluralTitles = map[string]bool{
	"ministers": true, "presidents": true, "leaders": true, "ambassadors": true, "envoys": true,
	"secretaries": true, "generals": true, "chancellors": true, "premiers": true, "senators": true,
}

// pluralTitleNames reads the words [i, j) as a title in the plural and two
// names joined by "and", each of one to three capitalised words with no
// organisation head: "Deputy Foreign Ministers A B and C D". It returns
// the first word of the first name and the "and", or 0, 0.
func (d *doc) pluralTitleNames(i, j int) (int, int) {
	a := -1
	for k := i; k < j && k < i+5; k++ {
		if pluralTitles[d.lw(k)] && d.words[k].cap {
			a = k + 1
			break
		}
	}
	if a < 0 {
		return 0, 0
	}
	c := -1
	for k := a; k < j; k++ {
		if d.lw(k) == "and" {
			c = k
			break
		}
		if w := &d.words[k]; !w.cap || !w.alpha && !hyphenCap(w.text) || w.xf&(fOrgHead|fLocHead) != 0 {
			return 0, 0
		}
	}
	if c-a < 1 || c-a > 3 || j-c-1 < 1 || j-c-1 > 3 {
		return 0, 0
	}
	for k := c + 1; k < j; k++ {
		if w := &d.words[k]; !w.cap || !w.alpha && !hyphenCap(w.text) || w.xf&(fOrgHead|fLocHead) != 0 {
			return 0, 0
		}
	}
	return a, c
}

// roleThenName returns the first word in (i, j) where a role title starts
// that capitalised words with no organisation head follow up to j, or -1.
func (d *doc) roleThenName(i, j int) int {
	for k := i + 1; k < j; k++ {
		r := d.roleAt(k, j)
		if r == 0 || k+r >= j {
			continue
		}
		name := true
		for m := k + r; m < j; m++ {
			if w := &d.words[m]; !w.cap || !w.alpha || w.xf&fOrgHead != 0 {
				name = false
				break
			}
		}
		if name {
			return k
		}
	}
	return -1
}

// taggedAt reports whether a tagger span of any type starts at word j.
func (d *doc) taggedAt(j int) bool {
	k := d.tagAt[j]
	return k >= 0 && d.tspans[k].Start == j
}

// taggedPerAt reports whether the learned tagger starts a person span at
// word j.
func (d *doc) taggedPerAt(j int) bool {
	if !d.hasTags {
		return false
	}
	k := d.tagAt[j]
	return k >= 0 && d.tspans[k].Start == j && d.tspans[k].Type == "PER"
}

// orgHeaded reports whether the words [i, j) end in an organisation head
// (or a club's) that no given name precedes ("Nissan Motor Company",
// "Rivertown United", not "Margaret Court").
func (d *doc) orgHeaded(i, j int) bool {
	return (d.words[j-1].xf&fOrgHead != 0 || j-i >= 2 && clubHeads[d.words[j-1].text]) && (j-i == 1 || d.words[j-2].xf&fFirst == 0 && d.words[j-2].cap)
}

// rankedOrg reports whether the one-word role title at i (r words) starts
// an organisation name: the tagger's organisation span starts at i and
// runs past the title into a common word that is no given name and no
// known person ("General Motors", not "General Sutanto", "President Bush"
// or "Chief Executive Officer of General Motors").
func (d *doc) rankedOrg(i, r, limit int) bool {
	if r != 1 || !d.taggedOrgAt(i) || d.tspans[d.tagAt[i]].End <= i+r || i+r >= limit {
		return false
	}
	w := &d.words[i+r]
	if !w.cap || w.lf&fLower == 0 || w.xf&fFirst != 0 {
		return false
	}
	n, e := d.lookup(i+r, limit, false)
	return n == 0 || e.kind != kPerson && e.kind != kLearnPer
}

// taggedNameFrom returns the tagger span that starts first in [i, j) if it
// is a person's name of two words or more, or -1. Single words and other
// types inside a capitalised run are too often a title's words ("Big
// Daddy", "Directly To White People").
func (d *doc) taggedNameFrom(i, j int) int {
	for k := i; k < j; k++ {
		if t := d.tagAt[k]; t >= 0 && d.tspans[t].Start == k {
			if sp := &d.tspans[t]; sp.Type == "PER" && sp.End-sp.Start >= 2 {
				return int(t)
			}
			return -1
		}
	}
	return -1
}

// taggedOrgAt reports whether the learned tagger starts an organisation
// span at word j.
func (d *doc) taggedOrgAt(j int) bool {
	if !d.hasTags || j >= len(d.tagAt) {
		return false
	}
	k := d.tagAt[j]
	return k >= 0 && d.tspans[k].Start == j && d.tspans[k].Type == "ORG"
}

// hyphenModifier reports whether the name ending before word w1 is joined
// by a hyphen to a lower-case word: "U.S.-led", "Iran-backed".
func (d *doc) hyphenModifier(w1 int) bool {
	if w1+1 >= len(d.words) {
		return false
	}
	h, n := &d.words[w1], &d.words[w1+1]
	return h.text == "-" && h.start == d.words[w1-1].end && n.start == h.end && n.alpha && !n.cap
}

// functionWords reports whether the words [i, j) are all English function
// words ("The"): the tagger's span of them names nothing.
func (d *doc) functionWords(i, j int) bool {
	for k := i; k < j; k++ {
		if d.words[k].lf&fEnglish == 0 || d.words[k].allCap {
			return false
		}
	}
	return true
}

// trailPunct reports whether t is punctuation that never ends a name.
func trailPunct(t string) bool {
	switch t {
	case "-", "–", "—", ",", ":", ";", "\"", "“", "”":
		return true
	}
	return false
}

// knownAt reports whether a known name (not a learned string) starts at
// word j.
func (d *doc) knownAt(j, limit int) bool {
	n, e := d.lookup(j, limit, false)
	return n > 0 && e.kind != kNone && e.kind < kLearnPer
}

// possOrgEnd returns the end of an organisation name that runs on through
// the possessive of word p, or p+1: "People 's Liberation Front",
// "McDonald 's Corporation", "Children 's Fund". The possessor must be no
// known name (a string learned from GMB may be one: "McDonald"; "Iran 's
// Interior Ministry" is Iran's ministry) and the
// capitalised run after it must hold an organisation head.
func (d *doc) possOrgEnd(p, limit int) int {
	k := p + 1
	if !d.words[p].poss {
		// tokenised text: "People 's Party"
		switch {
		case k < limit && (d.words[k].text == "'s" || d.words[k].text == "’s"):
			k++
		case k+1 < limit && (d.words[k].text == "'" || d.words[k].text == "’") && d.words[k+1].text == "s" && d.words[k+1].start == d.words[k].end:
			k += 2
		case k < limit && (d.words[k].text == "'" || d.words[k].text == "’") && strings.HasSuffix(d.words[p].text, "s") && d.words[p].lf&fLower != 0:
			// a plural possessive of a common noun: "Sudan Peoples '
			// Liberation Movement" (not "Airbus ' Delivery Center")
			k++
		default:
			return p + 1
		}
	}
	if k >= limit || !d.words[p].cap {
		return p + 1
	}
	if n, e := d.lookup(p, p+1, false); n > 0 && e.kind < kLearnPer {
		return p + 1
	}
	head := false
	for k < limit {
		w := &d.words[k]
		if !w.cap || !w.alpha || w.xf&fNonName != 0 {
			break
		}
		head = head || w.xf&fOrgHead != 0
		k++
		if w.poss {
			break
		}
	}
	if !head {
		return p + 1
	}
	if k+1 < limit && !d.words[k-1].poss && (d.words[k].text == "of" || d.words[k].text == "for") && d.words[k+1].cap && d.words[k+1].alpha && !d.knownAt(k+1, limit) {
		// the head's complement: "Federal Reserve 's Board of Governors"
		for k++; k < limit && d.words[k].cap && d.words[k].alpha && d.words[k].xf&fNonName == 0; k++ {
			if d.words[k].poss {
				k++
				break
			}
		}
	}
	return k
}

// classifyRun decides what an unknown capitalised run [i,j) names.
func (d *doc) classifyRun(i, j, si int) {
	// trim a trailing connector (not a surname's joined particle:
	// "el-Sonni")
	for j > i && !d.words[j-1].cap && !hyphenCap(d.words[j-1].text) {
		j--
	}
	if j <= i {
		return
	}
	prev := ""
	if i > d.sents[si].w0 {
		prev = d.words[i-1].text
	}
	switch {
	case d.titleTagged(i, j):
		// the tagger reads a title no role list holds: "Lt. Col. Josslyn
		// Aberle"
	case j-i == 1 && d.words[i].lf&fLower != 0 && d.untagged(i, j) && !d.titled(i, si):
		// a common word alone that the tagger reads as no entity is no
		// name, even an organisation head: "Church bells rang"
	case d.headThenName(i, j) > i:
		// a role's remit, then the holder's name: "Special Envoy for
		// Hostage Affairs Adam Boehler", "Minister for Home Affairs Jane
		// Doe"
		k := d.headThenName(i, j)
		d.addMent(i, k, ORG, kOrg, nil, si, true)
		d.addMent(k, j, PER, kNone, nil, si, true)
	case d.hasOrgHead(i, j):
		d.addMent(i, j, ORG, kOrg, nil, si, true)
	case d.words[j-1].xf&fLocHead != 0 && j-i >= 2:
		d.addMent(i, j, LOC, kCity, nil, si, true)
	case d.restOfTagged(i, j):
		// the rest of a tagger span whose start the rules named, with no
		// head of its own: "Daily" of "China Daily", "Hill Tracts" of
		// "Chittagong Hill Tracts"
	case d.words[i].xf&fFirst != 0 && j-i >= 2 && !d.untagged(i, j):
		d.addMent(i, j, PER, kNone, nil, si, true)
	case d.perCue(i, j, si):
		d.addMent(i, j, PER, kNone, nil, si, true)
	case d.tagged(i, j, si):
		// the learned tagger decided where the rules above had no cue
	case d.hasTags && d.tagAt[i] < 0 && j-i >= 2 && d.taggedNameFrom(i+1, j) >= 0:
		// the tagger reads a full name later in the run: "Major Steve
		// Warren", "Captain Michael Dung Nguyen"
		d.addTagged(&d.tspans[d.taggedNameFrom(i+1, j)], si)
	case d.hasTags && d.tagAt[i] < 0 && j-i >= 2:
		// the tagger reads no entity here
	case d.hasTags && d.tagAt[i] < 0:
		// a single word the tagger reads as no entity names someone only
		// if it is the surname of a person named in full
		d.addMent(i, j, "", kNone, nil, si, true)
	case j-i >= 2 && j-i <= 3 && !d.anyLower(i, j):
		d.addMent(i, j, PER, kNone, nil, si, true)
	case j-i == 1 && (prev == "in" || prev == "near" || prev == "from" || prev == "outside") && d.words[i].lf&fLower == 0:
		d.addMent(i, j, LOC, kCity, nil, si, true)
	case j-i == 1 && d.words[i].lf&fLower == 0:
		// decided after all full names are known (surname coreference)
		d.addMent(i, j, "", kNone, nil, si, true)
	}
}

// restOfTagged reports whether the run [i, j) ends a tagger span that
// starts before it, at a name the rules took directly before i, and the
// run is no name of its own: not after a possessive ("Britain 's Mark
// Lewis-Francis") and not headed by a given name.
func (d *doc) restOfTagged(i, j int) bool {
	if !d.hasTags || d.tagAt[i] < 0 || len(d.ments) == 0 || d.ments[len(d.ments)-1].w1 != i {
		return false
	}
	sp := &d.tspans[d.tagAt[i]]
	return sp.Start < i && sp.End >= j && !d.words[i-1].poss && d.words[i].xf&fFirst == 0
}

// titleTagged reports whether the tagger reads the words [i, j) as part of
// one title span.
func (d *doc) titleTagged(i, j int) bool {
	if !d.hasTags || d.tagAt[i] < 0 {
		return false
	}
	sp := &d.tspans[d.tagAt[i]]
	return sp.Type == "TTL" && sp.End >= j
}

// untagged reports whether the tagger ran and tags no word of [i, j).
func (d *doc) untagged(i, j int) bool {
	if !d.hasTags {
		return false
	}
	for k := i; k < j; k++ {
		if d.tagAt[k] >= 0 {
			return false
		}
	}
	return true
}

// perCue reports whether the context of the run [i, j) says it names a
// person: an honorific or role title before it ("Mr.", "Foreign Minister"),
// or a speech verb or "who" after it.
func (d *doc) perCue(i, j, si int) bool {
	if d.titled(i, si) {
		return true
	}
	if j >= d.sents[si].w1 {
		return false
	}
	if i > d.sents[si].w0+1 && (d.words[i-1].text == "of" || d.words[i-1].text == "for") && d.words[i-2].cap {
		// the end of a longer name: "the Minister of Finance said",
		// "the High Commissioner for Refugees says"
		return false
	}
	switch next := d.words[j].text; next {
	case "said", "says", "told":
		return true
	case ",":
		return j+1 < len(d.words) && (d.words[j+1].text == "who" || d.words[j+1].text == "said")
	}
	return false
}

// titled reports whether an honorific or a role title directly precedes
// word i.
func (d *doc) titled(i, si int) bool {
	w0 := d.sents[si].w0
	return i > w0 && d.words[i-1].xf&fHonorific != 0 || d.roleEndsAt(i-1) || i > w0 && d.roleMatchEnding(i-1, w0) >= 0
}

// tagged classifies the run [i, j) from the tagger's span starting at i;
// it reports whether it decided (a span of another type, or the tagger's
// "O" for a single common word, decides "no mention").
func (d *doc) tagged(i, j, si int) bool {
	if !d.hasTags {
		return false
	}
	k := d.tagAt[i]
	if k < 0 || d.tspans[k].Start != i {
		return j-i == 1 && d.words[i].lf&fLower != 0
	}
	d.addTagged(&d.tspans[k], si)
	return true
}

// addTagged adds the tagger's span sp as a mention; it reports whether sp
// has a mention type (PER, ORG, LOC, NORP).
func (d *doc) addTagged(sp *ner.Span, si int) bool {
	switch sp.Type {
	case "PER":
		// a title the tagger put inside the name is not part of it: "Mr."
		w0 := sp.Start
		for w0 < sp.End && (d.words[w0].xf&fHonorific != 0 || d.words[w0].text == ".") {
			w0++
		}
		typ := PER
		end := sp.End
		for k := w0 + 1; k < sp.End; k++ {
			if t := d.words[k].text; t == "of" || t == "for" || t == "and" || t == "from" || t == "in" || t == "at" {
				// "Foreign Minister Claire Dubois of Canada"
				end = k
				break
			}
		}
		if w0 == end-1 && w0 == sp.Start && d.words[w0].lf&fLower != 0 && d.words[w0].xf&fFirst == 0 && !d.perCue(w0, w0+1, si) {
			// a common word alone ("Mercury", "Wife", "Shares" of
			// "Shares of Deutsche Telekom") names a person only as the
			// surname of one named in full (see resolvePeople) or with a
			// cue ("Hall said")
			typ = ""
		}
		if w0 == sp.Start && w0 > d.sents[si].w0 && d.words[w0-1].text == "the" && d.words[w0].xf&fFirst == 0 && !d.perCue(w0, sp.End, si) {
			// "the Syr Darya": a name after "the", with no given name
			// and no cue, is a river, a ship or a group, not a person
			typ = ""
		}
		if end == sp.End && typ == PER && end-w0 >= 2 && d.noAbbrev(w0, end) {
			// a particle and a surname the tagger left out: "André
			// Corrêa do Lago"
			for end+1 < d.sents[si].w1 && d.nameParticle(end, w0) && d.words[end+1].cap && d.words[end+1].alpha {
				end += 2
			}
		}
		if end == sp.End && typ == PER {
			// a surname the tagger cut at its particle: "Ambassador Taher
			// el-Sonni", "Foreign Minister Maria [de] la Cruz"
			w1, e := d.sents[si].w1, end
			for e-1 > w0 && surnameParticles[d.words[e-1].text] {
				e--
			}
			if e < w1 && d.noAbbrev(w0, e) && (e-w0 >= 2 || d.titled(w0, si)) {
				x := e
				for x < w1 {
					if t := d.words[x].text; hyphenCap(t) && !d.words[x].cap && !strings.HasSuffix(t, "-") {
						x++
					} else if p := d.particlesEnd(x, w1); p > x {
						x = p + 1
					} else {
						break
					}
				}
				if x > e {
					end = x
				}
			}
		}
		if w0 < end {
			d.addMent(w0, end, typ, kNone, nil, si, true)
		}
	case "ORG":
		w1, end := d.sents[si].w1, sp.End
		if a, c := d.pluralTitleNames(sp.Start, end); a > 0 {
			// "Deputy Foreign Ministers A and B": two people after a
			// title in the plural, which the tagger read as one body
			d.addMent(a, c, PER, kNone, nil, si, true)
			d.addMent(c+1, end, PER, kNone, nil, si, true)
			return true
		}
		if k := d.roleThenName(sp.Start, end); k > sp.Start {
			// "CIA Director Porter Goss", "Khost Governor Arsala Jamal":
			// the organisation ends before the role, the rules read the
			// role and the name
			if n, e := d.lookup(sp.Start, k, false); n == k-sp.Start && e.kind != kNone && e.kind < kLearnPer {
				// what is left is a known name: "U.S. Ambassador X"
				d.addMent(sp.Start, k, e.kind.mentionType(), e.kind, e, si, false)
				return true
			}
			end = k
		}
		for end-1 > sp.Start && !d.words[end-1].cap && d.words[end-1].alpha && strings.IndexFunc(d.words[end-1].text, unicode.IsUpper) < 0 {
			// a common noun the tagger put at the end: "Tamil legislator"
			end--
		}
		if q := d.roleMatchEnding(end-1, sp.Start+1); q > sp.Start {
			// a role title the tagger put at the end: "Apple Computer CEO"
			end = q
		}
		if end == sp.End && end < w1 && d.words[end].cap && d.words[end].alpha {
			// the tagger's organisation is the first piece of a longer
			// name whose head follows: "International" + "Olympic
			// Committee"
			if j, head := d.orgRun(sp.Start, w1); head && j > end && d.hasOrgHead(end, j) && !d.otherTagIn(end, j) {
				end = j
			}
		}
		end = max(end, d.possOrgEnd(end-1, w1))
		if h := &d.words[end-1]; end+1 < w1 && h.xf&fOrgHead != 0 && len(h.text) > 3 && !h.allCap && !strings.HasSuffix(h.text, ".") && d.words[end].text == "of" && d.words[end+1].cap {
			// "Bank" + "of England": the complement of a head noun is
			// part of the name (not of a company suffix: "PLC of Surrey")
			if j, _ := d.orgRun(sp.Start, w1); j > end {
				end = j
			}
		}
		if k := d.orgListAnd(sp.Start, end); k > 0 {
			// "British Airways and Iberia": two organisations
			d.addMent(sp.Start, k, ORG, kOrg, nil, si, true)
			d.addMent(k+1, end, ORG, kOrg, nil, si, true)
			return true
		}
		if k := d.headThenName(sp.Start, end); k > sp.Start {
			// "Special Envoy for Hostage Affairs Adam Boehler": the
			// remit, then the holder
			d.addMent(sp.Start, k, ORG, kOrg, nil, si, true)
			d.addMent(k, end, PER, kNone, nil, si, true)
			return true
		}
		for c := sp.Start + 1; c+2 < end; c++ {
			if d.words[c].text != "," {
				continue
			}
			if d.holderAppositive(c+1, end, si) {
				// one tagger span over the remit and the holder: "Minister
				// of [Mines and Energy, Ousmane Tairou Gbedji]"
				d.addMent(sp.Start, c, ORG, kOrg, nil, si, true)
				d.addMent(c+1, end, PER, kNone, nil, si, true)
				return true
			}
			break
		}
		if d.holderAppositive(sp.Start, end, si) {
			// "Cameroon's Minister of Water and Energy, Gaston Eloundou
			// Essomba, said": the holder of the role before the comma
			d.addMent(sp.Start, end, PER, kNone, nil, si, true)
			return true
		}
		d.addMent(sp.Start, end, ORG, kOrg, nil, si, true)
	case "LOC":
		if d.roleAppositive(sp.Start, sp.End, si) {
			// "talks with Musalia Mudavadi, Kenya's foreign minister": a
			// name the tagger read as a place, a role in apposition
			d.addMent(sp.Start, sp.End, PER, kNone, nil, si, true)
			return true
		}
		d.addMent(sp.Start, sp.End, LOC, kCity, nil, si, true)
	case "NORP":
		d.addMent(sp.Start, sp.End, NORP, kNorp, nil, si, true)
	default:
		return false // MISC, TIM, TTL: not a mention
	}
	return true
}

// otherTagIn reports whether a tagger span other than an organisation
// starts in the words [i, j).
func (d *doc) otherTagIn(i, j int) bool {
	for k := i; k < j; k++ {
		if t := d.tagAt[k]; t >= 0 && d.tspans[t].Start == k && d.tspans[t].Type != "ORG" {
			return true
		}
	}
	return false
}

// untaggedFirm reports whether the words [i, j) are a firm's name the
// tagger does not read: no word in a tagger span, the last a head or a
// kind of firm ("Samsung Electronics").
func (d *doc) untaggedFirm(i, j int) bool {
	if j-i < 2 || !(d.words[j-1].xf&fOrgHead != 0 || companyHeads[d.words[j-1].text]) {
		return false
	}
	for k := i; k < j; k++ {
		if d.tagAt[k] >= 0 {
			return false
		}
	}
	return true
}

// orgListAnd returns the word "and" or "&" that joins two organisations in
// the tagger's one organisation span [i, end), or 0: the name before it
// ends in an organisation head after at least one other word ("British
// Airways"), and the capitalised words after it hold no head of their own
// (not "China International Trust and Investment Corp", "Press and
// Information Office") and start no known name.
func (d *doc) orgListAnd(i, end int) int {
	for k := i + 2; k+1 < end; k++ {
		if t := d.words[k].text; t != "and" && t != "&" {
			continue
		}
		if d.words[k-1].xf&fOrgHead == 0 || d.hasOrgHead(k+1, end) {
			return 0
		}
		if n, _ := d.lookup(k+1, end, false); n > 0 {
			// a known name after the "and" ("West Bank and Gaza Strip",
			// "European Union and Turkey"): the tagger's span is kept
			// as GMB has it
			return 0
		}
		for j := k + 1; j < end; j++ {
			if !d.words[j].cap {
				return 0
			}
		}
		return k
	}
	return 0
}

func (d *doc) anyLower(i, j int) bool {
	for k := i; k < j; k++ {
		if d.words[k].lf&fLower != 0 {
			return true
		}
	}
	return false
}

// roleEndsAt reports whether a recorded role title ends at word w.
func (d *doc) roleEndsAt(w int) bool {
	for k := len(d.roles) - 1; k >= 0 && k >= len(d.roles)-3; k-- {
		if d.roles[k].w1 == w+1 {
			return true
		}
	}
	return false
}

func (d *doc) addMent(w0, w1 int, typ string, k kind, e *entry, si int, guessed bool) {
	// a name does not end in a connector or a dash: "European Union and",
	// "Lower House of", "Jerry Springer -"
	for w1-1 > w0 && !d.words[w1-1].cap && (d.words[w1-1].xf&fConnector != 0 || trailPunct(d.words[w1-1].text)) {
		w1--
	}
	if (typ == GPE || typ == LOC) && d.hyphenModifier(w1) {
		// "U.S.-led", "Iraq-based": the place name modifies, as a
		// nationality does
		typ = NORP
	}
	d.ments = append(d.ments, ment{
		w0: w0, w1: w1, start: d.words[w0].start, end: d.words[w1-1].end,
		typ: typ, k: k, e: e, sent: si, person: -1, guessed: guessed,
	})
}

// givenCity reports whether the city name at word i is the given name of a
// person: a role title, an honorific or a country's possessive directly
// before it, and directly after it one unknown capitalised word that ends
// the name ("President Santiago Reyes said", not "Mayor of Santiago",
// "Chile's Santiago Metro", "in Santiago de Chile").
func (d *doc) givenCity(i, si int) bool {
	s := &d.sents[si]
	w, nw := &d.words[i], &d.words[i+1]
	if nw.start != w.end+1 || d.body[w.end] != ' ' || !nw.cap || !nw.alpha || nw.poss && i+2 < s.w1 && d.words[i+2].cap ||
		nw.xf&(fNonName|fHonorific|fOrgHead|fLocHead|fConnector) != 0 || nw.lf&(fLower|fEnglish) != 0 {
		return false
	}
	if i+2 < s.w1 && d.words[i+2].cap && d.words[i+2].alpha {
		return false
	}
	if n2, e2 := d.lookup(i+1, s.w1, false); n2 > 0 && e2.kind != kLearnPer {
		return false
	}
	if i <= s.w0 {
		return false
	}
	if p := &d.words[i-1]; p.poss {
		n, e := d.lookup(i-1, i, false)
		return n == 1 && e.kind == kCountry
	}
	return d.titled(i, si)
}

// headThenName returns where a person's name starts inside the run
// [i, j) that a role's remit opens: a role title and "for" or "of" right
// before the run, then the remit, then two or three capitalised words
// that hold no organisation head and no role, the first a known given
// name or read by the tagger as a person ("Special Envoy for Hostage
// Affairs Adam Boehler"); or -1.
func (d *doc) headThenName(i, j int) int {
	if i < 2 || (d.words[i-1].text != "for" && d.words[i-1].text != "of") || d.roleMatchEnding(i-2, max(i-8, 0)) < 0 {
		return -1
	}
	for k := max(i+1, j-3); k+2 <= j; k++ {
		if d.hasOrgHead(k, j) || !d.noAbbrev(k, j) || d.words[k].xf&fFirst == 0 && !d.taggedPerAt(k) && (j-k != 2 || d.words[k-1].xf&fOrgHead == 0 && d.lw(k-1) != "affairs") {
			// (an unknown given name only as the two words after the
			// remit's head: "Minister for Economic Affairs Budi Hartono")
			continue
		}
		role := false
		for r := k; r < j; r++ {
			role = role || d.roleAt(r, j) > 0
		}
		if !role {
			return k
		}
	}
	return -1
}

// roleAppositive reports whether the run [i, j) of two or more capitalised
// words is followed by a role title in apposition: ", Kenya's foreign
// minister", ", the country's Prime Cabinet Secretary", ", a deputy
// foreign minister" (a person; a place is "the capital", "a port city").
func (d *doc) roleAppositive(i, j, si int) bool {
	w1 := d.sents[si].w1
	if j-i < 2 || j+2 >= w1 || d.words[j].text != "," {
		return false
	}
	for k := i; k < j; k++ {
		if !d.words[k].cap || !d.words[k].alpha || d.words[k].poss {
			return false
		}
	}
	k := j + 1
	switch d.lw(k) {
	case "the", "a", "an", "its", "his", "her", "their":
		k++
	}
	for n := 0; n < 3 && k < w1 && d.words[k].poss; n++ {
		// "Kenya's", "the country's"
		k++
	}
	for k < w1 && (roleModifiers[d.lw(k)] || d.lw(k) == "prime") {
		k++
	}
	for n := 0; n < 3 && k < w1; n++ {
		if d.roleAt(k, w1) > 0 {
			return true
		}
		if !d.words[k].cap || !d.words[k].alpha || d.words[k].poss {
			// (a capitalised word of the title may come first: "Prime
			// Cabinet Secretary")
			return false
		}
		k++
	}
	return false
}

// holderAppositive reports whether the tagger's organisation [i, j) is
// the name of a role's holder in apposition: a role title (with its
// remit) and a comma right before it ("Cameroon's Minister of Water and
// Energy, Gaston Eloundou Essomba, said"), two to four capitalised words
// holding no organisation head and no known name, then a comma, a
// speech verb or the sentence's end.
func (d *doc) holderAppositive(i, j, si int) bool {
	s := &d.sents[si]
	if j-i < 2 || j-i > 4 || i-2 < s.w0 || d.words[i-1].text != "," || d.hasOrgHead(i, j) || !d.noAbbrev(i, j) {
		return false
	}
	for k := i; k < j; k++ {
		w := &d.words[k]
		if !w.cap || !w.alpha || w.allCap || w.poss || w.lf&fLower != 0 || d.roleAt(k, j) > 0 {
			return false
		}
	}
	if n, _ := d.lookup(i, j, false); n > 0 {
		return false // a known name: "Minister of Energy, Saudi Aramco"
	}
	if j < s.w1 {
		switch d.words[j].text {
		case ",", "said", "says", "told", ".":
		default:
			return false
		}
	}
	for p := i - 2; p >= s.w0 && p >= i-9; p-- {
		if d.roleMatchEnding(p, max(p-4, s.w0)) >= 0 {
			return true
		}
		if t := d.words[p].text; !d.words[p].cap && t != "of" && t != "for" && t != "and" && t != "the" {
			return false
		}
	}
	return false
}

// surnameParticles are the lower-case words that open a surname after a
// given name: "de la Cruz", "van der Berg", "bin Saleh", "dos Santos".
var surnameParticles = map[string]bool{
	"de": true, "la": true, "le": true, "du": true, "da": true, "das": true, "dos": true, "do": true, "di": true,
	"del": true, "della": true, "van": true, "von": true, "der": true, "den": true, "ter": true, "bin": true,
	"ibn": true, "al": true, "el": true,
}

// particlesEnd returns the index of the capitalised word that one to three
// surname particles from j lead to ("de la" + "Cruz"), or j when there is
// none.
func (d *doc) particlesEnd(j, limit int) int {
	k := j
	for k < limit && k < j+3 && d.words[k].xf&fLoopSet != 0 && surnameParticles[d.words[k].text] {
		k++
	}
	if k == j || k >= limit || !d.words[k].cap || !d.words[k].alpha || d.words[k].xf&fNonName != 0 {
		return j
	}
	return k
}
