package digest

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Stop 18, second round on Reactions (s18-react2): which actors the
// bullet names when a story quotes more than it can hold.

// reactorRunes is the most runes the names of the Reactions bullet take
// together (with their separators). An embed field holds 1,024
// characters; the group labels and the overflow note add under 90, so
// the bullet stays well inside one field whatever the names. Within it,
// maxReactors names at most.
const reactorRunes = 640

// seatedDozen is the most names the Reactions bullet holds before it
// leaves out the stance-less words of the event's own participants
// (see pickReactors): the bullet's old fixed cap.
const seatedDozen = 12

// pickReactors chooses the actors the Reactions bullet names: stances
// lists each actor's stance, labels its name in the bullet and seated
// whether the text seats it at the event (a party or participant), all in
// the story's order; order lists the stances in the bullet's order of
// groups, Neutral ("also commented") last. A quoted voice is a reaction
// the answer keys list whatever its stance, so the bullet names as many
// as it can (maxReactors, reactorRunes) rather than a fixed dozen; past
// that, an actor with a stance comes before any that only commented, the
// first actor of every stance group before a group's second (one side's
// many voices must not hide the other stances), and within a group the
// story's order decides. A participant's words without a stance are the
// talks' own content (its position, its account of the meeting) more
// than a reaction to them, so those are named only within the old dozen
// (seatedDozen): outside voices (analysts, bodies, neighbours) fill the
// room the larger cap gives. keep[i] reports whether actor i is
// named; more is how many are not.
func pickReactors(stances, labels, order []string, seated []bool) (keep []bool, more int) {
	keep = make([]bool, len(stances))
	n, runes := 0, 0
	take := func(i, most int) {
		if w := utf8.RuneCountInString(labels[i]) + 2; n < most && runes+w <= reactorRunes {
			keep[i] = true
			n++
			runes += w
		}
	}
	// each stance group's first actor
	for _, st := range order {
		if st == Neutral {
			continue
		}
		for i, s := range stances {
			if s == st {
				take(i, maxReactors)
				break
			}
		}
	}
	for _, st := range order {
		for i, s := range stances {
			if s == st && !keep[i] {
				if st == Neutral && seated[i] {
					take(i, seatedDozen)
				} else {
					take(i, maxReactors)
				}
			}
		}
	}
	for _, k := range keep {
		if !k {
			more++
		}
	}
	return keep, more
}

// moreNote is the overflow note after the Reactions bullet's groups, "and
// 3 more" (the actors pickReactors did not name, whatever their stance:
// a group of its own, not a name of the last group), or "" for none.
func moreNote(more int) string {
	if more <= 0 {
		return ""
	}
	return "and " + strconv.Itoa(more) + " more"
}

// analystPlain makes mixed the words of an outside analyst (the
// reactions at indices idx of out, see analystSource and analystActors)
// that no rule and no model read a stance in. The assessment a story
// quotes from an analyst weighs the talks ("made strategic sense, but
// the record is uneven", "a meeting to prove the group still exists"),
// and no cue word holds that weighing; analystView already reads an
// analyst's one-sided cue as mixed, and the same reason holds for words
// with none: an analyst is no side of the talks and is quoted for a
// judgement of them, so "also commented" undersells it. Only an analyst's
// (a person's words by post: researcher, analyst, fellow, professor),
// never a party's, a minister's or a spokesman's plain words; only an
// analyst quoted in the story (own words, not the writer's paraphrase
// alone), and not one whose stance the rules read in other words ("She
// condemned the closure ...": the plain words add nothing to it).
func (d *doc) analystPlain(out []Reaction, idx []int) {
	for _, i := range idx {
		r := &out[i]
		if r.Stance != Neutral || r.Sentence < 0 || r.Sentence >= len(d.sents) {
			continue
		}
		quoted := false
		for j := range out {
			if out[j].Actor != r.Actor {
				continue
			}
			if out[j].Stance != Neutral && !slices.Contains(idx, j) || out[j].Stance == Critical || out[j].Stance == Supportive {
				// the analyst's stance is read elsewhere: the plain
				// words add nothing to it
				quoted = false
				break
			}
			if out[j].Quote != "" || strings.ContainsAny(d.sents[out[j].Sentence].span.Of(d.body), "\"“”") {
				quoted = true
			}
		}
		if quoted {
			r.Stance = Mixed
		}
	}
}
