package alerts

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/attache-bot/attache/internal/sharedtest"
)

// Benchmark workload: 100,000 users with 5 alerts each, generated from the
// vocabulary of diplomatic news with a skewed (Zipf) popularity, so that a
// few names and countries are very common and most are rare, as in real
// subscriptions. Templates cover bare names, full-name phrases, fields,
// conjunctions with topics, alternatives and exclusions.

const (
	benchUsers         = 100_000
	benchAlertsPerUser = 5
)

var benchPeople = strings.Split("Vladimir Putin|Donald Trump|Volodymyr Zelenskyy|Sergey Lavrov|Marco Rubio|"+
	"Xi Jinping|Wang Yi|Emmanuel Macron|Keir Starmer|Olaf Scholz|Friedrich Merz|Recep Tayyip Erdogan|"+
	"Benjamin Netanyahu|Mohammed bin Salman|Ali Khamenei|Masoud Pezeshkian|Abbas Araghchi|Narendra Modi|"+
	"Antonio Guterres|Ursula von der Leyen|Kaja Kallas|Mark Rutte|Yuri Ushakov|Dmitry Peskov|Steve Witkoff|"+
	"Keith Kellogg|Mike Waltz|Pete Hegseth|JD Vance|Antony Blinken|Andrii Sybiha|Andriy Yermak|"+
	"Giorgia Meloni|Pedro Sanchez|Viktor Orban|Robert Fico|Andrzej Duda|Donald Tusk|Kim Jong Un|"+
	"Fumio Ishiba|Yoon Suk Yeol|Lee Jae-myung|Anwar Ibrahim|Prabowo Subianto|Luiz Inacio Lula da Silva|"+
	"Javier Milei|Claudia Sheinbaum|Cyril Ramaphosa|Bola Tinubu|Abiy Ahmed|William Ruto|Paul Kagame|"+
	"Felix Tshisekedi|Abdel Fattah el-Sisi|King Abdullah|Mahmoud Abbas|Ismail Haniyeh|Hassan Nasrallah|"+
	"Bashar al-Assad|Ahmed al-Sharaa|Mohammed Shia al-Sudani|Shehbaz Sharif|Ashraf Ghani|Alexander Lukashenko|"+
	"Sviatlana Tsikhanouskaya|Maia Sandu|Nikol Pashinyan|Ilham Aliyev|Kassym-Jomart Tokayev|Shavkat Mirziyoyev|"+
	"Alexei Navalny|Yulia Navalnaya|Sergei Shoigu|Andrei Belousov|Valery Gerasimov|Maria Zakharova|"+
	"Dmitry Medvedev|Vasily Nebenzya|Rafael Grossi|Tedros Adhanom|Ajay Banga|Kristalina Georgieva", "|")

var benchFirst = strings.Split("Ahmed|Maria|John|Olena|Pierre|Hans|Yuki|Chen|Fatima|Carlos|Ana|Ivan|Aisha|"+
	"Lars|Sofia|Mehmet|Priya|Omar|Elena|Tomas|Nadia|Kofi|Ingrid|Rafael|Leila|Jakub|Mei|Samir|Katarzyna|Diego", "|")

var benchLast = strings.Split("Kovalenko|Dubois|Schmidt|Tanaka|Wang|Haddad|Garcia|Silva|Petrov|Khan|"+
	"Nielsen|Rossi|Yilmaz|Sharma|Mansour|Ivanova|Novak|Mensah|Larsen|Costa|Rahman|Kowalski|Li|Aziz|"+
	"Nowak|Fernandez|Okafor|Horvat|Lindqvist|Moreau|Bakr|Hakimi|Sato|Park|Nguyen|Ortiz|Weber|Popescu|Demir|Ali", "|")

var benchCountries = strings.Split("Ukraine|Russia|United States|China|Israel|Iran|Saudi Arabia|Turkey|"+
	"France|Germany|United Kingdom|India|Pakistan|North Korea|South Korea|Japan|Syria|Lebanon|Qatar|Egypt|"+
	"Jordan|Iraq|Yemen|Afghanistan|Venezuela|Brazil|Mexico|Canada|Poland|Hungary|Belarus|Moldova|Georgia|"+
	"Armenia|Azerbaijan|Kazakhstan|Serbia|Kosovo|Bosnia and Herzegovina|Italy|Spain|Greece|Cyprus|"+
	"Libya|Sudan|South Sudan|Ethiopia|Somalia|Kenya|Nigeria|Niger|Mali|Burkina Faso|Chad|"+
	"Democratic Republic of the Congo|Rwanda|South Africa|Algeria|Morocco|Tunisia|Taiwan|Philippines|"+
	"Vietnam|Indonesia|Malaysia|Myanmar|Thailand|Bangladesh|Sri Lanka|Nepal|Australia|New Zealand|Cuba|"+
	"Colombia|Argentina|Chile|Peru|Bolivia|Ecuador|Haiti|Nicaragua|Panama|Norway|Sweden|Finland|Denmark|"+
	"Estonia|Latvia|Lithuania|Romania|Bulgaria|Slovakia|Czech Republic|Austria|Switzerland|Belgium|"+
	"Netherlands|Ireland|Portugal|Oman|United Arab Emirates|Kuwait|Bahrain|Palestine|Tajikistan|"+
	"Uzbekistan|Kyrgyzstan|Turkmenistan|Mongolia|Singapore|Cambodia|Laos|Eritrea|Djibouti|Uganda|Tanzania", "|")

var benchPlaces = strings.Split("Kyiv|Moscow|Washington|Beijing|Jerusalem|Gaza|Tehran|Riyadh|Jeddah|Ankara|"+
	"Istanbul|Paris|Berlin|London|Brussels|Geneva|Vienna|New York|Doha|Cairo|Amman|Baghdad|Damascus|Beirut|"+
	"Kharkiv|Odesa|Donetsk|Luhansk|Crimea|Zaporizhzhia|Kherson|Mariupol|Minsk|Chisinau|Tbilisi|Yerevan|Baku|"+
	"Astana|Tokyo|Seoul|Pyongyang|Taipei|Manila|Hanoi|Jakarta|Kuala Lumpur|New Delhi|Islamabad|Kabul|"+
	"Caracas|Havana|Brasilia|Buenos Aires|Mexico City|Ottawa|Warsaw|Budapest|Belgrade|Pristina|Rome|"+
	"Madrid|Athens|Nicosia|Tripoli|Khartoum|Addis Ababa|Mogadishu|Nairobi|Abuja|Niamey|Bamako|Kinshasa|"+
	"Kigali|Pretoria|Algiers|Rabat|Tunis|Muscat|Abu Dhabi|Dubai|Sharm el-Sheikh|Camp David|Davos|Munich|"+
	"Istanbul|Alaska|Anchorage|Helsinki|Stockholm|Oslo|Copenhagen|Vilnius|Riga|Tallinn|Bucharest|Sofia|"+
	"Bratislava|Prague|Bern|The Hague|Dublin|Lisbon|Sochi|St Petersburg|Kursk|Belgorod|Rafah|Khan Younis", "|")

var benchOrgs = strings.Split("NATO|European Union|United Nations|Security Council|G7|G20|BRICS|OPEC|IAEA|"+
	"World Bank|IMF|WHO|African Union|ASEAN|Arab League|OSCE|Council of Europe|European Commission|"+
	"Kremlin|White House|Pentagon|Hamas|Hezbollah|Houthis|Taliban|Wagner|ICC|ICJ|WTO|Gulf Cooperation Council|"+
	"Shanghai Cooperation Organisation|Quad|AUKUS|European Parliament|State Department|Foreign Office", "|")

var benchTopics = strings.Split("ceasefire|peace talks|sanctions|summit|nuclear deal|negotiations|"+
	"prisoner exchange|security guarantees|peace deal|truce|hostages|humanitarian aid|arms deal|"+
	"trade deal|tariffs|embargo|referendum|election|coup|mediation|treaty|troop withdrawal|"+
	"air strikes|drone attack|missile|grain deal|gas pipeline|oil prices|refugees|annexation|"+
	"state visit|phone call|joint statement|recognition|accession|membership|veto|resolution|"+
	"peacekeepers|border clash|blockade|espionage|expelled diplomats|ambassador|embassy|"+
	"foreign minister|defence minister|envoy|talks|agreement|visit|meeting|conference|deal", "|")

// zipfPicker picks list entries with a Zipf-distributed rank (the lists are
// ordered most newsworthy first), or uniformly when z is nil.
type zipfPicker struct {
	list []string
	r    *rand.Rand
	z    *rand.Zipf
}

func newZipfPicker(r *rand.Rand, list []string, skewed bool) zipfPicker {
	p := zipfPicker{list: list, r: r}
	if skewed {
		p.z = rand.NewZipf(r, 1.2, 3, uint64(len(list)-1))
	}
	return p
}

func (p zipfPicker) pick() string {
	if p.z == nil {
		return p.list[p.r.IntN(len(p.list))]
	}
	return p.list[p.z.Uint64()]
}

type benchGen struct {
	r                                    *rand.Rand
	people, countries, places, orgs, top zipfPicker
}

// newBenchGen returns a generator. Skewed popularity puts the names of the
// seed story at the head of a Zipf distribution, the worst case for it:
// about a quarter of all alerts match. Uniform popularity spreads interest
// evenly over the vocabulary (1,285 people, 113 countries, ...).
func newBenchGen(seed uint64, skewed bool) *benchGen {
	r := rand.New(rand.NewPCG(seed, 42))
	people := append([]string(nil), benchPeople...)
	// A long tail of less known officials: 30 x 40 = 1,200 synthetic names.
	for _, f := range benchFirst {
		for _, l := range benchLast {
			people = append(people, f+" "+l)
		}
	}
	return &benchGen{r: r, people: newZipfPicker(r, people, skewed), countries: newZipfPicker(r, benchCountries, skewed),
		places: newZipfPicker(r, benchPlaces, skewed), orgs: newZipfPicker(r, benchOrgs, skewed), top: newZipfPicker(r, benchTopics, skewed)}
}

func quoted(s string) string {
	if strings.ContainsAny(s, " ") {
		return `"` + s + `"`
	}
	return s
}

func surname(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

// expr returns one realistic alert expression.
func (g *benchGen) expr() string {
	p, c, pl, o, t := g.people.pick, g.countries.pick, g.places.pick, g.orgs.pick, g.top.pick
	switch g.r.IntN(20) {
	case 0, 1, 2:
		return surname(p())
	case 3:
		return quoted(p())
	case 4:
		return "person:" + quoted(p())
	case 5, 6:
		return quoted(c())
	case 7:
		return "country:" + quoted(c())
	case 8:
		return "place:" + quoted(pl())
	case 9:
		return quoted(o()) + " " + quoted(t())
	case 10, 11:
		return surname(p()) + " " + quoted(t())
	case 12:
		return quoted(c()) + " " + quoted(t())
	case 13:
		return "(" + surname(p()) + " OR " + surname(p()) + ") " + quoted(t())
	case 14:
		return quoted(c()) + " -" + quoted(c())
	case 15:
		return surname(p()) + " NOT excluded:" + quoted(c())
	case 16:
		return "country:" + quoted(c()) + " country:" + quoted(c()) + " " + quoted(t())
	case 17:
		return quoted(t()) + " (place:" + quoted(pl()) + " OR country:" + quoted(c()) + ")"
	case 18:
		return "title:" + quoted(t()) + " " + quoted(c())
	default:
		return quoted(p()) + " OR " + quoted(p()) + " -" + quoted(t())
	}
}

type benchAlert struct {
	id, user string
	e        *Expr
}

// genBenchAlerts returns the parsed workload of 100,000 users x 5 alerts.
func genBenchAlerts(skewed bool) ([]benchAlert, error) {
	g := newBenchGen(1, skewed)
	out := make([]benchAlert, 0, benchUsers*benchAlertsPerUser)
	for u := 0; u < benchUsers; u++ {
		user := fmt.Sprintf("%018d", 300000000000000000+u) // snowflake-like
		for a := 0; a < benchAlertsPerUser; a++ {
			s := g.expr()
			e, err := Parse(s)
			if err != nil {
				return nil, fmt.Errorf("generated %q: %w", s, err)
			}
			out = append(out, benchAlert{id: fmt.Sprintf("%s-%d", user, a), user: user, e: e})
		}
	}
	return out, nil
}

func buildBenchIndex(tb testing.TB, alerts []benchAlert) *Index {
	ix := NewIndex()
	for _, a := range alerts {
		if err := ix.Add(a.id, a.user, a.e); err != nil {
			tb.Fatal(err)
		}
	}
	return ix
}

// quietStory is a 5 KB story on a subject hardly anyone follows.
var quietStory = Doc{StoryID: "quiet", Title: "Tuvalu and Kiribati sign fisheries accord",
	Text:   strings.Repeat("The two Pacific island states agreed on a joint fisheries zone after years of negotiation, officials in Funafuti said on Monday. ", 40),
	People: []string{"Feleti Teo"}, Countries: []string{"Tuvalu", "Kiribati"}, Places: []string{"Funafuti"}}

// seedStory returns the ~5.5 KB seed article as a Doc with its gold facts.
func seedStory(tb testing.TB) Doc {
	root, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(root)
		if parent == root {
			tb.Fatal("go.mod not found")
		}
		root = parent
	}
	text, err := os.ReadFile(filepath.Join(root, "..", "shared", "fixtures", "seed", "article.txt"))
	if err != nil {
		tb.Skipf("shared fixtures absent (../shared/fixtures/seed/article.txt): %v", err)
	}
	return Doc{
		StoryID:   "seed-riyadh-talks",
		Title:     "Trump Officials to Meet Russian Diplomats on Ukraine Peace Deal",
		Text:      string(text),
		People:    []string{"Marco Rubio", "Mike Waltz", "Steve Witkoff", "Sergey Lavrov", "Yuri Ushakov", "Donald Trump", "Vladimir Putin", "Volodymyr Zelenskyy", "Dmitry Peskov", "Keith Kellogg", "Pete Hegseth"},
		Countries: []string{"United States", "Russia", "Ukraine", "Saudi Arabia", "Turkey", "France", "United Kingdom"},
		Places:    []string{"Riyadh", "Kyiv", "Washington", "Moscow"},
		Orgs:      []string{"Kremlin", "European Union", "NATO"},
		Excluded:  []string{"Ukraine"},
	}
}

// BenchmarkMatch matches stories against 500,000 alerts, for both
// popularity models: the seed story (~5.5 KB, the hottest subject of the
// workload) and a quiet story. hits is the number of alerts matched, evals
// the programs evaluated and entries the posting entries read. The index is
// built by BuildIndex, as the dispatcher builds it at startup.
func BenchmarkMatch(b *testing.B) {
	seed := seedStory(b)
	for _, w := range []struct {
		name   string
		skewed bool
	}{{"uniform", false}, {"skewed", true}} {
		ix, bad := BuildIndex(benchSources(w.skewed))
		if len(bad) > 0 {
			b.Fatal(bad[0])
		}
		runtime.GC()
		for _, st := range []struct {
			name string
			doc  Doc
		}{{"seed", seed}, {"quiet", quietStory}} {
			hits := len(ix.Match(st.doc))
			b.Run(w.name+"/"+st.name, func(b *testing.B) {
				// Finish any GC cycle the previous run started, so that its
				// write barriers are not charged to this one.
				runtime.GC()
				b.ReportAllocs()
				runtime.LockOSThread()
				defer runtime.UnlockOSThread()
				cpu := sharedtest.ThreadCPUTime()
				n := 0
				for b.Loop() {
					ix.Match(st.doc)
					n++
				}
				sharedtest.ReportCPU(b, sharedtest.ThreadCPUTime()-cpu, n)
				b.ReportMetric(float64(hits), "hits")
				evals, entries := ix.candidates(st.doc)
				b.ReportMetric(float64(evals), "evals")
				b.ReportMetric(float64(entries), "entries")
			})
			// MatchAppend into a reused buffer: no allocation, so no GC
			// cycles over the 500,000-alert heap are charged to matching.
			b.Run(w.name+"/"+st.name+"/reuse", func(b *testing.B) {
				buf := ix.MatchAppend(nil, st.doc)
				runtime.GC()
				runtime.LockOSThread()
				defer runtime.UnlockOSThread()
				cpu := sharedtest.ThreadCPUTime()
				n := 0
				b.ReportAllocs()
				for b.Loop() {
					buf = ix.MatchAppend(buf[:0], st.doc)
					n++
				}
				sharedtest.ReportCPU(b, sharedtest.ThreadCPUTime()-cpu, n)
			})
			// MatchRules into a reused buffer: which alerts match, as views
			// of the index's hit blocks, without copying a Hit. The count
			// is summed so that every ref is read.
			b.Run(w.name+"/"+st.name+"/rules", func(b *testing.B) {
				refs := ix.MatchRules(nil, st.doc)
				want := 0
				for _, r := range refs {
					want += r.Len()
				}
				if want != hits {
					b.Fatalf("MatchRules: %d hits, Match %d", want, hits)
				}
				runtime.GC()
				runtime.LockOSThread()
				defer runtime.UnlockOSThread()
				cpu := sharedtest.ThreadCPUTime()
				n := 0
				b.ReportAllocs()
				for b.Loop() {
					refs = ix.MatchRules(refs[:0], st.doc)
					got := 0
					for _, r := range refs {
						got += r.Len()
					}
					if got != hits {
						b.Fatalf("MatchRules: %d hits, want %d", got, hits)
					}
					n++
				}
				sharedtest.ReportCPU(b, sharedtest.ThreadCPUTime()-cpu, n)
				b.ReportMetric(float64(len(refs)), "rules")
			})
		}
		runtime.KeepAlive(ix)
	}
}

// BenchmarkBuild builds the index of 500,000 alerts (uniform workload).
//
//   - add: Add of already parsed expressions; reports the heap the index
//     holds, after GC and without the parsed expressions.
//   - parse+add: Parse then Add, one alert after the other, as a restart
//     without BuildIndex would.
//   - BuildIndex: the bulk path a restart takes, parsing on GOMAXPROCS
//     workers while adding.
//
// cpu-ns/op is the process CPU time (GC included) of one build; the
// parse+add and BuildIndex runs hold only the sources, as a restart does.
func BenchmarkBuild(b *testing.B) {
	srcs := benchSources(false)
	b.Run("add", func(b *testing.B) {
		alerts, err := genBenchAlerts(false)
		if err != nil {
			b.Fatal(err)
		}
		var heap float64
		var cpu time.Duration
		n := 0
		for b.Loop() {
			b.StopTimer()
			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			c0 := sharedtest.CPUTime()
			b.StartTimer()
			ix := buildBenchIndex(b, alerts)
			b.StopTimer()
			cpu += sharedtest.CPUTime() - c0
			n++
			runtime.GC()
			runtime.ReadMemStats(&after)
			heap = float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / (1 << 20)
			runtime.KeepAlive(ix)
			b.StartTimer()
		}
		b.ReportMetric(heap, "index-MB")
		sharedtest.ReportCPU(b, cpu, n)
	})
	runtime.GC()
	b.Run("parse+add", func(b *testing.B) {
		var cpu time.Duration
		n := 0
		for b.Loop() {
			c0 := sharedtest.CPUTime()
			ix := NewIndex()
			for _, s := range srcs {
				e, err := Parse(s.Expression)
				if err != nil {
					b.Fatal(err)
				}
				if err := ix.Add(s.ID, s.UserID, e); err != nil {
					b.Fatal(err)
				}
			}
			cpu += sharedtest.CPUTime() - c0
			n++
		}
		sharedtest.ReportCPU(b, cpu, n)
	})
	b.Run("BuildIndex", func(b *testing.B) {
		var cpu time.Duration
		n := 0
		for b.Loop() {
			c0 := sharedtest.CPUTime()
			ix, bad := BuildIndex(srcs)
			cpu += sharedtest.CPUTime() - c0
			n++
			if len(bad) > 0 || ix.Len() != len(srcs) {
				b.Fatalf("BuildIndex: %d errors (%v), %d of %d indexed", len(bad), bad[0], ix.Len(), len(srcs))
			}
		}
		sharedtest.ReportCPU(b, cpu, n)
	})
}

// benchSources returns the workload as sources (IDs and expression text).
func benchSources(skewed bool) []Source {
	g := newBenchGen(1, skewed)
	out := make([]Source, 0, benchUsers*benchAlertsPerUser)
	for u := 0; u < benchUsers; u++ {
		user := fmt.Sprintf("%018d", 300000000000000000+u)
		for a := 0; a < benchAlertsPerUser; a++ {
			out = append(out, Source{ID: fmt.Sprintf("%s-%d", user, a), UserID: user, Expression: g.expr()})
		}
	}
	return out
}

// BenchmarkParse parses generated alert expressions.
func BenchmarkParse(b *testing.B) {
	g := newBenchGen(2, true)
	exprs := make([]string, 1000)
	for i := range exprs {
		exprs[i] = g.expr()
	}
	b.ReportAllocs()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	cpu := sharedtest.ThreadCPUTime()
	i := 0
	for b.Loop() {
		if _, err := Parse(exprs[i%len(exprs)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
	sharedtest.ReportCPU(b, sharedtest.ThreadCPUTime()-cpu, i)
}

// TestBenchWorkloadSane checks the generator on a small sample: every
// expression parses, and the seed story matches some but not most alerts.
func TestBenchWorkloadSane(t *testing.T) {
	doc := seedStory(t)
	g := newBenchGen(9, true)
	ix := NewIndex()
	const n = 5000
	for i := 0; i < n; i++ {
		s := g.expr()
		e, err := Parse(s)
		if err != nil {
			t.Fatalf("generated %q: %v", s, err)
		}
		if err := ix.Add(fmt.Sprint(i), "u", e); err != nil {
			t.Fatal(err)
		}
	}
	start := time.Now()
	hits := len(ix.Match(doc))
	t.Logf("%d of %d alerts match the seed story (%v)", hits, n, time.Since(start))
	if hits < n/100 || hits > n/2 {
		t.Errorf("%d of %d alerts match: the workload is degenerate", hits, n)
	}
}

// candidates returns how many programs matching doc evaluates (entries
// that neither their checks nor a truth table decide) and how many posting
// entries it reads.
func (ix *Index) candidates(doc Doc) (evals, entries int) {
	var sc scratch
	ix.match(&sc, nil, &doc)
	return sc.evals, sc.entries
}
