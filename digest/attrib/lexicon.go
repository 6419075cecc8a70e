package attrib

import (
	"slices"
	"strings"
)

// Lexicons of the attribution finder. The list of reporting verbs was
// informed by the cue frequencies of the PolNeAR training split (research
// use; how often each word form is annotated as an attribution cue compared
// with all its occurrences); the stance classes are hand-assigned.

// cue forms.
const (
	formFinite = iota // said, says, told, warned
	formIng           // saying, adding, calling (participial)
	formBase          // say, argue (needs a plural or pronoun subject, or an auxiliary)
)

// stance polarities.
const (
	polNeutral    = 0
	polCritical   = -1
	polSupportive = 1
)

type cueInfo struct {
	kind   uint8 // kindSpeech, kindThought
	form   uint8
	stance int8
}

const (
	kSpeech uint8 = iota
	kThought
	kAccording
	kPosition
)

func fin(st int8) cueInfo     { return cueInfo{kSpeech, formFinite, st} }
func ing(st int8) cueInfo     { return cueInfo{kSpeech, formIng, st} }
func base(st int8) cueInfo    { return cueInfo{kSpeech, formBase, st} }
func thought(f uint8) cueInfo { return cueInfo{kThought, f, polNeutral} }

// cueTable is the lexicon Find uses: the curated cues plus the learned ones.
var cueTable = buildCues(learnedBase, learnedAdded, learnedDropped)

// buildCues merges the curated cues with learned word forms (base plus
// added, less dropped; as position cues, the form guessed from the suffix).
func buildCues(base, added, dropped []string) map[string]cueInfo {
	m := make(map[string]cueInfo, len(cues)+len(base)+len(added))
	for _, w := range slices.Concat(base, added) {
		if slices.Contains(dropped, w) {
			continue
		}
		form := formBase
		switch {
		case strings.HasSuffix(w, "ing"):
			form = formIng
		case strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") || irregularPast[w]:
			form = formFinite
		}
		m[w] = cueInfo{kPosition, uint8(form), polNeutral}
	}
	for w, c := range cues {
		m[w] = c
	}
	return m
}

// irregularPast lists past-tense forms without the -ed suffix.
var irregularPast = map[string]bool{
	"said": true, "told": true, "wrote": true, "thought": true, "knew": true, "saw": true,
	"felt": true, "sought": true, "found": true, "made": true, "took": true, "gave": true,
	"spoke": true, "laid": true, "held": true, "led": true, "put": true, "cast": true,
	"shown": true, "known": true, "seen": true, "written": true, "spent": true, "sent": true,
}

// cues maps lower-case word forms to curated reporting-verb information.
var cues = map[string]cueInfo{
	// neutral speech
	"said": fin(0), "says": fin(0), "say": base(0), "saying": ing(0),
	"told": fin(0), "tells": fin(0), "telling": ing(0),
	"stated": fin(0), "stating": ing(0),
	"wrote": fin(0), "writes": fin(0), "writing": ing(0),
	"added": fin(0), "adds": fin(0), "adding": ing(0),
	"asked": fin(0), "asks": fin(0), "asking": ing(0),
	"reported": fin(0), "reports": fin(0),
	"announced": fin(0), "announces": fin(0), "announcing": ing(0), "announce": base(0),
	"suggested": fin(0), "suggests": fin(0), "suggesting": ing(0), "suggest": base(0),
	"noted": fin(0), "notes": fin(0), "noting": ing(0),
	"argued": fin(0), "argues": fin(0), "arguing": ing(0), "argue": base(0),
	"explained": fin(0), "explains": fin(0), "explaining": ing(0), "explain": base(0),
	"described": fin(0), "describes": fin(0), "describing": ing(0),
	"tweeted": fin(0), "tweeting": ing(0),
	"declared": fin(0), "declares": fin(0), "declaring": ing(0),
	"emphasized": fin(0), "emphasised": fin(0), "emphasizes": fin(0), "emphasises": fin(0), "emphasizing": ing(0), "emphasising": ing(0),
	"stressed": fin(0), "stresses": fin(0), "stressing": ing(0),
	"insisted": fin(0), "insists": fin(0), "insisting": ing(0), "insist": base(0),
	"responded": fin(0), "replied": fin(0), "answered": fin(0),
	"acknowledged": fin(0), "acknowledges": fin(0), "acknowledging": ing(0), "acknowledge": base(0),
	"admitted": fin(0), "admits": fin(0), "conceded": fin(0),
	"claimed": fin(0), "claims": fin(0), "claiming": ing(0),
	"cited": fin(0), "cites": fin(0), "citing": ing(0),
	"recalled": fin(0), "recalls": fin(0), "recalling": ing(0),
	"concluded": fin(0), "concludes": fin(0),
	"confirmed": fin(0), "confirms": fin(0),
	"denied": fin(0), "denies": fin(0),
	"revealed": fin(0), "reveals": fin(0),
	"mentioned": fin(0),
	"indicated": fin(0), "indicates": fin(0),
	"predicted": fin(0), "predicts": fin(0), "predicting": ing(0),
	"reiterated": fin(0), "repeated": fin(0), "echoed": fin(0),
	"asserted": fin(0), "asserts": fin(0), "contended": fin(0),
	"remarked": fin(0), "joked": fin(0), "quipped": fin(0), "recounted": fin(0),
	"posted": fin(0), "emailed": fin(0), "shouted": fin(0), "pleaded": fin(0),
	"called": fin(0), "calls": fin(0), "calling": ing(0),
	"urged": fin(0), "urges": fin(0), "urging": ing(0),
	"voiced": fin(0), "expressed": fin(0),
	"proposed": fin(0), "offered": fin(0),
	"pointed": fin(0), "referring": ing(0), "referred": fin(0),
	"declined": fin(0), "refused": fin(0),
	"signaled": fin(0), "signalled": fin(0),
	"downplayed": fin(0), "outlined": fin(0),
	"continued": fin(0),
	"showed":    fin(0), "shows": fin(0), "show": base(0), "found": fin(0), "finds": fin(0),

	// critical
	"warned": fin(-1), "warns": fin(-1), "warning": ing(-1),
	"dismissed": fin(-1), "dismisses": fin(-1), "dismissing": ing(-1),
	"criticized": fin(-1), "criticised": fin(-1), "criticizes": fin(-1), "criticises": fin(-1),
	"criticizing": ing(-1), "criticising": ing(-1),
	"condemned": fin(-1), "condemns": fin(-1), "condemning": ing(-1),
	"denounced": fin(-1), "denounces": fin(-1), "denouncing": ing(-1),
	"accused": fin(-1), "accuses": fin(-1), "accusing": ing(-1),
	"attacked": fin(-1), "blasted": fin(-1), "slammed": fin(-1), "slams": fin(-1),
	"rejected": fin(-1), "rejects": fin(-1), "rejecting": ing(-1),
	"decried": fin(-1), "railed": fin(-1), "mocked": fin(-1), "mocking": ing(-1),
	"blamed": fin(-1), "blames": fin(-1), "charged": fin(-1), "complained": fin(-1),
	"lamented": fin(-1), "questioned": fin(-1), "questioning": ing(-1),
	"protested": fin(-1), "objected": fin(-1), "lambasted": fin(-1), "ripped": fin(-1),
	"challenged": fin(-1), "opposed": fin(-1), "opposes": fin(-1),

	// supportive
	"welcomed": fin(1), "welcomes": fin(1), "welcoming": ing(1),
	"praised": fin(1), "praises": fin(1), "praising": ing(1),
	"hailed": fin(1), "applauded": fin(1), "lauded": fin(1), "commended": fin(1),
	"thanked": fin(1), "congratulated": fin(1),
	"endorsed": fin(1), "endorses": fin(1), "endorsing": ing(1),
	"assured": fin(1), "assures": fin(1),
	"promised": fin(1), "promises": fin(1), "promising": ing(1),
	"vowed": fin(1), "vows": fin(1),
	"touted": fin(1), "defended": fin(1), "agreed": fin(1),

	// thought and stance
	"believes": thought(formFinite), "believed": thought(formFinite),
	"thinks": thought(formFinite), "hopes": thought(formFinite), "hoped": thought(formFinite),
	"hoping": thought(formIng), "fears": thought(formFinite), "feared": thought(formFinite),
	"worried": thought(formFinite), "wonders": thought(formFinite), "wondered": thought(formFinite),
	"sought": thought(formFinite), "seeks": thought(formFinite),
}

// particles that turn a verb into a reporting phrase ("pointed out",
// "called for"); the particle is part of the cue.
var particles = map[string]map[string]bool{
	"pointed":  {"out": true, "to": true},
	"referred": {"to": true},
	"called":   {"for": true, "on": true},
	"calls":    {"for": true, "on": true},
	"calling":  {"for": true, "on": true},
	"found":    {"that": true},
	"finds":    {"that": true},
	"showed":   {"that": true},
	"shows":    {"that": true},
	"show":     {"that": true},
}

// needParticle lists cues that only count when followed by one of their
// particles.
var needParticle = map[string]bool{
	"pointed": true, "found": true, "finds": true, "referred": true,
}

// skipBack are words passed over between a subject and its reporting verb
// ("has also said", "would later tell").
var skipBack = map[string]bool{
	"also": true, "has": true, "have": true, "had": true, "will": true, "would": true,
	"could": true, "can": true, "may": true, "might": true, "should": true, "must": true,
	"did": true, "does": true, "do": true, "later": true, "earlier": true,
	"previously": true, "recently": true, "repeatedly": true, "reportedly": true,
	"publicly": true, "privately": true, "once": true, "twice": true, "again": true, "then": true,
	"just": true, "already": true, "often": true, "even": true, "still": true,
	"quickly": true, "initially": true, "first": true, "further": true, "flatly": true,
	"strongly": true, "sharply": true, "openly": true, "explicitly": true, "specifically": true,
	"simply": true, "frequently": true, "subsequently": true, "separately": true,
	"immediately": true, "swiftly": true, "angrily": true, "bluntly": true, "firmly": true,
	"forcefully": true, "loudly": true, "clearly": true, "actually": true, "only": true,
	"never": true, "always": true, "now": true, "formally": true, "officially": true,
	"long": true, "yesterday": true, "today": true, "tonight": true, "personally": true, "directly": true,
	// the manner of a response ("warmly welcomed", "cautiously welcomed",
	// "roundly condemned", "broadly backed")
	"warmly": true, "cautiously": true, "tentatively": true, "guardedly": true, "warily": true, "broadly": true,
	"largely": true, "heartily": true, "enthusiastically": true, "vehemently": true, "fiercely": true, "roundly": true,
	"unanimously": true, "jointly": true,
	// negated auxiliaries, one token each ("didn't say", "doesn’t mention")
	"doesn't": true, "don't": true, "didn't": true, "won't": true, "wouldn't": true, "can't": true,
	"couldn't": true, "shouldn't": true, "hasn't": true, "haven't": true, "hadn't": true,
	"doesn’t": true, "don’t": true, "didn’t": true, "won’t": true, "wouldn’t": true, "can’t": true,
	"couldn’t": true, "shouldn’t": true, "hasn’t": true, "haven’t": true, "hadn’t": true,
}

// pronouns that can be a source on their own.
var pronouns = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"who": true, "which": true,
}

// stopNP are words that never belong to a source noun phrase; scanning a
// phrase stops there.
var stopNP = map[string]bool{
	// prepositions ("of" is handled separately)
	"in": true, "on": true, "at": true, "to": true, "for": true, "with": true, "by": true,
	"from": true, "about": true, "after": true, "before": true, "during": true, "over": true,
	"under": true, "against": true, "into": true, "through": true, "since": true,
	"without": true, "between": true, "among": true, "amid": true, "despite": true,
	"toward": true, "towards": true, "upon": true, "via": true, "like": true, "than": true,
	// conjunctions, complementisers, relatives
	"and": true, "or": true, "but": true, "nor": true, "yet": true, "so": true,
	"that": true, "because": true, "while": true, "whilst": true, "when": true,
	"as": true, "if": true, "although": true, "though": true, "where": true, "whether": true,
	"unless": true, "until": true, "whose": true, "whom": true, "what": true, "how": true,
	"why": true, "then": true, "also": true, "not": true, "n't": true,
	// verbs
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "has": true, "have": true, "had": true, "will": true, "would": true,
	"could": true, "can": true, "may": true, "might": true, "should": true, "must": true,
	"did": true, "does": true, "do": true, "shall": true, "get": true, "got": true,
	// pronouns (objects and possessive-free)
	"him": true, "her": true, "them": true, "us": true, "me": true, "it": true,
	"he": true, "she": true, "they": true, "we": true, "i": true, "you": true,
	"who": true, "which": true, "there": true, "here": true,
	// adverbs and fillers
	"however": true, "meanwhile": true, "instead": true,
	"too": true, "very": true, "really": true, "just": true, "now": true,
}

// leadTrim are words stripped from the start of a source phrase.
var leadTrim = map[string]bool{
	"but": true, "and": true, "so": true, "yet": true, "or": true, "then": true,
	"still": true, "meanwhile": true, "however": true, "also": true, "now": true,
	"instead": true, "indeed": true, "thus": true, "later": true, "separately": true,
	"in": true, "on": true, "at": true, "of": true, "for": true, "to": true,
}

// dets open a noun phrase on the right of an inverted cue ("said a spokesman").
var dets = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true,
	"its": true, "one": true, "another": true, "this": true, "that": true,
	"several": true, "some": true, "many": true, "two": true, "three": true,
}

// content cues (lower-case tokens) for stance.
var critWords = map[string]bool{
	"outrage": true, "outraged": true, "outrageous": true, "concern": true, "concerns": true,
	"concerned": true, "worried": true, "worry": true, "unproductive": true,
	"unacceptable": true, "wrong": true, "dangerous": true, "threat": true, "threatens": true,
	"illegal": true, "mistake": true, "failure": true, "failed": true, "disaster": true,
	"betrayal": true, "betray": true, "sidelined": true, "backlash": true, "protest": true,
	"emergency": true, "criticism": true, "condemn": true, "condemned": true, "reject": true,
	"rejected": true, "oppose": true, "opposed": true, "shameful": true, "disgrace": true,
	"disgraceful": true, "absurd": true, "ridiculous": true, "irresponsible": true,
	"reckless": true, "aggression": true, "unjustified": true, "alarm": true, "alarmed": true,
	"regret": true, "deplorable": true, "appalling": true, "unrealistic": true, "invalid": true,
	"excluded": true, "exclude": true, "sharp": true, "angry": true, "anger": true, "furious": true,
	"lies": true, "liar": true, "fake": true, "terrible": true, "horrible": true,
	"disappointing": true, "disappointed": true, "disappointment": true, "regrettable": true,
	"deplore": true, "deplores": true, "deplored": true, "counterproductive": true, "pointless": true,
	"provocation": true, "provocative": true, "hostile": true, "irrelevant": true,
}

var suppWords = map[string]bool{
	"welcome": true, "welcomed": true, "welcomes": true, "positive": true, "constructive": true,
	"productive": true, "progress": true, "good": true, "great": true, "optimistic": true,
	"praise": true, "successful": true, "success": true,
	"breakthrough": true, "encouraging": true, "grateful": true, "thank": true, "thanks": true,
	"pleased": true, "glad": true, "excellent": true, "wonderful": true, "hopeful": true,
	"commend": true, "appreciate": true, "fruitful": true, "welcoming": true,
	"historic": true, "agree": true, "agreed": true, "partnership": true, "cooperation": true,
}

// negators flip the polarity of the next content cue ("would not recognize").
var negators = map[string]bool{
	"not": true, "n't": true, "never": true, "no": true, "cannot": true, "won't": true,
	"don't": true, "doesn't": true, "didn't": true, "isn't": true, "wasn't": true,
	"wouldn't": true, "can't": true, "couldn't": true, "aren't": true, "without": true,
}

// negCrit are content words that signal criticism when negated
// ("would not recognize", "will not accept").
var negCrit = map[string]bool{
	"recognize": true, "recognise": true, "accept": true, "support": true, "agree": true,
	"valid": true, "legitimate": true, "allow": true, "tolerate": true, "productive": true,
	"invited": true, "welcome": true, "participate": true, "trust": true, "serious": true, "helpful": true,
}

// demonyms maps nationality adjectives to the country they stand for.
var demonyms = map[string]string{
	"american": "United States", "russian": "Russia", "ukrainian": "Ukraine",
	"french": "France", "british": "United Kingdom", "german": "Germany",
	"chinese": "China", "japanese": "Japan", "italian": "Italy", "spanish": "Spain",
	"polish": "Poland", "turkish": "Turkey", "iranian": "Iran", "israeli": "Israel",
	"palestinian": "Palestine", "saudi": "Saudi Arabia", "indian": "India",
	"pakistani": "Pakistan", "canadian": "Canada", "mexican": "Mexico",
	"brazilian": "Brazil", "korean": "South Korea", "syrian": "Syria", "iraqi": "Iraq",
	"egyptian": "Egypt", "qatari": "Qatar", "emirati": "United Arab Emirates",
	"dutch": "Netherlands", "belgian": "Belgium", "swedish": "Sweden",
	"norwegian": "Norway", "finnish": "Finland", "danish": "Denmark", "greek": "Greece",
	"hungarian": "Hungary", "romanian": "Romania", "czech": "Czech Republic",
	"austrian": "Austria", "swiss": "Switzerland", "irish": "Ireland",
	"australian": "Australia", "belarusian": "Belarus", "georgian": "Georgia",
	"lithuanian": "Lithuania", "latvian": "Latvia", "estonian": "Estonia",
	"afghan": "Afghanistan", "venezuelan": "Venezuela",
	"cuban": "Cuba", "lebanese": "Lebanon", "jordanian": "Jordan", "yemeni": "Yemen",
	"nigerian": "Nigeria", "ethiopian": "Ethiopia", "kenyan": "Kenya",
	"south african": "South Africa", "armenian": "Armenia", "azerbaijani": "Azerbaijan",
	"serbian": "Serbia", "croatian": "Croatia", "slovak": "Slovakia", "portuguese": "Portugal",
	"taiwanese": "Taiwan", "vietnamese": "Vietnam", "thai": "Thailand", "indonesian": "Indonesia",
}

// countryAliases maps short country forms seen in group subjects to
// canonical names.
var countryAliases = map[string]string{
	"uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
	"great britain": "United Kingdom", "us": "United States", "u.s.": "United States",
	"usa": "United States", "america": "United States", "eu": "European Union",
	"e.u.": "European Union",
}

// definite descriptions of people that resolve to a titled person
// ("the Ukrainian president").
var titleWords = map[string]bool{
	"president": true, "minister": true, "secretary": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "chancellor": true, "leader": true,
	"premier": true, "envoy": true, "adviser": true, "advisor": true, "ambassador": true,
	"king": true, "prince": true, "senator": true, "governor": true, "mayor": true,
	"candidate": true, "nominee": true, "general": true, "chief": true, "diplomat": true,
	"manager": true, "chairman": true, "chairwoman": true, "director": true, "official": true,
	"aide": true, "analyst": true, "strategist": true, "secretary-general": true, "head": true,
	"commissioner": true, "representative": true, "congressman": true, "congresswoman": true,
	"speaker": true, "judge": true, "attorney": true, "lawyer": true, "economist": true,
	"professor": true, "pollster": true, "founder": true, "executive": true, "commander": true,
	"negotiator": true, "vice-president": true, "mate": true, "surrogate": true, "correspondent": true, "editor": true, "host": true, "author": true, "researcher": true,
	"activist": true, "organizer": true, "coordinator": true, "deputy": true, "member": true,
}

// invertible cues may follow their source ("..., said Smith"); verbs that
// take an object ("told AFP") may not.
var invertible = map[string]bool{
	"said": true, "says": true, "added": true, "adds": true, "wrote": true, "writes": true,
	"noted": true, "explained": true, "continued": true, "recalled": true, "declared": true,
	"insisted": true, "argued": true, "stated": true, "replied": true, "responded": true,
	"remarked": true, "joked": true, "quipped": true, "warned": true, "asked": true,
	"tweeted": true, "concluded": true, "cautioned": true, "countered": true, "observed": true,
	"acknowledged": true, "conceded": true, "predicted": true, "suggested": true,
}

// interWords are time words and medium nouns that may sit between a
// subject and its verb ("Clinton on Tuesday said", "Bush in a Medium post said").
var interWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "week": true, "month": true, "year": true,
	"morning": true, "afternoon": true, "evening": true, "night": true, "weekend": true,
	"statement": true, "interview": true, "post": true, "speech": true, "conference": true,
	"email": true, "letter": true, "tweet": true, "op-ed": true, "appearance": true,
	"call": true, "message": true, "briefing": true, "video": true, "rally": true,
	"event": true, "memo": true, "release": true, "report": true, "column": true,
	"hearing": true, "debate": true, "address": true, "remarks": true, "show": true,
	"broadcast": true, "editorial": true, "filing": true, "podcast": true, "time": true,
}

// interPreps introduce such a phrase.
var interPreps = map[string]bool{"on": true, "in": true, "at": true, "during": true, "last": true, "this": true, "earlier": true}

// pollWords head phrases that are sources after "in" ("in a Fox poll").
var pollWords = map[string]bool{
	"poll": true, "polls": true, "survey": true, "surveys": true, "study": true,
	"studies": true, "report": true, "analysis": true, "audit": true, "review": true,
}

// colonLabels end phrases that label text rather than name a speaker.
var colonLabels = map[string]bool{
	"update": true, "updated": true, "correction": true, "note": true, "photo": true,
	"related": true, "watch": true, "video": true, "read": true, "agenda": true,
	"location": true, "date": true, "look": true, "edition": true, "source": true,
	"sources": true, "advertisement": true, "credit": true, "tags": true, "share": true,
	"topics": true, "summary": true, "background": true, "context": true, "why": true,
	"what": true, "who": true, "when": true, "where": true, "how": true, "participants": true,
	"reactions": true, "position": true, "response": true, "concerns": true, "next": true,
	"absence": true, "breaking": true, "exclusive": true, "opinion": true, "analysis": true,
	"editorial": true, "live": true, "latest": true, "contact": true, "email": true,
	// credit lines and the interviewer's and interviewee's marks of a
	// transcript ("Contributing: ...", "Q: ...", "A: ...") name no speaker
	"contributing": true, "byline": true, "q": true, "a": true,
}

// controlVerbs govern an infinitive cue ("continue to warn") whose subject
// is theirs.
var controlVerbs = map[string]bool{
	"continue": true, "continues": true, "continued": true, "want": true, "wants": true,
	"wanted": true, "plan": true, "plans": true, "planned": true, "refuse": true,
	"refuses": true, "refused": true, "declined": true, "declines": true, "seem": true,
	"seems": true, "seemed": true, "appear": true, "appears": true, "appeared": true,
	"try": true, "tries": true, "tried": true, "began": true, "begin": true, "begins": true,
	"used": true, "hope": true, "hopes": true, "hoped": true, "intend": true, "intends": true,
	"intended": true, "vowed": true, "promised": true, "threatened": true, "agreed": true,
	"going": true, "expected": true, "likely": true, "sought": true, "seeks": true,
	"moved": true, "rushed": true, "went": true, "decided": true, "chose": true,
	"has": true, "have": true, "had": true, "need": true, "needs": true, "needed": true,
}

// clauseConj after a comma starts a new clause, ending a reported one.
var clauseConj = map[string]bool{
	"but": true, "and": true, "while": true, "whereas": true, "although": true,
	"though": true, "yet": true, "as": true, "so": true, "because": true,
}

// groupNouns head phrases that stand for a country's government when
// modified by a demonym ("French officials").
var groupNouns = map[string]bool{
	"officials": true, "government": true, "authorities": true, "diplomats": true,
	"ministers": true, "delegation": true, "negotiators": true, "officers": true,
	"sources": true, "leadership": true, "military": true, "forces": true, "side": true,
	"ministry": true, "administration": true, "envoys": true, "lawmakers": true,
}

// subordinators open a clause whose reported content ends at the next comma
// ("Although he has downplayed any link, his trip ...").
var subordinators = map[string]bool{
	"although": true, "though": true, "while": true, "as": true, "because": true,
	"if": true, "when": true, "since": true, "after": true, "before": true,
	"whereas": true, "even": true, "once": true, "unless": true,
}

// quantifiers can head a plural subject on their own ("Some say", "most
// believe", "those who say").
var quantifiers = map[string]bool{
	"some": true, "many": true, "most": true, "others": true, "few": true, "both": true,
	"all": true, "half": true, "majority": true, "percent": true, "those": true,
	"these": true, "who": true, "people": true, "none": true, "several": true,
	"dozens": true, "hundreds": true, "thousands": true, "millions": true, "one-third": true,
	"two-thirds": true, "third": true, "quarter": true, "minority": true, "plurality": true,
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "women": true, "men": true, "children": true,
}

// pollParticiples end a subject after a plural ("those surveyed said").
var pollParticiples = map[string]bool{
	"surveyed": true, "polled": true, "interviewed": true, "questioned": true, "asked": true,
	"sampled": true, "contacted": true, "queried": true,
}

// apposConj are the conjunctions that open a clause of their own after a
// comma: the name after one is the subject of the verb that follows its
// parenthetical (", while Hichilema, speaking to reporters, said").
var apposConj = map[string]bool{
	"while": true, "whereas": true, "although": true, "though": true,
}
