package attrib

import "strings"

// seedEnts builds the entity mentions the NER stage would give for the seed
// article: every occurrence of each surface form below.
func seedEnts(body string) []Entity {
	forms := []struct{ text, typ, name string }{
		{"Sergey Lavrov", "PER", "Sergey Lavrov"}, {"Lavrov", "PER", "Sergey Lavrov"},
		{"Volodymyr Zelenskyy", "PER", "Volodymyr Zelenskyy"}, {"Zelenskyy", "PER", "Volodymyr Zelenskyy"},
		{"Trump", "PER", "Donald Trump"}, {"Putin", "PER", "Vladimir Putin"},
		{"Dmitry Peskov", "PER", "Dmitry Peskov"}, {"Pete Hegseth", "PER", "Pete Hegseth"},
		{"Keith Kellogg", "PER", "Keith Kellogg"}, {"Kellogg", "PER", "Keith Kellogg"},
		{"Marco Rubio", "PER", "Marco Rubio"}, {"Mike Waltz", "PER", "Mike Waltz"},
		{"Steve Witkoff", "PER", "Steve Witkoff"}, {"Yuri Ushakov", "PER", "Yuri Ushakov"},
		{"Kremlin", "ORG", "Kremlin"}, {"Ukraine", "GPE", "Ukraine"}, {"Russia", "GPE", "Russia"},
		{"France", "GPE", "France"}, {"UK", "GPE", "United Kingdom"},
		{"French", "NORP", "French"}, {"British", "NORP", "British"}, {"Ukrainian", "NORP", "Ukrainian"},
		{"Russian", "NORP", "Russian"}, {"European", "NORP", "European"},
	}
	var out []Entity
	taken := make([]bool, len(body))
	for _, f := range forms {
		for i := 0; ; {
			k := strings.Index(body[i:], f.text)
			if k < 0 {
				break
			}
			s := i + k
			e := s + len(f.text)
			i = e
			if taken[s] || taken[e-1] {
				continue
			}
			for j := s; j < e; j++ {
				taken[j] = true
			}
			out = append(out, Entity{Start: s, End: e, Type: f.typ, Name: f.name})
		}
	}
	return out
}
