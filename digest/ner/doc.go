// Package ner is a learned named-entity tagger for the digest engine: a
// greedy left-to-right averaged perceptron over hashed sparse features (word,
// shape, affixes, context words, capitalisation, gazetteer membership and the
// two previous tags), with BIO labels for people (PER), places (LOC),
// organisations (ORG), nationalities (NORP), time expressions (TIM), other
// names (MISC) and titles that precede a person's name (TTL: "President",
// "Mr.").
//
// The weights and the gazetteer are trained by cmd/train-ner from the
// Groningen Meaning Bank training split (and the lexicons in digest/data) and
// embedded in model.bin. CoNLL-2003 is used only to measure (EvalTagger).
//
// The tagger is tokenisation-agnostic: callers pass words and get one label per
// word. Load once and share the Tagger; it is safe for concurrent use.
package ner
