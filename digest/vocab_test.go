package digest

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/attache-bot/attache/digest/text"
)

// TestVocabFastPaths checks the one-look-up paths of appendWord (getLower,
// getCased over packed tables) and the frozen tries against the plain
// maps they replace, on every lexicon word in several casings.
func TestVocabFastPaths(t *testing.T) {
	g := engine(t).g
	v := &g.vocab
	words := make([]string, 0, 4*len(v.ids))
	for w := range v.ids {
		words = append(words, w, strings.ToLower(w), strings.ToUpper(w), upperFirst(strings.ToLower(w)))
	}
	words = append(words, "Xq", "XQZZY", "Talksx", "a\x00b", "A\x00B", "Averyveryverylongwordindeed", "Ab", "\x00")
	for _, w := range words {
		if w == "" || !isASCII(w) {
			continue
		}
		low := asciiLower(w)
		wantX, wantXF := v.get(w)
		wantL, wantLF := v.get(low)
		if w == low {
			id, f := v.getLower(w)
			hot := wantXF&^(fLower|fFirst|setFlags) != 0
			switch {
			case hot && (id != wantX || f != wantXF):
				t.Errorf("getLower(%q) = %d %b, want %d %b", w, id, f, wantX, wantXF)
			case !hot && (id != -1 || f != wantXF&setFlags):
				t.Errorf("getLower(%q) = %d %b, want -1 %b", w, id, f, wantXF&setFlags)
			}
			continue
		}
		xid, xf, lid, lf := v.getCased(w, low)
		if xid != wantX || xf != wantXF || lid != wantL || lf != wantLF {
			t.Errorf("getCased(%q) = %d %b %d %b, want %d %b %d %b", w, xid, xf, lid, lf, wantX, wantXF, wantL, wantLF)
		}
	}
	// hotID knows every word of the tries
	for w, id := range v.ids {
		if v.flags[id]&fHot != 0 {
			if got := v.hotID(w); got != id {
				t.Errorf("hotID(%q) = %d, want %d", w, got, id)
			}
		}
	}
	for _, w := range []string{"Xyzzy-Foo", "", "US-Russia", "Zelenskyy’s"} {
		if got, _ := v.get(w); got >= 0 && v.flags[got]&fHot != 0 && v.hotID(w) != got {
			t.Errorf("hotID(%q) = %d, want %d", w, v.hotID(w), got)
		}
	}
	// the frozen tries answer as the edge maps did: rebuild one to compare
	fresh, err := loadGazetteerUnfrozen()
	if err != nil {
		t.Fatal(err)
	}
	for name, pair := range map[string][2]*trie{"exact": {&g.exact, &fresh.exact}, "folded": {&g.folded, &fresh.folded}, "roles": {&g.roles, &fresh.roles}} {
		frozen, plain := pair[0], pair[1]
		for k, c := range plain.edges {
			if got := frozen.child(int32(k>>32), int32(uint32(k))); got != c {
				t.Errorf("%s: child(%d, %d) = %d, want %d", name, k>>32, uint32(k), got, c)
			}
		}
		for id := int32(-1); id < int32(len(v.flags))+2; id++ {
			for _, n := range []int32{0, 1, 7} {
				want := int32(-1)
				if c, ok := plain.edges[uint64(n)<<32|uint64(uint32(id))]; ok && id >= 0 {
					want = c
				}
				if got := frozen.child(n, id); got != want {
					t.Errorf("%s: child(%d, %d) = %d, want %d", name, n, id, got, want)
				}
			}
		}
	}
}

func TestPackWord(t *testing.T) {
	seen := map[packedKey]string{}
	for _, w := range []string{"a", "ab", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "b", "ba", "abcdefgh\x01"} {
		k, ok := packWord(w)
		if !ok {
			t.Fatalf("%q does not pack", w)
		}
		if o, dup := seen[k]; dup {
			t.Errorf("%q and %q pack alike", w, o)
		}
		seen[k] = w
	}
	for _, w := range []string{"", "a\x00", "abcdefghijklmnopq"} {
		if _, ok := packWord(w); ok {
			t.Errorf("%q packs", w)
		}
	}
}

func TestVocabLongCapitalised(t *testing.T) {
	g := engine(t).g
	long := 0
	for w, id := range g.vocab.ids {
		if len(w) <= 16 || !isASCII(w) || asciiLower(w) == w {
			continue
		}
		long++
		xid, _, _, _ := g.vocab.getCased(w, asciiLower(w))
		if xid != id {
			t.Errorf("getCased(%q) id %d, want %d", w, xid, id)
		}
	}
	if long == 0 {
		t.Skip("no long capitalised lexicon word")
	}
}

// lowerBodyRef is the rune-by-rune definition lowerBody implements.
func lowerBodyRef(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			b.WriteRune(l)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func TestLowerBody(t *testing.T) {
	for _, s := range []string{
		"", "abc", "ABC def", "İstanbul ΣΟΦΙΑ Ünal ǅ", "\xff\xfeRUSSIA\xc3", "Zelenskyy’s KYIV", "a\x00B",
		"ẞtraße Ⅻ ＡＢＣ", strings.Repeat("Mixed Case ", 50), asciiRange(), asciiRange()[3:] + "É" + asciiRange(),
	} {
		if got, want := lowerBody(s), lowerBodyRef(s); got != want {
			t.Errorf("lowerBody(%q) = %q, want %q", s, got, want)
		}
		if len(lowerBody(s)) != len(s) {
			t.Errorf("lowerBody(%q) changes the length", s)
		}
		checkLowerExact(t, s)
	}
	for s, want := range map[string]bool{"ABC def ’": true, "Ünal": false, "ünal ’Kyiv’ \xff": true, "ΣΟΦΙΑ": false} {
		low, _, asciiOnly := lowerBodyInfo(s)
		if asciiOnly != want {
			t.Errorf("lowerBodyInfo(%q) asciiOnly = %v, want %v", s, asciiOnly, want)
		}
		if asciiOnly && low != asciiLowerRef(s) {
			t.Errorf("lowerBodyInfo(%q) = %q, ASCII only, want %q", s, low, asciiLowerRef(s))
		}
	}
	for s, want := range map[string]bool{"ABC def": true, "Ünal ΣΟΦΙΑ": true, "İstanbul": false, "KYIV\xff": false, "\u212a": false} {
		if _, exact := lowerBodyExact(s); exact != want {
			t.Errorf("lowerBodyExact(%q) exact = %v, want %v", s, exact, want)
		}
	}
}

// checkLowerExact checks that an exact lower-casing is strings.ToLower, and
// that lowerOf gives strings.ToLower for substrings and other strings.
func checkLowerExact(t *testing.T, s string) {
	t.Helper()
	low, exact, asciiOnly := lowerBodyInfo(s)
	if asciiOnly && low != asciiLowerRef(s) {
		t.Errorf("lowerBodyInfo(%q) = %q, ASCII only, but the ASCII lowering is %q", s, low, asciiLowerRef(s))
	}
	if exact && low != strings.ToLower(s) {
		t.Errorf("lowerBodyExact(%q) = %q, exact, but strings.ToLower gives %q", s, low, strings.ToLower(s))
	}
	d := &doc{body: s, low: low, lowExact: exact}
	for i := 0; i <= len(s); i += 1 + len(s)/7 {
		for j := i; j <= len(s); j += 1 + len(s)/5 {
			if got, want := d.lowerOf(s[i:j]), strings.ToLower(s[i:j]); got != want {
				t.Errorf("lowerOf(%q[%d:%d]) = %q, want %q", s, i, j, got, want)
			}
		}
	}
	if got := d.lowerOf("Other TEXT"); got != "other text" {
		t.Errorf("lowerOf of a foreign string = %q", got)
	}
}

func FuzzLowerBody(f *testing.F) {
	f.Add("İstanbul ΣΟΦΙΑ \xff")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lowerBody(s), lowerBodyRef(s); got != want {
			t.Errorf("lowerBody(%q) = %q, want %q", s, got, want)
		}
		checkLowerExact(t, s)
	})
}

// asciiRange returns every ASCII byte but NUL, twice.
func asciiRange() string {
	var b []byte
	for k := 0; k < 2; k++ {
		for c := 1; c < utf8.RuneSelf; c++ {
			b = append(b, byte(c))
		}
	}
	return string(b)
}

func TestAddFormCounts(t *testing.T) {
	p := &personC{}
	for round := 0; round < 3; round++ {
		for k := 0; k < 40; k++ {
			for n := 0; n <= k%3; n++ {
				p.addForm("Form " + strings.Repeat("x", k))
			}
		}
	}
	if len(p.forms) != 40 || len(p.formN) != 40 {
		t.Fatalf("%d forms, %d counts, want 40", len(p.forms), len(p.formN))
	}
	for k, f := range p.forms {
		if f != "Form "+strings.Repeat("x", k) || p.formN[k] != 3*(k%3+1) {
			t.Errorf("form %d: %q x%d", k, f, p.formN[k])
		}
	}
}

// TestSetFlags checks that the word-set flags stand for exactly the sets.
func TestSetFlags(t *testing.T) {
	g := engine(t).g
	for _, set := range []struct {
		f     uint32
		words map[string]bool
	}{{fSubjVerb, subjVerbs}, {fObjVerb, objVerbs}, {fMeetVerb, meetVerbs}, {fAux, auxWords},
		{fStrictMeet, strictMeeting}, {fMotion, motionWords}, {fMediate, setOf(mediateWords)}, {fJoin, setOf(joinVerbs)}, {fSign, setOf(signVerbs)},
		{fVoice, union(partSpeechVerbs, agendaDemandVerbs)}, {fSubjNoun, subjectNouns}} {
		for w := range set.words {
			if _, f := g.vocab.get(w); f&set.f == 0 {
				t.Errorf("%q lacks flag %b", w, set.f)
			}
		}
		for w, id := range g.vocab.ids {
			if g.vocab.flags[id]&set.f != 0 && !set.words[w] {
				t.Errorf("%q has flag %b", w, set.f)
			}
		}
	}
	for w, id := range g.vocab.ids {
		if g.vocab.flags[id]&fMeetNoun != 0 && !contains(meetNouns, w) {
			t.Errorf("%q has flag fMeetNoun", w)
		}
	}
	// fLoopSet: the keys of loopSets and finiteAux
	loop := map[string]bool{}
	for _, set := range loopSets {
		for w := range set {
			loop[w] = true
		}
	}
	for w := range finiteAux {
		loop[w] = true
	}
	for w := range loop {
		if _, f := g.vocab.get(w); f&fLoopSet == 0 {
			t.Errorf("%q lacks flag fLoopSet", w)
		}
	}
	for w, id := range g.vocab.ids {
		if g.vocab.flags[id]&fLoopSet != 0 && !loop[w] {
			t.Errorf("%q has flag fLoopSet", w)
		}
	}
}

// TestAppendWordPacked checks the packed fast path of appendWord against
// the byte-by-byte classification on the seed and on awkward words.
func TestAppendWordPacked(t *testing.T) {
	e := engine(t)
	bodies := []string{
		seedArticle(t).Body,
		"Ministry MINISTRY ministry McDonald USA U.S. 12 1990s A a I x9 -- ( Kyiv Zelenskyy Zelenskyy's " +
			"abcdefgh ABCDEFGH Abcdefgh abcdefghi Abcdefghijklmnop abcdefghijklmnopq ABCDEFGHIJKLMNOP a\x00b Ab\x00 " +
			"Ünal über İstanbul naïve Café 3rd G7 NATO Nato nato @#$% end",
	}
	packed := 0
	for _, body := range bodies {
		d := e.getDoc(body)
		for _, tk := range text.Tokens(body) {
			for _, span := range [][2]int{{tk.Start, tk.End}, {tk.Start, min(tk.Start+9, len(body))}, {max(tk.Start-3, 0), tk.End}} {
				fast := word{start: span[0], end: span[1], text: body[span[0]:span[1]], low: d.low[span[0]:span[1]]}
				slow := fast
				if !d.appendWordPacked(&fast) {
					continue
				}
				packed++
				d.classifyWord(&slow)
				if fast != slow {
					t.Errorf("%q: packed %+v, want %+v", slow.text, fast, slow)
				}
			}
		}
		e.putDoc(d)
	}
	if packed < 100 {
		t.Errorf("only %d words took the packed path", packed)
	}
}

// TestFieldsMatchesStrings checks the allocation-free nextField against
// strings.Fields.
func TestFieldsMatchesStrings(t *testing.T) {
	for _, s := range []string{"", " ", "a", " talks on  the\tUkraine war ", "x\u00a0y\u2003z\x85w", "\v\fa\rb\n", "bad\xff utf8 \xc3", "ends ", asciiRange()} {
		var got []string
		for f, k := nextField(s, 0); f != ""; f, k = nextField(s, k) {
			got = append(got, f)
		}
		want := strings.Fields(s)
		if len(got) != len(want) {
			t.Errorf("fields(%q) = %q, want %q", s, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("fields(%q) = %q, want %q", s, got, want)
				break
			}
		}
	}
}

func setOf(ws []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// TestRoleEndFlag checks that fRoleEnd marks exactly the last words of the
// role titles, and that roleMatchEnding, which skips the other words, finds
// what the full search finds on the seed.
func TestRoleEndFlag(t *testing.T) {
	e := engine(t)
	g := e.g
	roles, err := readData("roles.txt")
	if err != nil {
		t.Fatal(err)
	}
	last := map[string]bool{}
	for _, r := range roles {
		if ws := lowerWords(splitWords(r)); len(ws) > 0 {
			last[ws[len(ws)-1]] = true
		}
	}
	for w := range last {
		if _, f := g.vocab.get(w); f&fRoleEnd == 0 {
			t.Errorf("%q ends a role title but lacks fRoleEnd", w)
		}
	}
	for w, id := range g.vocab.ids {
		if g.vocab.flags[id]&fRoleEnd != 0 && !last[w] {
			t.Errorf("%q has fRoleEnd", w)
		}
	}
	d := e.getDoc(seedArticle(t).Body)
	defer e.putDoc(d)
	d.split()
	d.buildWords()
	found := 0
	for p := range d.words {
		want := -1
		for l := 6; l >= 1 && want < 0; l-- {
			if q := p - l + 1; q >= 0 && d.roleAt(q, p+1) == l {
				want = q
			}
		}
		if got := d.roleMatchEnding(p, 0); got != want {
			t.Errorf("roleMatchEnding(%d %q) = %d, want %d", p, d.words[p].text, got, want)
		}
		if want >= 0 {
			found++
		}
	}
	if found == 0 {
		t.Error("no role title found in the seed")
	}
}

// asciiLowerRef lower-cases the ASCII letters of s only.
func asciiLowerRef(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// union returns the words of both sets.
func union(a, b map[string]bool) map[string]bool {
	u := make(map[string]bool, len(a)+len(b))
	for w := range a {
		u[w] = true
	}
	for w := range b {
		u[w] = true
	}
	return u
}
