package alerts

// Doc is a story as alert matching sees it: plain strings, so this package
// does not depend on the digest or the store.
type Doc struct {
	// StoryID identifies the story.
	StoryID string
	// Title is the story's headline.
	Title string
	// Text is the story's text (the body of its lead article, or a summary).
	Text string
	// People, Countries, Places, Orgs and Excluded are the extracted facts:
	// names of participants, countries involved, places, organisations and
	// the parties left out of the talks.
	People, Countries, Places, Orgs, Excluded []string
	// New lists what changed in this update of the story, in plain words;
	// empty for a new story or an update without new facts.
	New []string
}

// region is one part of a document a term can match in: a run of tokens in
// a docTokens buffer. Phrases never span two regions.
type region struct {
	kind        Field // FieldAny for the text
	first, last int   // token range [first, last)
}

// docTokens is a tokenized document.
type docTokens struct {
	tz      tokenizer
	regions []region
}

func (d *docTokens) reset() {
	d.tz.reset()
	d.regions = d.regions[:0]
}

func (d *docTokens) addRegion(kind Field, s string) {
	if s == "" {
		return
	}
	first := d.tz.add(s)
	if last := len(d.tz.toks); last > first {
		d.regions = append(d.regions, region{kind: kind, first: first, last: last})
	}
}

func (d *docTokens) addRegions(kind Field, ss []string) {
	for _, s := range ss {
		d.addRegion(kind, s)
	}
}

// load tokenizes every matchable part of doc.
func (d *docTokens) load(doc *Doc) {
	d.reset()
	d.addRegion(FieldTitle, doc.Title)
	d.addRegion(FieldAny, doc.Text)
	d.addRegions(FieldPerson, doc.People)
	d.addRegions(FieldCountry, doc.Countries)
	d.addRegions(FieldPlace, doc.Places)
	d.addRegions(FieldOrg, doc.Orgs)
	d.addRegions(FieldExcluded, doc.Excluded)
}

// fieldMatches reports whether a term restricted to tf may match in a region
// of kind rk. Unrestricted terms match everywhere.
func fieldMatches(tf, rk Field) bool { return tf == FieldAny || tf == rk }

// contains reports whether the term's tokens occur consecutively in a region
// the term's field allows. It is the simple reference the Index must agree with.
func (d *docTokens) contains(t *Term) bool {
	if len(t.tokens) == 0 {
		return false
	}
	for _, r := range d.regions {
		if !fieldMatches(t.Field, r.kind) {
			continue
		}
		for i := r.first; i+len(t.tokens) <= r.last; i++ {
			ok := true
			for j, tok := range t.tokens {
				if string(d.tz.token(i+j)) != tok {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// Match reports whether the expression matches doc. It tokenizes the
// document for every call; to match many expressions use an Index.
func (e *Expr) Match(doc Doc) bool {
	var d docTokens
	d.load(&doc)
	return evalNode(e.root, d.contains)
}

// MatchedTerms returns the terms of e found in doc (whether or not e as a
// whole matches), to explain a match to the user.
func (e *Expr) MatchedTerms(doc Doc) []*Term {
	var d docTokens
	d.load(&doc)
	var out []*Term
	for _, t := range e.Terms() {
		if d.contains(t) {
			out = append(out, t)
		}
	}
	return out
}

func evalNode(n *Node, has func(*Term) bool) bool {
	switch n.Op {
	case OpTerm:
		return has(n.Term)
	case OpNot:
		return !evalNode(n.Kids[0], has)
	case OpAnd:
		for _, k := range n.Kids {
			if !evalNode(k, has) {
				return false
			}
		}
		return true
	default: // OpOr
		for _, k := range n.Kids {
			if evalNode(k, has) {
				return true
			}
		}
		return false
	}
}
