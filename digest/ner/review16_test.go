package ner

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/attache-bot/attache/digest/text"
	"github.com/attache-bot/attache/internal/sharedtest"
)

// decodeBeamRef is decodeBeam as it was before the own-feature sums
// (5e1bbe2): every scored word's static features are summed afresh.
func (t *Tagger) decodeBeamRef(st *docSent, dst []uint8, s *scratch) {
	n := len(st.toks)
	if n == 0 {
		return
	}
	k := t.beam
	if cap(s.bhist) < n {
		s.bhist = make([][maxBeam]iItem, n)
	}
	hist := s.bhist[:n] // the histories after each word, best first
	tb := t.tabs
	shift := 64 - t.bits
	start := [1]iItem{{p1: startClass}}
	cur := start[:]        // the histories after the previous word, best first
	var p2s [maxBeam]uint8 // the class before each history's last
	p2s[0] = startClass
	fs := s.fs
	fast := t.fast && !st.capsMode
	for i := 0; i < n; i++ {
		tk := &st.toks[i]
		next := hist[i][:0:k]
		// a plain word after O is O (see classify); the histories end in
		// different classes, so at most one ends in O
		if len(cur) == 1 && (cur[0].p1 == 0 || cur[0].p1 == startClass) && fast && plainO(tk) {
			// so is the run of plain words that follows: one history
			// each, ending in O with the same score (back 0)
			p2s[0] = cur[0].p1
			it := iItem{score: cur[0].score}
			hist[i][0] = it
			j := i + 1
			for ; j < n && plainO(&st.toks[j]); j++ {
				hist[j][0] = it
			}
			if j > i+1 {
				p2s[0] = 0
			}
			i = j - 1
			cur = hist[i][:1]
			continue
		} else {
			tk.doc = s.doc.get(tk.lw)
			fs = appendStatic(fs[:0], st.toks, i, st.capsMode, tb, s.buf)
			fs = fs[:min(len(fs), maxFeatures-8)]
			ns := len(fs)
			if len(cur) == 1 {
				// one history: its extensions are the candidates
				b := &cur[0]
				fs = appendDynamic(fs, tk, int(b.p1), int(p2s[0]), tb)
				var sc [numClasses]int32
				scoreWide(t.wide, shift, fs, &sc)
				ok := allowedMask[b.p1]
				if k == 2 {
					// the two best allowed classes (ties: the lower
					// class), without branches; the classes BIO allows
					// are O, every B- and the I- of the type the
					// history ends in, if any (so there are always two)
					m1, m2 := rankOf(b.score+sc[0], 0, 0), int64(noRank)
					for c := 1; c < numClasses; c += 2 {
						r := rankOf(b.score+sc[c], c, 0)
						m2 = max(m2, min(m1, r))
						m1 = max(m1, r)
					}
					if p := int(b.p1); p != 0 && p != startClass {
						c := p + p&1
						r := rankOf(b.score+sc[c], c, 0)
						m2 = max(m2, min(m1, r))
						m1 = max(m1, r)
					}
					next = append(next, unrank(m1), unrank(m2))
				} else {
					for c := range numClasses {
						if ok&(1<<c) != 0 {
							next = pushBest(next, k, iItem{score: b.score + sc[c], p1: uint8(c)})
						}
					}
				}
			} else {
				// the best extension of each class (recombination;
				// ties: the earlier history), as ranks
				top := noRanks
				var ss [numClasses]int32
				scoreWide(t.wide, shift, fs, &ss)
				for bi := range cur {
					b := &cur[bi]
					fs = appendDynamic(fs[:ns], tk, int(b.p1), int(p2s[bi]), tb)
					var sc [numClasses]int32
					scoreWide(t.wide, shift, fs[ns:], &sc)
					// the classes BIO allows after it (see above)
					top[0] = max(top[0], rankOf(b.score+sc[0]+ss[0], 0, bi))
					for c := 1; c < numClasses; c += 2 {
						top[c] = max(top[c], rankOf(b.score+sc[c]+ss[c], c, bi))
					}
					if p := int(b.p1); p != 0 && p != startClass {
						c := p + p&1
						top[c] = max(top[c], rankOf(b.score+sc[c]+ss[c], c, bi))
					}
				}
				if k == 2 {
					m1, m2 := int64(noRank), int64(noRank)
					for _, r := range top {
						m2 = max(m2, min(m1, r))
						m1 = max(m1, r)
					}
					next = append(next, unrank(m1), unrank(m2))
				} else {
					for _, r := range top {
						if r != noRank {
							next = pushBest(next, k, unrank(r))
						}
					}
				}
			}
			if t.margin > 0 {
				m := 1
				for m < len(next) && next[m].score >= next[0].score-t.margin {
					m++
				}
				next = next[:m]
			}
			for j, it := range next {
				p2s[j] = cur[it.back].p1
			}
		}
		cur = next
	}
	s.fs = fs
	best := 0 // the items are best first
	for i := n - 1; i >= 0; i-- {
		it := hist[i][best&(maxBeam-1)] // (best < k; the mask spares a bounds check)
		dst[i] = it.p1
		best = int(it.back)
	}
}

// classifyRef is classify's beam path with decodeBeamRef and without the
// analyses made at load: the reference the own-feature cache and
// AppendSpansKnown must match.
func (t *Tagger) classifyRef(sents [][]string) []uint8 {
	s := &scratch{}
	n := 0
	for _, w := range sents {
		n += len(w)
	}
	toks := make([]tok, n)
	cls := make([]uint8, n)
	off := 0
	for _, w := range sents {
		st := docSent{toks: toks[off : off+len(w)]}
		s.buf, st.capsMode = prepare(st.toks, w, nil, t.gaz, s.buf)
		st.titleMode = t.truecase && !st.capsMode && titleCase(st.toks)
		s.sents = append(s.sents, st)
		off += len(w)
	}
	fillDoc(&s.doc, s.sents, n, false)
	if t.truecase {
		truecase(s.sents)
	}
	off = 0
	for i := range s.sents {
		st := &s.sents[i]
		t.decodeBeamRef(st, cls[off:off+len(st.toks)], s)
		off += len(st.toks)
	}
	return cls
}

// review16Sents splits s into sentences of words (a line each).
func review16Sents(s string) [][]string {
	var out [][]string
	for _, line := range strings.Split(s, "\n") {
		if ws := strings.FieldsFunc(line, unicode.IsSpace); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}

// review16Check tags sents with classify (own-feature cache), with
// classify given every word's AnalyzeWord (the load-time analyses) and
// with classifyRef, and fails on any difference.
func review16Check(t *testing.T, tg *Tagger, sents [][]string) {
	t.Helper()
	lazy := tg.beam > 1 && tg.st2 == nil && !tg.keepS1
	if !lazy {
		t.Skip("the shipped tagger does not decode with the beam")
	}
	want := tg.classifyRef(sents)
	s := tg.classify(sents, nil)
	got := slices.Clone(s.cls)
	tg.pool.Put(s)
	if i := firstDiff(got, want); i >= 0 {
		t.Fatalf("classify: word %d (%q) class %d, want %d", i, wordAt(sents, i), got[i], want[i])
	}
	known := make([][]*Word, len(sents))
	for i, ws := range sents {
		for _, w := range ws {
			a := tg.AnalyzeWord(w)
			known[i] = append(known[i], &a)
		}
	}
	s = tg.classify(sents, known)
	got = slices.Clone(s.cls)
	tg.pool.Put(s)
	if i := firstDiff(got, want); i >= 0 {
		t.Fatalf("classify with known words: word %d (%q) class %d, want %d", i, wordAt(sents, i), got[i], want[i])
	}
}

// firstDiff returns the first index where a and b differ, or -1.
func firstDiff(a, b []uint8) int {
	for i := range max(len(a), len(b)) {
		if i >= len(a) || i >= len(b) || a[i] != b[i] {
			return i
		}
	}
	return -1
}

// wordAt returns word i of the document sents (sentences in order).
func wordAt(sents [][]string, i int) string {
	for _, ws := range sents {
		if i < len(ws) {
			return ws[i]
		}
		i -= len(ws)
	}
	return ""
}

func TestReview16OwnCache(t *testing.T) {
	tg := loadTagger(t)
	for _, c := range []string{
		"President Vladimir Putin met Mr. Smith in Paris .\nPutin said PUTIN and putin .\nPUTIN MEETS SMITH IN PARIS",
		"King Charles met the king .\n\u212Aing Charles met the \u212Aing .",
		"İstanbul is in Turkey . ISTANBUL ı i I\nSTRASSE Straße strasse",
		"Europe Reacts as Ukraine Pushes for Inclusion\nThe europe reacts . Reacts Ukraine .",
		"Mr Smith . \" Smith \" said Smith . Smith",
	} {
		review16Check(t, tg, review16Sents(c))
	}
}

func FuzzReview16OwnCache(f *testing.F) {
	tg := loadTagger(f)
	f.Add("President Vladimir Putin met Mr. Smith in Paris .\nPutin said PUTIN and putin .")
	f.Add("King Charles met the king .\n\u212Aing Charles met the \u212Aing .")
	f.Add("Europe Reacts as Ukraine Pushes for Inclusion\nThe europe reacts .")
	f.Fuzz(func(t *testing.T, s string) {
		review16Check(t, tg, review16Sents(s))
	})
}

// TestReview16OwnCacheVariants compares classify with classifyRef over
// the seed, BBC and part of PolNeAR, each also in capitals, in lower
// case and with every word capitalised: documents outside the golden
// where a word recurs in other casings, sentence places and headlines.
func TestReview16OwnCacheVariants(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode")
	}
	tg := loadTagger(t)
	shared := sharedDir(t)
	var files []string
	for _, root := range []string{filepath.Join(shared, "fixtures"), filepath.Join(shared, "eval", "bbc", "article"), filepath.Join(shared, "eval", "polnear")} {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err == nil && filepath.Ext(p) == ".txt" && len(files) < 300 {
				files = append(files, p)
			}
			return nil
		})
	}
	if len(files) == 0 {
		t.Skip("no texts")
	}
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, body := range []string{string(raw), strings.ToUpper(string(raw)), strings.ToLower(string(raw)), sharedtest.TitleWords(string(raw))} {
			var sents [][]string
			for _, sp := range text.Sentences(body) {
				var ws []string
				for _, tk := range text.Tokens(body[sp.Start:sp.End]) {
					ws = append(ws, tk.Text)
				}
				if len(ws) > 0 {
					sents = append(sents, ws)
				}
			}
			review16Check(t, tg, sents)
		}
	}
	t.Logf("%d texts", len(files))
}
