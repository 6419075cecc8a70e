package digest

// Stop 18 on Reactions (s18-react): a voice that praises and warns in one
// reaction, read together, and the reactions of an actor the rules lose.

// analystActors returns idx (the indices in out of reactions whose source
// names an outside analyst, see analystSource) with every other reaction
// of the same actors: a story names an analyst's post once ("X, a
// researcher at Y, said ...") and gives the further words with "she
// said"; the post is the actor's, not the sentence's, so analystView
// reads those words as it reads the first. Only a person's, and only the
// words after the post is named: a story introduces its analyst before
// quoting on ("Cepes says ... The Cepes researcher recalls": a body's
// words, then its researcher's, which the tagger may file under one
// name); and not a person the text seats at the event ("The Macedonian
// co-chair, Professor X, said ..."): a side's words are no outside view.
func (d *doc) analystActors(out []Reaction, idx []int) []int {
	if len(idx) == 0 {
		return idx
	}
	n := len(idx)
	for j := range out {
		if containsIdx(idx[:n], j) {
			continue
		}
		for _, i := range idx[:n] {
			if out[i].Actor == out[j].Actor && out[j].Sentence > out[i].Sentence && d.isPerson(out[j].Actor) && d.outsider(&out[j]) {
				idx = append(idx, j)
				break
			}
		}
	}
	return idx
}

// containsIdx reports whether idx holds i.
func containsIdx(idx []int, i int) bool {
	for _, k := range idx {
		if k == i {
			return true
		}
	}
	return false
}
