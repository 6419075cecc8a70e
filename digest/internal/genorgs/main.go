// Command genorgs builds digest/data/orgs_public.tsv, a list of
// organisation names from two public, permissively licensed sources:
//
//   - WordNet 3.0 (Princeton University; WordNet 3.0 licence, a BSD-style
//     permission to use, copy, modify and distribute), as shipped by
//     Debian's wordnet-base package (1:3.0-37): every noun synset with a
//     capitalised lemma under organization.n.01 (agencies, parties,
//     armed forces, companies, teams, international bodies) or under a
//     chosen set of other social groups (terrorist organisations,
//     legislatures, courts, councils), less religions, denominations,
//     orders and other groups that are no organisation in news text.
//     Its other lemmas (acronyms, short forms) are aliases.
//   - @cspell/dict-companies 3.2.14 (Street Side Software, MIT licence):
//     a spelling list of words from company names. Only the words that
//     are proper names in their own right are kept: capitalised, at least
//     four letters, no English word (no WordNet lemma in any part of
//     speech, no word of digest/data/lower.txt), and no country, city,
//     demonym or given name of digest/data.
//
// Reproduce (from the repository root; the downloads go to /tmp, never
// into the repository):
//
//	cd /tmp && apt-get download wordnet-base && dpkg -x wordnet-base_*.deb wn
//	npm pack @cspell/dict-companies@3.2.14 && tar xzf cspell-dict-companies-3.2.14.tgz
//	go run ./digest/internal/genorgs -wordnet /tmp/wn/usr/share/wordnet \
//	    -companies /tmp/package/dict/companies.txt
//
// The output is deterministic (sorted). No evaluation data is read.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/attache-bot/attache/digest/internal/listfile"
)

func main() {
	wn := flag.String("wordnet", "/tmp/wn/usr/share/wordnet", "WordNet 3.0 dict directory (data.noun, index.*)")
	comp := flag.String("companies", "/tmp/package/dict/companies.txt", "@cspell/dict-companies word list")
	data := flag.String("data", "digest/data", "the engine's lexicon directory (read for filters, written)")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if err := run(*wn, *comp, *data); err != nil {
		log.Error("genorgs failed", "err", err)
		os.Exit(1)
	}
}

// synset is one WordNet noun synset.
type synset struct {
	words []string
	hyper []string // offsets of hypernyms and instance hypernyms
}

// Offsets (WordNet 3.0 data.noun) of the roots the list is drawn from.
const (
	organization = "08008335" // organization, organisation: a group of people who work together
	socialGroup  = "07950920" // social group
)

// otherGroups are the direct hypernyms of social groups outside
// organization.n.01 whose named members are organisations in news text.
var otherGroups = map[string]bool{
	"terrorist_organization": true, "council": true, "executive": true, "court": true,
	"house": true, "parliament": true, "legislature": true, "senate": true, "congress": true,
	"assembly": true, "organized_crime": true, "political_movement": true, "civil_service": true,
	"high_command": true, "federal_court": true, "criminal_court": true,
	"deliberative_assembly": true, "syndicate": true, "Jirga": true,
}

// notOrgs are the direct hypernyms under organization.n.01 whose named
// members are religions, orders, musical groups, states or units of
// measure-like groups rather than organisations.
var notOrgs = map[string]bool{
	"religion": true, "sect": true, "Protestant_denomination": true, "Buddhism": true,
	"Judaism": true, "Hinduism": true, "denomination": true, "Baptist_denomination": true,
	"Methodist_denomination": true, "Augustinian_order": true, "order": true, "cult": true,
	"youth_subculture": true, "intensive_care_unit": true, "academic_department": true,
	"Orthodox_Judaism": true, "duet": true, "trio": true, "rock_group": true, "blue": true,
	"grey": true, "Reich": true, "territorial": true, "host": true, "branch": true,
	"unit": true, "division": true, "Catholic_Church": true, "Anglican_Church": true,
	"Protestant_Church": true, "Orthodox_Church": true, "church": true, "state": true,
	"political_unit": true, "commonwealth": true, "federal_government": true, "market": true,
	"film_industry": true,
}

// nameWords may stand in lower case inside a name.
var nameWords = map[string]bool{"of": true, "and": true, "the": true, "for": true, "on": true, "in": true, "de": true, "al": true}

func run(wnDir, compPath, dataDir string) error {
	syn, err := readNouns(filepath.Join(wnDir, "data.noun"))
	if err != nil {
		return err
	}
	english := map[string]bool{} // lower-case lemmas of every part of speech
	proper := map[string]bool{}  // every lemma, as written, of every part of speech
	for _, pos := range []string{"verb", "adj", "adv"} {
		other, err := readNouns(filepath.Join(wnDir, "data."+pos))
		if err != nil {
			return err
		}
		addLower(other, english)
	}
	addLower(syn, english)
	for _, s := range syn {
		for _, w := range s.words {
			proper[strings.ReplaceAll(w, "_", " ")] = true
		}
	}
	block, err := blockedNames(dataDir)
	if err != nil {
		return err
	}
	lower, err := listfile.Lines(filepath.Join(dataDir, "lower.txt"))
	if err != nil {
		return err
	}
	for _, l := range lower {
		english[strings.ToLower(l)] = true
	}

	anc := map[string]map[string]bool{}
	var ancestors func(off string) map[string]bool
	ancestors = func(off string) map[string]bool {
		if a, ok := anc[off]; ok {
			return a
		}
		a := map[string]bool{}
		anc[off] = a
		for _, h := range syn[off].hyper {
			a[h] = true
			for x := range ancestors(h) {
				a[x] = true
			}
		}
		return a
	}
	type row struct{ name, aliases, source string }
	var rows []row
	seen := map[string]bool{}
	offs := make([]string, 0, len(syn))
	for off := range syn {
		offs = append(offs, off)
	}
	sort.Strings(offs)
	orgSet := map[string]bool{}
	for _, off := range offs {
		if a := ancestors(off); a[organization] || a[socialGroup] {
			orgSet[off] = true
		}
	}
	otherSense := map[string]bool{} // lemmas of synsets outside the social groups
	for off, s := range syn {
		if !orgSet[off] {
			for _, w := range s.words {
				otherSense[strings.ReplaceAll(w, "_", " ")] = true
			}
		}
	}
	wnOrgs := map[string]bool{}
	for _, off := range offs {
		s := syn[off]
		if off == socialGroup || len(s.hyper) == 0 {
			continue
		}
		a := ancestors(off)
		if !a[socialGroup] {
			continue
		}
		h := syn[s.hyper[0]].words[0]
		if a[organization] {
			if notOrgs[h] || underReligion(a, syn) {
				continue
			}
		} else if !otherGroups[h] {
			continue
		}
		var names []string
		for _, w := range s.words {
			n := strings.ReplaceAll(w, "_", " ")
			wnOrgs[n] = true
			if !strings.Contains(n, " ") && otherSense[n] {
				// "Lyons": a one-word name that also names a place or
				// person
				continue
			}
			if keepName(n, english, block) && !seen[n] {
				names = append(names, n)
			}
		}
		if len(names) == 0 {
			continue
		}
		for _, n := range names {
			seen[n] = true
		}
		rows = append(rows, row{names[0], strings.Join(names[1:], "|"), "wordnet:" + h})
	}
	comp, err := listfile.Lines(compPath)
	if err != nil {
		return err
	}
	for _, w := range comp {
		if !companyWord(w, english, block) || seen[w] || (proper[w] && !wnOrgs[w]) {
			continue
		}
		seen[w] = true
		rows = append(rows, row{w, "", "cspell-companies"})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].name < rows[j].name })
	var b strings.Builder
	b.WriteString("# organisation names from public lists (generated by digest/internal/genorgs; see NOTICE)\n")
	b.WriteString("# name\taliases\tsource\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "%s\t%s\t%s\n", r.name, r.aliases, r.source)
	}
	return os.WriteFile(filepath.Join(dataDir, "orgs_public.tsv"), []byte(b.String()), 0o644)
}

// underReligion reports whether the ancestors a hold a religion,
// denomination or religious order.
func underReligion(a map[string]bool, syn map[string]*synset) bool {
	for off := range a {
		switch syn[off].words[0] {
		case "religion", "denomination", "religious_order", "sect", "church":
			return true
		}
	}
	return false
}

// keepName reports whether the WordNet lemma n is specific enough to name
// an organisation on its own: a capitalised word that is no English word,
// an acronym of three letters or more, or several words, each capitalised
// or a particle, that are not a place, demonym or person of the engine's
// lexicons.
func keepName(n string, english, block map[string]bool) bool {
	if strings.ContainsAny(n, "()") || block[n] {
		return false
	}
	ws := strings.Fields(n)
	for _, w := range ws {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) && !nameWords[w] {
			return false
		}
	}
	if len(ws) > 1 {
		return true
	}
	if isAcronym(n) {
		return len(n) >= 3 && !english[strings.ToLower(n)]
	}
	return len(n) >= 4 && !englishOrPlural(n, english)
}

// englishOrPlural reports whether w, lower-cased, is an English word or the
// plural of one: "Marines", "Airways", "Holdings" name members or parts,
// not an organisation of their own.
func englishOrPlural(w string, english map[string]bool) bool {
	l := strings.ToLower(w)
	return english[l] || strings.HasSuffix(l, "s") && english[l[:len(l)-1]] || strings.HasSuffix(l, "ies") && english[l[:len(l)-3]+"y"]
}

// companyWord reports whether the spelling-list word w is a proper name in
// its own right: capitalised, mixed case, at least four letters, no
// English word or plural of one, no known place, demonym or given name,
// and no word of a place or person name learned from GMB train.
func companyWord(w string, english, block map[string]bool) bool {
	r := []rune(w)
	if len(r) < 4 || !unicode.IsUpper(r[0]) || isAcronym(w) || block[w] || englishOrPlural(w, english) {
		return false
	}
	for _, c := range r {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return true
}

func isAcronym(w string) bool {
	for _, c := range w {
		if unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// blockedNames collects the countries, aliases, demonyms, cities and given
// names of the engine's hand-written lexicons: a public list's name that
// is one of them is left out.
func blockedNames(dataDir string) (map[string]bool, error) {
	block := map[string]bool{}
	cs, err := listfile.Lines(filepath.Join(dataDir, "countries.tsv"))
	if err != nil {
		return nil, err
	}
	for _, l := range cs {
		for _, col := range strings.Split(l, "\t") {
			for _, n := range strings.Split(col, "|") {
				block[n] = true
			}
		}
	}
	ents, err := listfile.Lines(filepath.Join(dataDir, "gmb_ents.tsv"))
	if err != nil {
		return nil, err
	}
	for _, l := range ents {
		// words of the places and people GMB train names ("Kong" of
		// "Hong Kong"), for the one-word company names
		name, tag, _ := strings.Cut(l, "\t")
		if tag == "geo" || tag == "per" || tag == "gpe" {
			for _, w := range strings.Fields(name) {
				block[w] = true
			}
		}
	}
	for _, f := range []string{"firstnames.txt", "gmb_first.txt"} {
		ls, err := listfile.Lines(filepath.Join(dataDir, f))
		if err != nil {
			return nil, err
		}
		for _, l := range ls {
			for _, n := range strings.Fields(l) {
				block[n] = true
			}
		}
	}
	return block, nil
}

// readNouns parses a WordNet data file (data.noun, data.verb, ...): offset, lemmas and hypernym
// pointers ("@" and "@i") of every synset.
func readNouns(path string) (map[string]*synset, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("genorgs: %w", err)
	}
	defer f.Close()
	out := map[string]*synset{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "  ") {
			continue // licence header
		}
		if i := strings.Index(l, " | "); i >= 0 {
			l = l[:i]
		}
		f := strings.Fields(l)
		if len(f) < 5 {
			continue
		}
		var nw int
		if _, err := fmt.Sscanf(f[3], "%x", &nw); err != nil {
			return nil, fmt.Errorf("genorgs: data.noun %s: %w", f[0], err)
		}
		s := &synset{}
		for k := 0; k < nw; k++ {
			s.words = append(s.words, f[4+2*k])
		}
		i := 4 + 2*nw
		var np int
		if _, err := fmt.Sscanf(f[i], "%d", &np); err != nil {
			return nil, fmt.Errorf("genorgs: data.noun %s: %w", f[0], err)
		}
		i++
		for k := 0; k < np && i+3 < len(f); k++ {
			if (f[i] == "@" || f[i] == "@i") && f[i+2] == "n" {
				s.hyper = append(s.hyper, f[i+1])
			}
			i += 4
		}
		out[f[0]] = s
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("genorgs: read data.noun: %w", err)
	}
	return out, nil
}

// addLower adds to set the lemmas of syn written in lower case: the
// English words (WordNet keeps the case of proper names).
func addLower(syn map[string]*synset, set map[string]bool) {
	for _, s := range syn {
		for _, w := range s.words {
			if i := strings.IndexByte(w, '('); i > 0 {
				w = w[:i] // adjective markers: "galore(ip)"
			}
			if strings.ToLower(w) == w {
				set[strings.ReplaceAll(w, "_", " ")] = true
			}
		}
	}
}
