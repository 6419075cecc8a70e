package ner

import "testing"

func TestTitleCase(t *testing.T) {
	tg := loadTagger(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Europe Reacts as Ukraine Pushes for Inclusion", true},
		{"Security Guarantees and US Interests in Ukraine", true},
		{"Iraqi President Jalal Talabani met U.S. Secretary of State Condoleezza Rice .", false},
		{"John Smith , Mary Jones and Bob Brown", false},
		{"The talks will resume in Geneva on Monday .", false},
		{"EUROPE REACTS AS UKRAINE PUSHES FOR INCLUSION", false}, // capitals: capsMode
	} {
		ws := words(c.text)
		toks := make([]tok, len(ws))
		_, caps := prepare(toks, ws, nil, tg.gaz, nil)
		if got := !caps && titleCase(toks); got != c.want {
			t.Errorf("title case %q = %v, want %v", c.text, got, c.want)
		}
	}
	// the lexicon's lower-case words of a title-case headline take lower
	// case; names keep their capital
	ws := words("Europe Reacts as Ukraine Pushes for Inclusion")
	toks := make([]tok, len(ws))
	prepare(toks, ws, nil, tg.gaz, nil)
	sents := []docSent{{toks: toks, titleMode: true}}
	var d docTable
	fillDoc(&d, sents, len(toks), true)
	truecase(sents)
	if toks[4].cc != ccLower || !toks[4].plain {
		t.Errorf("Pushes: class %d plain %v, want lower case", toks[4].cc, toks[4].plain)
	}
	if toks[0].cc != ccInit || toks[3].cc != ccInit {
		t.Errorf("Europe, Ukraine: classes %d %d, want capitalised", toks[0].cc, toks[3].cc)
	}
}
