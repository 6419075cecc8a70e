package digest

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// TestSetFlagsInBody checks the word-set flags as the engine reads them
// per body word (the packed path, the hot and cased tables), not only in
// the vocabulary (TestSetFlags): every key of a set is written in the body
// as it is, capitalised and in capitals, and a word whose lower-case form
// (or, for clubPrefixes and surnameParticles, text) is a key must carry the
// set's flag, since the loops skip the map look-up without it.
func TestSetFlagsInBody(t *testing.T) {
	e := engine(t)
	type set struct {
		name  string
		f     uint32
		exact bool // tested on the text (xf), else on the lower-case form (lf)
		keys  []string
	}
	keysOf := func(m map[string]bool) []string { return slices.Collect(maps.Keys(m)) }
	var sets []set
	for _, m := range []map[string]bool{voteVerbs, agendaRefusals, agendaStops, agendaVerbs, callPlanWords, meetTripNouns,
		asideAdverbs, occasionParticiples, asideParticiples} {
		sets = append(sets, set{"loopSet", fLoopSet, false, keysOf(m)})
	}
	sets = append(sets, set{"clubPrefixes", fLoopSet, true, keysOf(clubPrefixes)}, set{"surnameParticles", fLoopSet, true, keysOf(surnameParticles)})
	var aux []string
	for k := range finiteAux {
		aux = append(aux, k)
	}
	sets = append(sets, set{"finiteAux", fLoopSet, false, aux},
		set{"voice", fVoice, false, keysOf(union(partSpeechVerbs, agendaDemandVerbs))},
		set{"subjectNouns", fSubjNoun, false, keysOf(subjectNouns)})
	for _, s := range sets {
		for _, k := range s.keys {
			forms := []string{k}
			if !s.exact {
				forms = append(forms, strings.ToUpper(k[:1])+k[1:], strings.ToUpper(k))
			}
			for _, form := range forms {
				body := "The envoy " + form + " x"
				d := e.getDoc(body)
				d.split()
				d.buildWords()
				found := false
				for i := range d.words {
					w := &d.words[i]
					if w.text != form {
						continue
					}
					found = true
					f := w.lf
					if s.exact {
						f = w.xf
					}
					if f&s.f == 0 {
						t.Errorf("%s: %q in a body lacks flag %b (lf %b xf %b)", s.name, form, s.f, w.lf, w.xf)
					}
				}
				if !found && !strings.ContainsAny(form, " '’-.") {
					t.Logf("%s: %q is not one word", s.name, form)
				}
				e.putDoc(d)
			}
		}
	}
}
