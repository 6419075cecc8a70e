package digest

import (
	"strings"
	"testing"
	"time"
)

// TestReviewRegressions holds the inputs a reviewer built to break the
// quick-look fixes of 2026-11-28 (each failed once) and what a reader
// expects of them.
func TestReviewRegressions(t *testing.T) {
	jun10 := time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC)
	jun12 := time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC)
	e := engine(t)
	extract := func(body string, pub time.Time) Result { return e.Extract(Article{Body: body, Published: pub}) }
	venue := func(r Result) string {
		if r.Venue == nil {
			return ""
		}
		return r.Venue.Name
	}
	actorOf := func(r Result, quote string) string {
		for _, re := range r.Reactions {
			if strings.Contains(re.Quote, quote) || quote == "" {
				return re.Actor
			}
		}
		return ""
	}
	dateOf := func(r Result, text string) string {
		for _, d := range r.Dates {
			if d.Text == text {
				return d.Value
			}
		}
		return ""
	}

	t.Run("a call in the lead's background hides no venue", func(t *testing.T) {
		for _, tc := range []struct{ body, want string }{
			{"French President Emmanuel Macron hosted German Chancellor Friedrich Merz on Monday, a day after both spoke by telephone with Trump. The talks in Paris focused on Ukraine and trade.", "Paris"},
			{"The two foreign ministers, who had spoken by phone twice this month, met on Wednesday for talks. The meeting took place in Ankara.", "Ankara"},
		} {
			if v := venue(extract(tc.body, jun10)); v != tc.want {
				t.Errorf("%.50q: venue %q, want %q", tc.body, v, tc.want)
			}
		}
	})
	t.Run("a place after no verb of meeting is no elsewhere", func(t *testing.T) {
		r := extract("Officials from Israel and Hamas resumed indirect talks in Doha on Sunday. Israeli negotiator Ron Dermer met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani to discuss hostages held in Gaza.", jun10)
		if p := person(r, "Ron Dermer"); p == nil || !p.Participant {
			t.Errorf("Ron Dermer should take part: %+v", r.People)
		}
		r = extract("EU leaders met in Brussels on Thursday. Viktor Orban, who had met Putin before, met Ursula von der Leyen.", jun10)
		if p := person(r, "Ursula von der Leyen"); p == nil || !p.Participant {
			t.Errorf("von der Leyen should take part: %+v", r.People)
		}
	})
	t.Run("open names no venue but of talks", func(t *testing.T) {
		r := extract("Rubio and Lavrov agreed on Tuesday to restore embassy staff, and Lavrov said Russia hoped to open a consulate in San Francisco. The two met at Diriyah Palace in Riyadh.", jun10)
		if v := venue(r); v != "Riyadh" {
			t.Errorf("venue %q, want Riyadh", v)
		}
	})
	t.Run("the best city of a country venue", func(t *testing.T) {
		r := extract("Russia and Ukraine will hold talks in Turkey on Thursday. Ukrainian officials said they arrived in Ankara on Wednesday, but the talks will be held in Istanbul.", jun10)
		if v := venue(r); v != "Istanbul" {
			t.Errorf("venue %q, want Istanbul", v)
		}
	})
	t.Run("an opening clause holds no subject", func(t *testing.T) {
		r := extract("After meeting Andrii Sybiha in Kyiv, German Foreign Minister Johann Wadephul flew to Warsaw. He told reporters that the talks had been \"very good\".", jun10)
		if a := actorOf(r, "very good"); a != "Johann Wadephul" {
			t.Errorf("actor %q, want Johann Wadephul", a)
		}
	})
	t.Run("she is a woman before a person of unknown gender", func(t *testing.T) {
		r := extract("Donald Trump met Giorgia Meloni in Rome on Monday. She said Italy \"fully supports\" the plan.", jun10)
		if a := actorOf(r, "fully supports"); a != "Giorgia Meloni" {
			t.Errorf("actor %q, want Giorgia Meloni", a)
		}
	})
	t.Run("the source is no excluded group", func(t *testing.T) {
		r := extract("The ceasefire talks went ahead without the group, the Kremlin said.", jun10)
		if len(r.Excluded) > 0 {
			t.Errorf("excluded %q", r.Excluded)
		}
	})
	t.Run("withdrawing from no event excludes no one", func(t *testing.T) {
		for _, body := range []string{
			"The United States pulled out of Afghanistan in 2021. Taliban officials met Chinese envoys in Kabul on Monday.",
			"Joe Biden withdrew from the race in July 2024. Kamala Harris attended the rally in Atlanta.",
		} {
			if r := extract(body, jun10); len(r.Excluded) > 0 {
				t.Errorf("%.40q: excluded %q", body, r.Excluded)
			}
		}
	})
	t.Run("past postponements and plans", func(t *testing.T) {
		for _, tc := range []struct{ body, text, want string }{
			{"The vote was postponed to Tuesday, when lawmakers finally approved the budget 320 to 200.", "Tuesday", "2025-06-10"},
			{"The meeting had been pushed back to Monday, and it ended without agreement, officials said on Wednesday.", "Monday", "2025-06-09"},
			{"Rubio was due to meet Lavrov on Monday but the meeting was called off on Sunday.", "Monday", "2025-06-09"},
			{"A Russian missile strike leaves 20 dead in Kyiv on Sunday, Ukrainian officials said on Monday.", "Sunday", "2025-06-08"},
		} {
			if v := dateOf(extract(tc.body, jun12), tc.text); v != tc.want {
				t.Errorf("%.40q: %s = %q, want %q", tc.body, tc.text, v, tc.want)
			}
		}
	})
	t.Run("a news organisation that acts reacts", func(t *testing.T) {
		r := extract("The BBC criticised the government's decision on Monday, calling it an attack on press freedom.", jun10)
		if a := actorOf(r, ""); a != "BBC" {
			t.Errorf("reactions %+v: want the BBC's", r.Reactions)
		}
	})
	t.Run("prose that starts with reporting by is no credit line", func(t *testing.T) {
		r := extract("Talks resumed.\nReporting by The New York Times showed that U.S. envoy Steve Witkoff met Kirill Dmitriev in Miami on Saturday.\n", jun10)
		if person(r, "Steve Witkoff") == nil {
			t.Errorf("people %+v: want Witkoff", r.People)
		}
	})
	t.Run("two known people side by side", func(t *testing.T) {
		r := extract("Putin Witkoff talks in Moscow lasted five hours on Thursday, said Kremlin aide Yuri Ushakov.", jun10)
		for _, p := range r.People {
			if p.Name == "Putin Witkoff" {
				t.Errorf("one person of two: %+v", r.People)
			}
		}
	})
	t.Run("two full names a fold would join", func(t *testing.T) {
		r := extract("Spanish Foreign Minister Luis Garcia met French envoy Louis Garcia in Madrid on Monday.", jun10)
		if len(r.People) != 2 {
			t.Errorf("people %+v: want two", r.People)
		}
		r = extract("Minister Yusuf Huq of Bangladesh met Hugh Lamb, a British diplomat, in Dhaka. Hugh said little.", jun10)
		if p := person(r, "Yusuf Huq"); p != nil && strings.Contains(strings.Join(p.Aliases, " "), "Hugh") {
			t.Errorf("Hugh joins Yusuf Huq: %+v", r.People)
		}
	})
	t.Run("a call is no next step", func(t *testing.T) {
		r := extract("Putin and Erdogan discussed Ukraine in a phone call on Tuesday and agreed to meet in Ankara next month.", jun10)
		for _, b := range r.QuickLook.Bullets {
			if b.Label == "Next" && strings.HasPrefix(b.Text, "Call") {
				t.Errorf("Next %q", b.Text)
			}
		}
	})
}
