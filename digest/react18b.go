package digest

import (
	"strconv"
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
