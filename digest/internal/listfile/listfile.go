// Package listfile reads the word lists the data generators take: one
// entry per line, blank lines and "#" comments skipped.
package listfile

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// Lines returns the trimmed, non-empty, non-comment lines of the file at
// path.
func Lines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("listfile: %w", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("listfile: read %s: %w", path, err)
	}
	return out, nil
}
