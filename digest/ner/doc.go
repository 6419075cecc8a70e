// Package ner is a learned named-entity tagger for the digest engine: a
// left-to-right averaged perceptron over hashed sparse features (word,
// shape, affixes, context words, capitalisation, gazetteer membership, generic
// words of organisation names, document-level casing, word classes learned
// from unlabelled text and the two previous tags), decoded with a beam of two tag histories and trained as a
// structured perceptron (see beam.go), with BIO labels for people (PER),
// places (LOC), organisations (ORG), nationalities (NORP), time expressions
// (TIM), other names (MISC) and titles that precede a person's name (TTL:
// "President", "Mr."). In a headline in capitals or in title case, words
// take the capitalisation the rest of the document (or the lexicon) gives
// them.
//
// The weights and the gazetteer are trained by cmd/train-ner from the
// Groningen Meaning Bank training split, MEANTIME's English articles and the
// lexicons in digest/data, and embedded in model.bin with the word classes
// of data/clusters.tsv.gz (induced by cmd/build-clusters with the exchange
// algorithm from GMB train, MEANTIME and public-domain State of the Union
// addresses: about 20,000 words in 256 fine, 64 middle and 16 coarse
// classes). A country or city that
// GMB tags org ("Tehran says") is trained as LOC, this package's convention.
// An optional second pass (stacking on jackknifed first-pass labels) can be
// trained with -folds; the shipped model has none. CoNLL-2003 is used only to
// measure (EvalTagger).
//
// The tagger is tokenisation-agnostic: callers pass words and get one label per
// word. Load once and share the Tagger; it is safe for concurrent use.
package ner
