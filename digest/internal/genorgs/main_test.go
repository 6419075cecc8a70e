package main

import "testing"

func TestFilters(t *testing.T) {
	english := map[string]bool{"marine": true, "state": true, "airway": true, "sachs": false}
	block := map[string]bool{"Paris": true, "Kong": true}
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Basque Fatherland and Liberty", true}, // several capitalised words and a particle
		{"FARC", true},                          // an acronym of three letters
		{"SA", false},                           // too short an acronym
		{"Marines", false},                      // the plural of an English word
		{"State", false},                        // an English word
		{"Bush administration", false},          // a lower-case word
		{"Paris", false},                        // a place of the engine's lexicons
		{"Hezbollah", true},
	} {
		if got := keepName(c.name, english, block); got != c.want {
			t.Errorf("keepName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
	for _, c := range []struct {
		word string
		want bool
	}{
		{"Halliburton", true},
		{"Airways", false}, // plural of an English word
		{"Kong", false},    // a word of a place name
		{"ILMN", false},    // all capitals
		{"Abc", false},     // too short
		{"Hewlett-Packard", false},
	} {
		if got := companyWord(c.word, english, block); got != c.want {
			t.Errorf("companyWord(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}
