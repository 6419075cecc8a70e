package digest

import (
	"os"
	"testing"
)

// TestKPOccasionDump lists, over the judged articles, the people the
// rules seated only by clauses of another occasion (seat, occasionAway)
// with the final bullet, for a hand check. It runs only with
// ATTACHE_KP_OCCASION=1.
func TestKPOccasionDump(t *testing.T) {
	if os.Getenv("ATTACHE_KP_OCCASION") == "" {
		t.Skip("set ATTACHE_KP_OCCASION=1 to list the people seated only by another occasion's clauses")
	}
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var away []string
	e.partHook = func(d *doc, excl []string, exclSents, venueSents []int) {
		away = away[:0]
		for _, p := range d.people {
			if p.seatAway && !p.seatHere {
				away = append(away, p.canonical())
			}
		}
		d.addModelParticipants(e.parts, excl, exclSents, venueSents)
	}
	for _, a := range kpArticles(t, quickLookDirs(t)) {
		r := e.Extract(a.art)
		if len(away) == 0 {
			continue
		}
		txt, _ := kpBullet(r.QuickLook)
		t.Logf("%s/%s\taway=%q\tKP: %s", a.set, a.id, away, txt)
	}
}

// TestKPBulletsDump writes the Key Participants bullet of every judged
// article, one a line, to the file ATTACHE_KP_BULLETS names (to compare
// two builds).
func TestKPBulletsDump(t *testing.T) {
	out := os.Getenv("ATTACHE_KP_BULLETS")
	if out == "" {
		t.Skip("set ATTACHE_KP_BULLETS=FILE to write every judged article's Key Participants bullet")
	}
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var b []byte
	for _, a := range kpArticles(t, quickLookDirs(t)) {
		txt, _ := kpBullet(e.Extract(a.art).QuickLook)
		b = append(b, a.set+"/"+a.id+"\t"+txt+"\n"...)
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
