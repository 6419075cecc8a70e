package digest

import (
	"os"
	"strings"
	"testing"
)

// insertAfterLead puts sentence x after the second sentence of body (the
// place where the model, which weighs how early a person is named, is
// most tempted).
func insertAfterLead(t *testing.T, body, x string) string {
	t.Helper()
	i := strings.Index(body, ". ")
	j := strings.Index(body[i+2:], ". ")
	if i < 0 || j < 0 {
		t.Fatal("no second sentence")
	}
	k := i + 2 + j + 2
	return body[:k] + x + " " + body[k:]
}

// TestParticipantModelInLongArticle puts one sentence early in the seed
// article (a long story the model reads) and asks whether its person
// takes part: the model seats a person the rules leave out when the
// sentence tells of the event, and nobody whose sentence tells of
// another time, an absence or no event at all.
func TestParticipantModelInLongArticle(t *testing.T) {
	seed := seedArticle(t)
	rules, err := New(WithoutParticipantModel())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sentence, name string
		part           bool
	}{
		// the rules leave him out; the model seats him
		{"Saudi Foreign Minister Faisal bin Farhan will welcome the delegations in Riyadh.", "Faisal bin Farhan", true},
		// another time
		{"The 2019 council was chaired by Togo's Foreign Minister Robert Dussey.", "Robert Dussey", false},
		{"Last year's meeting was co-chaired by Finnish President Alexander Stubb and Turkish President Recep Tayyip Erdogan.", "Alexander Stubb", false},
		{"Rights chief Ana Kovacs, who opened the session last year, urged both sides to agree.", "Ana Kovacs", false},
		// an absence
		{"Hungary's Prime Minister Viktor Orban, who boycotted the session, said it was illegitimate.", "Viktor Orban", false},
		{"German Chancellor Olaf Scholz, who was not invited, said Europe should be at the table.", "Olaf Scholz", false},
		// sent somebody else, kept out
		{"Turkish President Recep Tayyip Erdogan sent Vice President Cevdet Yilmaz to join the delegations.", "Recep Tayyip Erdogan", false},
		{"Myanmar's foreign minister Than Swe was again kept out of the meeting.", "Than Swe", false},
		// the event is only in what the person says (review 26)
		{"Spanish Foreign Minister Jose Manuel Albares told reporters in Madrid that Spain welcomed the talks.", "Jose Manuel Albares", false},
		{"Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow was ready to help the meeting succeed.", "Maria Zakharova", false},
		{"Ex-ambassador Kurt Bassuener told reporters outside the building that the talks were a holding pattern.", "Kurt Bassuener", false},
		// no event: a reaction from afar
		{"The accord, praised by Indonesian President Budi Santoso and Malaysian Prime Minister Azlan Hashim, settles nothing.", "Budi Santoso", false},
		{"Polish Foreign Minister Radoslaw Sikorski told reporters in Warsaw that Europe must have a seat.", "Radoslaw Sikorski", false},
		{"Chinese Foreign Minister Wang Yi said on Wednesday that Beijing supports all efforts for peace.", "Wang Yi", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, r, p := afterLeadPerson(t, seed, tc.sentence, tc.name)
			if p.Participant != tc.part {
				t.Errorf("%s a participant: %v, want %v", tc.name, p.Participant, tc.part)
			}
			if tc.part {
				if q := personNamed(rules.Extract(a), tc.name); q == nil || q.Participant {
					t.Errorf("the rules alone seat %s: the case no longer tests the model", tc.name)
				}
			}
			// the seed's own people keep their places
			for _, name := range []string{"Marco Rubio", "Sergey Lavrov"} {
				if q := person(r, name); q == nil || !q.Participant {
					t.Errorf("%s lost his place", name)
				}
			}
			if q := person(r, "Donald Trump"); q != nil && q.Participant {
				t.Error("Donald Trump (who directs the talks) became a participant")
			}
		})
	}
}

// TestParticipantModelShortText: the model leaves texts of fewer than
// partMinSents sentences to the rules.
func TestParticipantModelShortText(t *testing.T) {
	body := "GENEVA, March 4 (Reuters) - Foreign ministers met in Geneva on Monday for talks on Lisaria. Foreign Minister Jan Novak told reporters the talks went well."
	with := engine(t).Extract(Article{Body: body})
	rules, err := New(WithoutParticipantModel())
	if err != nil {
		t.Fatal(err)
	}
	without := rules.Extract(Article{Body: body})
	for i := range with.People {
		if with.People[i].Participant != without.People[i].Participant {
			t.Errorf("%s: model %v, rules %v", with.People[i].Name, with.People[i].Participant, without.People[i].Participant)
		}
	}
}

// TestParsePartModel: a model file with a bad line is an error naming
// the line; comments and blank lines are skipped.
func TestParsePartModel(t *testing.T) {
	m, err := parseLinModel("# comment\nbias\t0.5\n\nL:met\t-1.25\n")
	if err != nil || m["bias"] != 0.5 || m["L:met"] != -1.25 || len(m) != 2 {
		t.Fatalf("parsePartModel = %v, %v", m, err)
	}
	for _, bad := range []string{"bias 0.5\n", "bias\tx\n"} {
		if _, err := parseLinModel(bad); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("parsePartModel(%q) error %v, want one naming line 1", bad, err)
		}
	}
}

// TestShippedPartModel: the embedded model is what training on the
// repository's quick-look sets makes (training is deterministic).
func TestShippedPartModel(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the participant model")
	}
	got := linModelText(trainLinModel(partExamples(t, quickLookDirs(t))))
	want, err := os.ReadFile("data/participants.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Error("data/participants.tsv is not what training makes: run ATTACHE_TRAIN_PARTICIPANTS=1 go test ./digest -run TestTrainParticipants")
	}
}

// personNamed returns the person whose name holds name (a title the
// engine keeps in the name: "Ex-ambassador Kurt Bassuener").
func personNamed(r Result, name string) *Person {
	for i := range r.People {
		if strings.Contains(r.People[i].Name, name) {
			return &r.People[i]
		}
	}
	return nil
}

// afterLeadPerson puts sentence after the lead of article seed and returns
// the article, its digest and the person named name in it; the test fails
// when there is no such person.
func afterLeadPerson(t *testing.T, seed Article, sentence, name string) (Article, Result, *Person) {
	t.Helper()
	a := seed
	a.Body = insertAfterLead(t, seed.Body, sentence)
	r := engine(t).Extract(a)
	p := personNamed(r, name)
	if p == nil {
		t.Fatalf("%s not found", name)
	}
	return a, r, p
}
