// Package story turns digested articles into stories: it de-duplicates
// articles (canonical URL, GUID, near-identical text), decides whether an
// article is diplomatic news, groups articles about the same event from
// different outlets into one story, and merges their facts, recording what
// each update added.
//
// The pure parts (SimHash, Relevance, Similarity, Merge) take all their
// inputs as arguments; Digester runs them against the store on a schedule.
package story

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"hash/fnv"
	"math/bits"
	"slices"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/store"
)

// SimHash returns a 64-bit SimHash fingerprint of s over word 3-shingles of
// its folded words. Near-identical texts differ in few bits (see Hamming).
func SimHash(s string) uint64 {
	words := foldWords(s)
	var v [64]int
	add := func(h uint64) {
		for i := range 64 {
			if h&(1<<uint(i)) != 0 {
				v[i]++
			} else {
				v[i]--
			}
		}
	}
	if len(words) < 3 {
		for _, w := range words {
			add(hash64(w))
		}
	}
	for i := 0; i+3 <= len(words); i++ {
		add(hash64(words[i] + " " + words[i+1] + " " + words[i+2]))
	}
	var out uint64
	for i := range 64 {
		if v[i] > 0 {
			out |= 1 << uint(i)
		}
	}
	return out
}

// Hamming returns the number of differing bits of two fingerprints.
func Hamming(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// NearDuplicateBits is the largest Hamming distance at which two SimHash
// fingerprints count as the same text.
const NearDuplicateBits = 3

// NearDuplicate reports whether two fingerprints are of near-identical texts.
// A zero fingerprint (empty text) is never a duplicate.
func NearDuplicate(a, b uint64) bool {
	return a != 0 && b != 0 && Hamming(a, b) <= NearDuplicateBits
}

func hash64(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// Fold lower-cases s and strips accents ("Zelenskyy" stays, "Élysée" ->
// "elysee").
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// foldWords splits s into folded words of letters and digits.
func foldWords(s string) []string {
	return strings.FieldsFunc(Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// NameKey returns a key under which transliteration variants of a person's
// name coincide: "Zelensky", "Zelenskyy", "Zelenskiy" and "Zelenskyi" share
// one, as do "Sergei Lavrov" and "Sergey Lavrov". Only the surname (last
// word) is kept, so "Lavrov" matches "Sergey Lavrov".
func NameKey(name string) string {
	words := foldWords(name)
	if len(words) == 0 {
		return ""
	}
	w := words[len(words)-1]
	for _, suf := range []string{"yy", "iy", "yi", "ii", "ij", "y", "i"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			w = strings.TrimSuffix(w, suf) + "i"
			break
		}
	}
	w = strings.ReplaceAll(w, "kh", "h")
	w = strings.ReplaceAll(w, "ff", "f")
	return w
}

// diplomaticWords signal diplomatic news; each distinct one found adds to
// the relevance score.
var diplomaticWords = map[string]bool{
	"talks": true, "summit": true, "meeting": true, "meet": true, "met": true, "meets": true,
	"negotiations": true, "negotiate": true, "negotiators": true, "diplomatic": true, "diplomacy": true,
	"diplomat": true, "diplomats": true, "envoy": true, "envoys": true, "ambassador": true, "embassy": true,
	"minister": true, "ministers": true, "ministry": true, "foreign": true, "bilateral": true,
	"multilateral": true, "sanctions": true, "sanction": true, "treaty": true, "accord": true,
	"agreement": true, "ceasefire": true, "truce": true, "peace": true, "delegation": true,
	"delegations": true, "visit": true, "visits": true, "mediator": true, "mediate": true,
	"mediation": true, "communique": true, "statement": true, "alliance": true, "nato": true,
	"un": true, "eu": true, "president": true, "premier": true, "chancellor": true, "secretary": true,
	"security": true, "council": true, "resolution": true, "relations": true, "tariffs": true,
	"hostages": true, "prisoner": true, "exchange": true, "host": true, "hosts": true, "hosted": true,
}

// Relevance scores how diplomatic an article is, from 0 to 1, from the
// digest's signals: diplomatic vocabulary, people with official roles, the
// number of countries involved, a venue, and the engine's own score.
func Relevance(title, body string, r digest.Result) float64 {
	seen := map[string]bool{}
	text := title + " " + body
	if len(text) > 20000 {
		text = text[:20000]
	}
	for _, w := range foldWords(text) {
		if diplomaticWords[w] {
			seen[w] = true
		}
	}
	vocab := min(float64(len(seen))/8, 1)
	roles := 0
	for _, p := range r.People {
		if p.Role != "" {
			roles++
		}
	}
	roleScore := min(float64(roles)/3, 1)
	countries := map[string]bool{}
	for _, c := range r.Countries {
		countries[c] = true
	}
	for _, p := range r.People {
		if p.Affiliation != "" {
			countries[p.Affiliation] = true
		}
	}
	countryScore := 0.0
	switch {
	case len(countries) >= 2:
		countryScore = 1
	case len(countries) == 1:
		countryScore = 0.4
	}
	venue := 0.0
	if r.Venue != nil {
		venue = 1
	}
	score := 0.35*vocab + 0.25*roleScore + 0.25*countryScore + 0.05*venue + 0.10*r.Relevance
	return min(max(score, 0), 1)
}

// Features are what clustering compares between an article and a story.
type Features struct {
	People    map[string]bool // NameKey of each person
	Places    map[string]bool // folded place names, venue included
	Countries map[string]bool // folded country names
	Dates     map[string]bool // resolved date values (YYYY-MM-DD...)
	Terms     map[string]bool // folded title words of four letters or more
	Venue     string          // folded venue name, empty when unknown
	Published time.Time
}

// FeaturesOf returns the clustering features of a title and its facts.
func FeaturesOf(title string, r digest.Result, published time.Time) Features {
	f := Features{
		People: map[string]bool{}, Places: map[string]bool{}, Countries: map[string]bool{},
		Dates: map[string]bool{}, Terms: map[string]bool{}, Published: published,
	}
	for _, p := range r.People {
		if k := NameKey(p.Name); k != "" {
			f.People[k] = true
		}
	}
	for _, p := range r.Places {
		f.Places[Fold(p.Name)] = true
	}
	if r.Venue != nil {
		f.Venue = Fold(r.Venue.Name)
		f.Places[f.Venue] = true
	}
	for _, c := range r.Countries {
		f.Countries[Fold(c)] = true
	}
	for _, d := range r.Dates {
		if digest.DayValue(d.Value) {
			f.Dates[d.Value[:10]] = true
		}
	}
	for _, w := range foldWords(title) {
		if len(w) >= 4 && !stopTitle[w] {
			f.Terms[w] = true
		}
	}
	return f
}

var stopTitle = map[string]bool{
	"with": true, "from": true, "that": true, "this": true, "over": true, "after": true, "amid": true,
	"into": true, "will": true, "says": true, "said": true, "their": true, "they": true, "have": true,
	"were": true, "what": true, "when": true, "where": true, "about": true, "than": true,
}

func jaccard(a, b map[string]bool) (float64, bool) {
	if len(a) == 0 || len(b) == 0 {
		return 0, false
	}
	inter := 0
	for k := range a {
		if b[k] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter), true
}

func overlap(a, b map[string]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

// Similarity scores how likely two feature sets describe the same event,
// from 0 to 1. Shared people weigh most, then places and dates, then title
// terms and countries. Conflicting resolved dates (both sides have dates
// and none is shared), no shared place and different venues pull the score down, so a later
// meeting of the same people is kept apart.
func Similarity(a, b Features) float64 {
	type part struct {
		w   float64
		a   map[string]bool
		b   map[string]bool
		use bool
	}
	score, weight := 0.0, 0.0
	for _, p := range []part{
		{0.35, a.People, b.People, true},
		{0.20, a.Places, b.Places, true},
		{0.15, a.Dates, b.Dates, true},
		{0.20, a.Terms, b.Terms, true},
		{0.10, a.Countries, b.Countries, true},
	} {
		j, ok := jaccard(p.a, p.b)
		if !ok {
			continue
		}
		// Containment matters more than size: a short report shares all its
		// few people with a long one.
		if n, o := min(len(p.a), len(p.b)), overlap(p.a, p.b); n > 0 && o >= 2 {
			j = max(j, 0.8*float64(o)/float64(n))
		}
		score += p.w * j
		weight += p.w
	}
	if weight == 0 {
		return 0
	}
	s := score / weight
	if len(a.Dates) > 0 && len(b.Dates) > 0 && overlap(a.Dates, b.Dates) == 0 {
		s *= 0.6
	}
	if len(a.Places) > 0 && len(b.Places) > 0 && overlap(a.Places, b.Places) == 0 {
		s *= 0.7
	}
	if a.Venue != "" && b.Venue != "" && a.Venue != b.Venue {
		s *= 0.8
	}
	return s
}

// ClusterThreshold is the Similarity at or above which an article joins a story.
const ClusterThreshold = 0.40

// Best returns the index of the story among candidates that the article
// features f belong to, or -1. Stories last seen outside window of the
// article's publication are not considered.
func Best(f Features, candidates []Features, window time.Duration) (int, float64) {
	best, bestScore := -1, 0.0
	for i, c := range candidates {
		if !f.Published.IsZero() && !c.Published.IsZero() {
			d := f.Published.Sub(c.Published)
			if d < 0 {
				d = -d
			}
			if d > window {
				continue
			}
		}
		if s := Similarity(f, c); s >= ClusterThreshold && s > bestScore {
			best, bestScore = i, s
		}
	}
	return best, bestScore
}

// EngineStamp identifies what x makes: a short hash of its digests (as
// JSON) of the probe articles. Two engines that digest every probe alike
// share a stamp; a change of rules or models that shows on any probe
// changes it, so stored stories are digested again after an upgrade (see
// Options.Engine). It returns "" when there are no probes.
func EngineStamp(x Extractor, probes []digest.Article) string {
	if len(probes) == 0 {
		return ""
	}
	h := sha256.New()
	enc := json.NewEncoder(h)
	for _, p := range probes {
		// (a Result marshals without error: plain strings, numbers and slices)
		_ = enc.Encode(x.Extract(p))
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// New starts a story from its first article.
func New(a store.Article, outlet string, now time.Time) store.Story {
	s := store.Story{
		ID:        store.NewID(),
		Title:     a.Title,
		Published: a.Published,
		FirstSeen: now,
		LastSeen:  now,
	}
	if a.Result != nil {
		s.Facts = *a.Result
		s.Facts.ID = s.ID
		s.Facts.Mentions = nil // offsets belong to one article's body
		tagOutlet(&s.Facts, outlet)
	}
	addArticle(&s, a, outlet)
	return s
}

func addArticle(s *store.Story, a store.Article, outlet string) {
	if !slices.Contains(s.ArticleIDs, a.ID) {
		s.ArticleIDs = append(s.ArticleIDs, a.ID)
	}
	if u := firstNonEmpty(a.CanonicalURL, a.URL); u != "" && !slices.Contains(s.URLs, u) {
		s.URLs = append(s.URLs, u)
	}
	if outlet != "" && !slices.Contains(s.Outlets, outlet) {
		s.Outlets = append(s.Outlets, outlet)
	}
	if s.Published.IsZero() || (!a.Published.IsZero() && a.Published.Before(s.Published)) {
		s.Published = a.Published
	}
}

func tagOutlet(r *digest.Result, outlet string) {
	if outlet == "" {
		return
	}
	for i := range r.People {
		r.People[i].Outlets = appendUnique(r.People[i].Outlets, outlet)
	}
	for i := range r.Dates {
		r.Dates[i].Outlets = appendUnique(r.Dates[i].Outlets, outlet)
	}
	for i := range r.Reactions {
		r.Reactions[i].Outlets = appendUnique(r.Reactions[i].Outlets, outlet)
	}
}

// Merge adds an article to a story: its URL and outlet, and every fact the
// story did not have yet (people by NameKey, places, countries, mediators,
// excluded, dates by value, reactions by actor and quote, agenda items).
// Facts the story already had gain the outlet. It returns what was new, in
// words ("new: Saudi Arabia to mediate"), and updates LastSeen.
func Merge(s *store.Story, a store.Article, outlet string, now time.Time) []string {
	addArticle(s, a, outlet)
	s.LastSeen = now
	if a.Result == nil {
		return nil
	}
	r := a.Result
	f := &s.Facts
	var changes []string

	people := map[string]int{}
	for i, p := range f.People {
		people[NameKey(p.Name)] = i
	}
	for _, p := range r.People {
		k := NameKey(p.Name)
		if i, ok := people[k]; ok {
			q := &f.People[i]
			if outlet != "" {
				q.Outlets = appendUnique(q.Outlets, outlet)
			}
			if q.Role == "" && p.Role != "" {
				q.Role = p.Role
			}
			if q.Affiliation == "" && p.Affiliation != "" {
				q.Affiliation = p.Affiliation
			}
			if len(p.Name) > len(q.Name) && strings.Contains(p.Name, " ") {
				q.Aliases = appendUnique(q.Aliases, q.Name)
				q.Name = p.Name
			}
			for _, al := range p.Aliases {
				if al != q.Name {
					q.Aliases = appendUnique(q.Aliases, al)
				}
			}
			if p.Participant && !q.Participant {
				q.Participant = true
				changes = append(changes, "new participant: "+describePerson(*q))
			}
			continue
		}
		p.Outlets = outletList(outlet)
		f.People = append(f.People, p)
		people[k] = len(f.People) - 1
		if p.Participant {
			changes = append(changes, "new participant: "+describePerson(p))
		}
	}
	for _, p := range r.Places {
		if !slices.ContainsFunc(f.Places, func(q digest.Place) bool { return Fold(q.Name) == Fold(p.Name) }) {
			f.Places = append(f.Places, p)
		}
	}
	if f.Venue == nil && r.Venue != nil {
		v := *r.Venue
		f.Venue = &v
		changes = append(changes, "venue: "+placeString(v))
	}
	for _, c := range r.Countries {
		if !containsFold(f.Countries, c) {
			f.Countries = append(f.Countries, c)
			changes = append(changes, "new party: "+c)
		}
	}
	for _, c := range r.Mediators {
		if !containsFold(f.Mediators, c) {
			f.Mediators = append(f.Mediators, c)
			changes = append(changes, "new: "+c+" to mediate")
		}
	}
	for _, c := range r.Excluded {
		if !containsFold(f.Excluded, c) {
			f.Excluded = append(f.Excluded, c)
			changes = append(changes, "excluded: "+c)
		}
	}
	for _, d := range r.Dates {
		i := slices.IndexFunc(f.Dates, func(q digest.Date) bool {
			return d.Value != "" && q.Value == d.Value && (q.Event == d.Event || q.Event == "" || d.Event == "")
		})
		if i >= 0 {
			f.Dates[i].Outlets = appendUnique(f.Dates[i].Outlets, outlet)
			if f.Dates[i].Event == "" {
				f.Dates[i].Event = d.Event
			}
			continue
		}
		if d.Value == "" {
			continue
		}
		d.Start, d.End = 0, 0
		d.Outlets = outletList(outlet)
		f.Dates = append(f.Dates, d)
		if d.Event != "" && digest.DayValue(d.Value) {
			changes = append(changes, "date: "+d.Event+" on "+d.Value[:10])
		}
	}
	for _, re := range r.Reactions {
		i := slices.IndexFunc(f.Reactions, func(q digest.Reaction) bool {
			return NameKey(q.Actor) == NameKey(re.Actor) && (q.Quote == re.Quote || q.Quote == "" || re.Quote == "")
		})
		if i >= 0 {
			f.Reactions[i].Outlets = appendUnique(f.Reactions[i].Outlets, outlet)
			if f.Reactions[i].Quote == "" && re.Quote != "" {
				f.Reactions[i].Quote = re.Quote
			}
			continue
		}
		re.Start, re.End, re.Sentence = 0, 0, -1
		re.Outlets = outletList(outlet)
		f.Reactions = append(f.Reactions, re)
		changes = append(changes, "reaction: "+re.Actor+" ("+re.Stance+")")
	}
	for _, ag := range r.Agenda {
		if !containsFold(f.Agenda, ag) {
			f.Agenda = append(f.Agenda, ag)
			changes = append(changes, "agenda: "+ag)
		}
	}
	s.Relevance = max(s.Relevance, r.Relevance)
	if len(changes) > 0 {
		for _, c := range changes {
			s.Changes = append(s.Changes, store.Change{At: now, Text: c})
		}
		if len(s.Changes) > 50 {
			s.Changes = s.Changes[len(s.Changes)-50:]
		}
	}
	return changes
}

func describePerson(p digest.Person) string {
	out := p.Name
	var extra []string
	if p.Role != "" {
		extra = append(extra, p.Role)
	}
	if p.Affiliation != "" {
		extra = append(extra, p.Affiliation)
	}
	if len(extra) > 0 {
		out += " (" + strings.Join(extra, ", ") + ")"
	}
	return out
}

func placeString(p digest.Place) string {
	if p.Country != "" && p.Country != p.Name {
		return p.Name + ", " + p.Country
	}
	return p.Name
}

func containsFold(list []string, s string) bool {
	fs := Fold(s)
	return slices.ContainsFunc(list, func(x string) bool { return Fold(x) == fs })
}

func appendUnique(list []string, s string) []string {
	if s == "" || slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

func outletList(outlet string) []string {
	if outlet == "" {
		return nil
	}
	return []string{outlet}
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
