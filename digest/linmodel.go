package digest

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// The engine's small learned models beside the rules (participants,
// meeting dates) are logistic regressions over named features: a
// linModel maps each feature to its weight, stored one per line as
// "feature<TAB>weight" after a comment line.

// linModel holds the weight of each feature.
type linModel map[string]float64

// loadLinModel reads the embedded model file name (data/...).
func loadLinModel(name string) (linModel, error) {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return parseLinModel(string(b))
}

// parseLinModel reads the text of a model: a line per feature and its
// weight, separated by a tab; blank lines and # comments are skipped.
func parseLinModel(s string) (linModel, error) {
	m := linModel{}
	for n, line := range strings.Split(s, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f, w, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("line %d: no tab", n+1)
		}
		v, err := strconv.ParseFloat(w, 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n+1, err)
		}
		m[f] = v
	}
	return m, nil
}

// sigmoid is the logistic function.
func sigmoid(z float64) float64 {
	z = max(-30, min(30, z))
	return 1 / (1 + math.Exp(-z))
}
