package digest

import "time"

// Article is the input of the engine: one news article as plain text.
type Article struct {
	// ID identifies the article for the caller; it is copied to Result.ID.
	ID string `json:"id"`
	// Title is the headline, possibly empty.
	Title string `json:"title"`
	// Body is the plain-text body. Offsets in the Result are byte offsets into it.
	Body string `json:"body"`
	// Published is the publication time; relative dates resolve against it.
	Published time.Time `json:"published"`
}

// Mention types.
const (
	PER  = "PER"  // a person
	LOC  = "LOC"  // a place
	GPE  = "GPE"  // a country or bloc acting politically
	ORG  = "ORG"  // an organisation
	NORP = "NORP" // a nationality or demonym ("Russian")
)

// Mention is one span of the body that names an entity.
type Mention struct {
	Type  string `json:"type"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Kind refines Type: country, place, demonym, bloc, seat, government,
	// organisation or person.
	Kind string `json:"kind,omitempty"`
}

// Person is one person named in the article, with all mentions merged.
type Person struct {
	Name        string   `json:"name"`
	Aliases     []string `json:"aliases"`
	Role        string   `json:"role"`
	Affiliation string   `json:"affiliation"`
	Participant bool     `json:"participant"`
	// Outlets are the outlets that reported the person (stories only).
	Outlets []string `json:"outlets,omitempty"`
}

// Place is a location with the country it lies in.
type Place struct {
	Name    string `json:"name"`
	Country string `json:"country"`
}

// Date is a temporal expression with its TimeML-style value, resolved against
// the publication date ("2025-02-18", "2013-W11", "PRESENT_REF", "P1M").
// Value is empty when the expression could not be resolved.
type Date struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Value string `json:"value"`
	// Type is the TIMEX3 type: DATE, TIME, DURATION or SET.
	Type string `json:"type,omitempty"`
	// Event is a short description of what happens at that time, when clear.
	Event string `json:"event"`
	// Outlets are the outlets that reported the date (stories only).
	Outlets []string `json:"outlets,omitempty"`
}

// Stances of a Reaction.
const (
	Supportive = "supportive"
	Critical   = "critical"
	Neutral    = "neutral"
	Mixed      = "mixed"
)

// Reaction is something an actor said or did in response to the event.
type Reaction struct {
	// Actor is a person's canonical name, or a country, bloc or group.
	Actor  string `json:"actor"`
	Stance string `json:"stance"`
	// Quote is the direct quote, without quotation marks, when there is one.
	Quote string `json:"quote"`
	// Start and End delimit the source sentence in the body.
	Start int `json:"start"`
	End   int `json:"end"`
	// Sentence is the index of the source sentence.
	Sentence int `json:"sentence"`
	// Outlets are the outlets that reported the reaction (stories only).
	Outlets []string `json:"outlets,omitempty"`
}

// Bullet is one labeled line of a quick look.
type Bullet struct {
	Label string `json:"label"`
	Text  string `json:"text"`
	// Sentences are the indexes of the body sentences the bullet is drawn from.
	Sentences []int `json:"sentences,omitempty"`
}

// QuickLook is the short human summary of an article or story.
type QuickLook struct {
	Headline string   `json:"headline"`
	Bullets  []Bullet `json:"bullets"`
}

// Result is everything the engine extracts from one article. Its JSON form is
// the `attache extract` contract; fields may be added but none removed.
type Result struct {
	ID string `json:"id"`
	// Offsets names the unit of all offsets: always "bytes".
	Offsets   string     `json:"offsets"`
	Mentions  []Mention  `json:"mentions"`
	People    []Person   `json:"people"`
	Places    []Place    `json:"places"`
	Venue     *Place     `json:"venue,omitempty"`
	Countries []string   `json:"countries"`
	Mediators []string   `json:"mediators"`
	Excluded  []string   `json:"excluded"`
	Dates     []Date     `json:"dates"`
	Reactions []Reaction `json:"reactions"`
	Agenda    []string   `json:"agenda"`
	QuickLook QuickLook  `json:"quicklook"`
	Summary   []string   `json:"summary"`
	// Relevance scores how diplomatic the article is, from 0 (not at all) to 1.
	Relevance float64 `json:"relevance"`
}
