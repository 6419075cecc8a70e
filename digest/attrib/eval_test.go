package attrib

import (
	"bytes"
	"strings"
	"testing"
)

func TestParseBratCodePoints(t *testing.T) {
	body := "“Ça va,” dit-il. Smith said."
	// code points: “=0, Ç=1 ... Smith starts at code point 17
	ann := "T1\tSource 17 22\tSmith\nT2\tCue 23 27\tsaid\nT3\tSource 1 3;4 6\tÇa va\nE1\tSource:T1 Cue:T2\nE2\tSource:T3\n"
	d, err := parseBrat(body, strings.NewReader(ann))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.sources) != 2 || len(d.cues) != 1 {
		t.Fatalf("sources %d cues %d, want 2 and 1", len(d.sources), len(d.cues))
	}
	if got := body[d.sources[1].lo():d.sources[1].hi()]; got != "Smith" {
		t.Errorf("source bytes give %q, want Smith", got)
	}
	if got := body[d.cues[0].lo():d.cues[0].hi()]; got != "said" {
		t.Errorf("cue bytes give %q, want said", got)
	}
	if segs := d.sources[0].segs; len(segs) != 2 || body[segs[0][0]:segs[0][1]] != "Ça" {
		t.Errorf("discontinuous span = %v", segs)
	}
}

func TestParseBratErrors(t *testing.T) {
	for _, ann := range []string{
		"T1\tSource 5\tx\n",
		"T1\tSource a b\tx\n",
		"T1\tSource 9 2\tx\n",
		"T1\tSource 0 999\tx\n",
	} {
		if _, err := parseBrat("short", strings.NewReader(ann)); err == nil {
			t.Errorf("no error for %q", ann)
		}
	}
}

func TestMatch(t *testing.T) {
	gold := []span{{segs: [][2]int{{0, 5}}}, {segs: [][2]int{{10, 20}}}, {segs: [][2]int{{30, 31}}}}
	sys := [][2]int{{2, 4}, {10, 20}, {12, 14}, {40, 41}}
	if c := match(gold, sys, false); c.tp != 2 || c.gold != 3 || c.sys != 4 {
		t.Errorf("overlap = %+v, want tp 2 (one system span matches one gold span)", c)
	}
	if c := match(gold, sys, true); c.tp != 1 {
		t.Errorf("exact tp = %d, want 1", c.tp)
	}
	c := prf{gold: 4, sys: 2, tp: 2}
	if c.p() != 1 || c.r() != 0.5 || c.f1() < 0.666 || c.f1() > 0.667 {
		t.Errorf("p %v r %v f1 %v", c.p(), c.r(), c.f1())
	}
}

func TestEvalPolNeARSynthetic(t *testing.T) {
	docs, err := loadPolNeAR("testdata/polnear/dev")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("%d docs, want 1 (second annotator's file ignored)", len(docs))
	}
	sc := scorePolNeAR(docs)
	want := prf{gold: 3, sys: 2, tp: 2}
	if sc.srcOverlap != want || sc.srcExact != want {
		t.Errorf("source overlap %+v exact %+v, want %+v", sc.srcOverlap, sc.srcExact, want)
	}
	if sc.cueExact != want {
		t.Errorf("cue exact %+v, want %+v", sc.cueExact, want)
	}
	var buf bytes.Buffer
	if err := writePolNeAR(&buf, "PolNeAR dev", sc); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "### PolNeAR dev") || !strings.Contains(buf.String(), "| source (overlap) | 3 | 2 | 2 | 1.000 | 0.667 | 0.8000 |") {
		t.Errorf("table:\n%s", buf.String())
	}
}

func TestEvalPolNeARMissing(t *testing.T) {
	if err := EvalPolNeAR(t.TempDir(), &bytes.Buffer{}); err == nil {
		t.Error("no error for a missing corpus")
	}
}

func TestEvalPolNeARDev(t *testing.T) {
	shared := sharedDir(t)
	var buf bytes.Buffer
	if err := EvalPolNeAR(shared, &buf); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + buf.String())
	if !strings.Contains(buf.String(), "### PolNeAR dev") {
		t.Errorf("missing heading:\n%s", buf.String())
	}
}
