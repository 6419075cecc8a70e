// Package trainset holds what the learned readers' training data
// (agendadata, absencedata, nextdata) and their train commands share: the
// quick-look sets to read and their articles, the thresholds to cross-validate, the sets of
// the articles read, and matching a check's term as whole words.
package trainset

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/digest/evaluate"
)

// Read reads every quick-look set folder of dirs and calls fn with each
// judged article, the folder it is in and the article as the engine reads
// it (QLArticle.Article), in the order of dirs and of the files. It stops
// at the first error, fn's included, and returns it.
func Read(dirs []string, fn func(dir string, q *evaluate.QLArticle, art digest.Article) error) error {
	for _, dir := range dirs {
		qls, err := evaluate.ReadQLSet(dir)
		if err != nil {
			return err
		}
		for i := range qls {
			art, err := qls[i].Article()
			if err != nil {
				return err
			}
			if err := fn(dir, &qls[i], art); err != nil {
				return err
			}
		}
	}
	return nil
}

// Dirs returns the quick-look set folders of a comma-separated list, or
// every set (evaluate.QLDirs) when list is empty.
func Dirs(list string) ([]string, error) {
	if list != "" {
		return strings.Split(list, ","), nil
	}
	dirs, err := evaluate.QLDirs()
	if err != nil {
		return nil, fmt.Errorf("quick-look sets: %w", err)
	}
	return dirs, nil
}

// Grid returns the thresholds of a comma-separated list.
func Grid(list string) ([]float64, error) {
	var ts []float64
	for _, f := range strings.Split(list, ",") {
		t, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		if err != nil {
			return nil, fmt.Errorf("grid: %w", err)
		}
		ts = append(ts, t)
	}
	return ts, nil
}

// Sets returns the sets of arts (set names an article's), in order of
// first appearance of each run: the articles of a set stand together.
func Sets[A any](arts []A, set func(*A) string) []string {
	var out []string
	for i := range arts {
		if s := set(&arts[i]); len(out) == 0 || out[len(out)-1] != s {
			out = append(out, s)
		}
	}
	return out
}

// LeaveOneOut runs the loops of a leave-one-set-out cross validation
// over arts (set names an article's set; the articles of a set stand
// together): for each set, in the order of Sets, it calls train with that
// set held out, then, for each of n thresholds k, visit for every article
// i of the held-out set. The first error stops it.
func LeaveOneOut[A any](arts []A, set func(*A) string, n int, train func(held string) error, visit func(held string, k, i int) error) error {
	for _, held := range Sets(arts, set) {
		if err := train(held); err != nil {
			return err
		}
		for k := range n {
			for i := range arts {
				if set(&arts[i]) != held {
					continue
				}
				if err := visit(held, k, i); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// IsWordByte reports whether c is a byte of a word: a lower-case ASCII
// letter, a digit, or a byte of a non-ASCII letter.
func IsWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 }

// ContainsWord reports whether term occurs in text (both lower case) with
// no letter or digit right before or after it. An empty term is found
// wherever two non-word bytes (or an end) meet.
func ContainsWord(text, term string) bool {
	for off := 0; off <= len(text); {
		i := strings.Index(text[off:], term)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(term)
		if (i == 0 || !IsWordByte(text[i-1])) && (j == len(text) || !IsWordByte(text[j])) {
			return true
		}
		off = i + 1
	}
	return false
}
