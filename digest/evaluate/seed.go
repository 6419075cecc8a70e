package evaluate

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/attache-bot/attache/digest"
)

type goldPerson struct {
	Name        string   `json:"name"`
	Aliases     []string `json:"aliases"`
	Role        string   `json:"role"`
	Affiliation string   `json:"affiliation"`
}

type seedGold struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Title     string `json:"title"`
	Gold      struct {
		Participants []goldPerson `json:"participants"`
		Mentioned    []goldPerson `json:"mentioned_people"`
		NotPeople    []string     `json:"not_people"`
		Countries    []string     `json:"countries"`
		Excluded     []string     `json:"excluded"`
		Locations    []struct {
			Place   string `json:"place"`
			Country string `json:"country"`
			Event   string `json:"event"`
		} `json:"locations"`
		Dates []struct {
			Text  string `json:"text"`
			Value string `json:"value"`
			Event string `json:"event"`
		} `json:"dates"`
		Reactions []struct {
			Actor  string `json:"actor"`
			Stance string `json:"stance"`
			Quote  string `json:"quote"`
		} `json:"reactions"`
		Agenda []string `json:"agenda"`
	} `json:"gold"`
}

// Fact is one gold fact of the seed and whether the engine recovered it.
type Fact struct {
	Kind, Gold, Got string
	Found           bool
}

// SeedFacts runs the engine on the seed article and checks every gold fact.
func SeedFacts(sharedDir string) ([]Fact, error) {
	dir := filepath.Join(sharedDir, "fixtures", "seed")
	body, err := os.ReadFile(filepath.Join(dir, "article.txt"))
	if err != nil {
		return nil, fmt.Errorf("evaluate: read seed: %w", err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		return nil, fmt.Errorf("evaluate: read seed gold: %w", err)
	}
	var g seedGold
	if err := json.Unmarshal(raw, &g); err != nil {
		return nil, fmt.Errorf("evaluate: parse seed gold: %w", err)
	}
	pub, err := time.Parse("2006-01-02", g.Published)
	if err != nil {
		return nil, fmt.Errorf("evaluate: seed published: %w", err)
	}
	e, err := newEngine()
	if err != nil {
		return nil, err
	}
	r := e.Extract(digest.Article{ID: g.ID, Body: string(body), Published: pub})
	var facts []Fact
	add := func(kind, gold, got string, ok bool) { facts = append(facts, Fact{kind, gold, got, ok}) }

	findPerson := func(name string) *digest.Person {
		for i := range r.People {
			if norm(r.People[i].Name) == norm(name) {
				return &r.People[i]
			}
		}
		return nil
	}
	checkPerson := func(kind string, gp goldPerson, participant bool) {
		p := findPerson(gp.Name)
		if p == nil {
			add(kind, gp.Name, "not found", false)
			return
		}
		got := fmt.Sprintf("%s / %s / %s / participant=%v", p.Name, p.Role, p.Affiliation, p.Participant)
		ok := p.Affiliation == gp.Affiliation && p.Participant == participant && roleMatch(p.Role, gp.Role)
		for _, a := range gp.Aliases {
			ok = ok && containsFold(p.Aliases, a)
		}
		add(kind, fmt.Sprintf("%s / %s / %s / participant=%v", gp.Name, gp.Role, gp.Affiliation, participant), got, ok)
	}
	for _, gp := range g.Gold.Participants {
		checkPerson("participant", gp, true)
	}
	for _, gp := range g.Gold.Mentioned {
		checkPerson("mentioned person", gp, false)
	}
	for _, np := range g.Gold.NotPeople {
		name := strings.TrimSpace(strings.Split(np, "(")[0])
		bad := ""
		for _, p := range r.People {
			if strings.Contains(norm(p.Name), norm(name)) || containsFold(p.Aliases, name) {
				bad = p.Name
			}
		}
		add("not a person", np, bad, bad == "")
	}
	for _, c := range g.Gold.Countries {
		add("party", c, strings.Join(r.Countries, ", "), containsFold(r.Countries, c))
	}
	for _, c := range g.Gold.Excluded {
		add("excluded", c, strings.Join(r.Excluded, ", "), containsFold(r.Excluded, c))
	}
	if len(g.Gold.Locations) > 0 {
		l := g.Gold.Locations[0]
		got := "none"
		ok := false
		if r.Venue != nil {
			got = r.Venue.Name + ", " + r.Venue.Country
			ok = r.Venue.Name == l.Place && r.Venue.Country == l.Country
		}
		add("venue", l.Place+", "+l.Country, got, ok)
	}
	for _, l := range g.Gold.Locations {
		got, ok := "not found", false
		for _, p := range r.Places {
			if p.Name == l.Place {
				got = p.Name + ", " + p.Country
				ok = p.Country == l.Country
			}
		}
		add("place", l.Place+", "+l.Country, got, ok)
	}
	for _, gd := range g.Gold.Dates {
		got, ok := "not found", false
		for _, d := range r.Dates {
			if strings.Contains(strings.ToLower(gd.Text), strings.ToLower(d.Text)) || strings.Contains(strings.ToLower(d.Text), strings.ToLower(gd.Text)) {
				got = fmt.Sprintf("%s = %s (%s)", d.Text, d.Value, d.Event)
				ok = d.Value == gd.Value || (gd.Value == "VAGUE" && strings.HasSuffix(d.Value, "_REF"))
				if ok {
					break
				}
			}
		}
		add("date", gd.Text+" = "+gd.Value, got, ok)
	}
	for _, gr := range g.Gold.Reactions {
		got, ok := "not found", false
		for _, re := range r.Reactions {
			if re.Actor != gr.Actor {
				continue
			}
			got = re.Actor + " " + re.Stance
			if re.Quote != "" {
				got += ": " + re.Quote
			}
			if re.Stance == gr.Stance && (gr.Quote == "" || norm(re.Quote) == norm(gr.Quote)) {
				ok = true
				break
			}
		}
		add("reaction", gr.Actor+" "+gr.Stance, got, ok)
	}
	for _, ga := range g.Gold.Agenda {
		got, ok := "not found", false
		gk := keyWords(ga)
		for _, a := range r.Agenda {
			if share(gk, keyWords(a)) >= 0.6 {
				got, ok = a, true
				break
			}
		}
		add("agenda", ga, got, ok)
	}
	return facts, nil
}

// EvalSeed prints each gold fact of the seed article, found or not, and the count.
func EvalSeed(sharedDir string, w io.Writer) error {
	facts, err := SeedFacts(sharedDir)
	if err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString("### Seed article (fixtures/seed): gold facts\n\n| kind | gold | engine | found |\n| --- | --- | --- | --- |\n")
	n := 0
	for _, f := range facts {
		mark := "no"
		if f.Found {
			mark = "yes"
			n++
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", f.Kind, cell(f.Gold), cell(f.Got), mark)
	}
	fmt.Fprintf(&b, "| **total** | | | **%d / %d** |\n\n", n, len(facts))
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("evaluate: write: %w", err)
	}
	return nil
}

func cell(s string) string { return strings.ReplaceAll(s, "|", "\\|") }

func norm(s string) string {
	s = strings.ToLower(s)
	s = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

func containsFold(xs []string, x string) bool {
	for _, y := range xs {
		if norm(y) == norm(x) {
			return true
		}
	}
	return false
}

// roleMatch accepts a role equal to the gold one up to case, or one that
// contains it ("Kremlin spokesperson" for "spokesperson").
func roleMatch(got, gold string) bool {
	g, w := norm(got), norm(gold)
	return g != "" && (g == w || strings.Contains(g, w) || strings.Contains(w, g) && len(g) >= len(w)/2)
}

var stop = map[string]bool{"a": true, "an": true, "the": true, "of": true, "for": true, "to": true, "and": true, "in": true, "on": true}

func keyWords(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' || r == ',' }) {
		if stop[f] {
			continue
		}
		if len(f) > 5 {
			f = f[:5]
		}
		out = append(out, f)
	}
	return out
}

func share(a, b []string) float64 {
	if len(a) == 0 {
		return 0
	}
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
				break
			}
		}
	}
	return float64(n) / float64(len(a))
}
