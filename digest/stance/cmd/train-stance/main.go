// Command train-stance trains the stance model from labeled sentences and
// writes digest/stance/model.tsv; with -test it also prints the accuracy
// on a held-out file.
//
//	go run ./digest/stance/cmd/train-stance   # the defaults below
//	go run ./digest/stance/cmd/train-stance -train 'digest/stance/data/train*.jsonl' \
//	    -test digest/stance/data/test.jsonl -o digest/stance/model.tsv
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/attache-bot/attache/digest/stance"
)

func main() {
	train := flag.String("train", "digest/stance/data/train*.jsonl", "comma-separated JSON-lines `files` (globs) to train on")
	test := flag.String("test", "digest/stance/data/test.jsonl", "JSON-lines `file` to report accuracy on (never trained on); empty for none")
	out := flag.String("o", "digest/stance/model.tsv", "model `file` to write")
	epochs := flag.Int("epochs", 30, "training passes")
	l2 := flag.Float64("l2", 3e-3, "weight decay")
	flag.Parse()
	if err := run(*train, *test, *out, stance.TrainOptions{Epochs: *epochs, L2: *l2}); err != nil {
		fmt.Fprintln(os.Stderr, "train-stance:", err)
		os.Exit(1)
	}
}

// read reads the examples of every file the comma-separated globs name.
func read(names string) ([]stance.Example, error) {
	var all []stance.Example
	var files []string
	for _, p := range strings.Split(names, ",") {
		m, err := filepath.Glob(p)
		if err != nil || len(m) == 0 {
			return nil, fmt.Errorf("no file matches %q", p)
		}
		files = append(files, m...)
	}
	for _, n := range files {
		f, err := os.Open(n)
		if err != nil {
			return nil, err
		}
		ex, err := stance.ReadExamples(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		all = append(all, ex...)
	}
	return all, nil
}

// run trains on the files train names, reports accuracy on test, and
// writes the model to out.
func run(train, test, out string, o stance.TrainOptions) error {
	ex, err := read(train)
	if err != nil {
		return err
	}
	m, text := stance.Train(ex, o)
	acc, _ := m.Accuracy(ex)
	fmt.Printf("trained on %d sentences, %d features; training accuracy %.3f\n", len(ex), strings.Count(text, "\n")-2, acc)
	if test != "" {
		tx, err := read(test)
		if err != nil {
			return err
		}
		acc, conf := m.Accuracy(tx)
		fmt.Printf("test: %d sentences, accuracy %.3f\n", len(tx), acc)
		fmt.Printf("gold \\ predicted: %v\n", stance.Labels)
		for g, row := range conf {
			fmt.Printf("  %-10s %v\n", stance.Labels[g], row)
		}
	}
	// the model as written, read back: what the engine will embed
	if _, err := stance.Parse(text); err != nil {
		return err
	}
	return os.WriteFile(out, []byte(text), 0o644)
}
