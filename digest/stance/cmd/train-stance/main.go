// Command train-stance trains the stance model on the written sentences
// (digest/stance/data/train*.jsonl) and writes digest/stance/model.tsv; it
// prints the accuracy on the written sentences never trained on and, at
// the thresholds of -grid, how often the model's stances there are right.
// With -checks it also trains on the sentences the quick-look sets'
// Reactions checks label (package stancedata; measured, not shipped), and
// with -cv it first prints the leave-one-set-out cross validation of the
// quick-look Reactions checks.
//
//	go run ./digest/stance/cmd/train-stance            # the shipped model
//	go run ./digest/stance/cmd/train-stance -cv -o ''  # its cross validation
//	go run ./digest/stance/cmd/train-stance -checks -threshold 0.85 -cv -o ''  # with the checks' sentences
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/digest/internal/trainset"
	"github.com/attache-bot/attache/digest/stance"
	"github.com/attache-bot/attache/digest/stance/stancedata"
)

func main() {
	train := flag.String("train", stancedata.Written, "comma-separated JSON-lines `files` (globs) of written sentences to train on")
	test := flag.String("test", stancedata.Unseen, "comma-separated JSON-lines `files` to report on (never trained on); empty for none")
	out := flag.String("o", "digest/stance/model.tsv", "model `file` to write; empty for none")
	sets := flag.String("sets", "", "comma-separated quick-look set `dirs` whose checks label sentences (default: every folder under digest/evaluate/quicklook)")
	checks := flag.Bool("checks", false, "also train on the sentences the quick-look sets' Reactions checks label")
	threshold := flag.Float64("threshold", 0, "probability a stand needs (written into the model; 0 for the default 0.75, no line)")
	cv := flag.Bool("cv", false, "print the leave-one-set-out cross validation of the thresholds in -grid")
	grid := flag.String("grid", "0.75,0.8,0.85,0.9", "comma-separated thresholds for -cv and the precision table")
	l2 := flag.Float64("l2", 0, "weight decay (0: the shipped default, stance.TrainOptions)")
	flag.Parse()
	o := stancedata.Options(*threshold)
	o.L2 = *l2
	if err := run(*train, *test, *out, *sets, o, !*checks, *cv, *grid); err != nil {
		fmt.Fprintln(os.Stderr, "train-stance:", err)
		os.Exit(1)
	}
}

// run trains on the written sentences and the sets' labeled sentences,
// reports on test, and writes the model to out, after the cross
// validation when cv is set.
func run(train, test, out, sets string, o stance.TrainOptions, noChecks, cv bool, grid string) error {
	written, err := stancedata.ReadFiles(train)
	if err != nil {
		return err
	}
	ts, err := trainset.Grid(grid)
	if err != nil {
		return err
	}
	var arts []stancedata.Article
	if !noChecks || cv {
		dirs, err := trainset.Dirs(sets)
		if err != nil {
			return err
		}
		e, err := digest.New(digest.WithoutStanceModel())
		if err != nil {
			return fmt.Errorf("engine: %w", err)
		}
		if arts, err = stancedata.Load(e, dirs); err != nil {
			return err
		}
		var n [stance.NumClasses]int
		for _, a := range arts {
			for _, x := range a.Examples {
				n[stance.Class(x.Stance)]++
			}
		}
		fmt.Printf("%d articles in sets %s: checks label %v sentences (%v)\n", len(arts), strings.Join(stancedata.Sets(arts), ","), n, stance.Labels)
	}
	if cv {
		rows, err := stancedata.CrossValidate(written, arts, ts, o, noChecks)
		if err != nil {
			return err
		}
		fmt.Println("leave-one-set-out: threshold, Reactions checks passed, all checks passed")
		for _, r := range rows {
			fmt.Printf("  %.2f  Reactions %d/%d  all %d/%d  per set %v\n", r.Threshold, r.ReactPass, r.ReactAll, r.Pass, r.All, r.PerSet)
		}
	}
	ex := written
	if !noChecks {
		ex = stancedata.Examples(written, arts, "")
	}
	m, text := stance.Train(ex, o)
	acc, _ := m.Accuracy(ex)
	fmt.Printf("trained on %d sentences (%d written), %d features; training accuracy %.3f; threshold %.2f\n", len(ex), len(written), strings.Count(text, "\n")-3, acc, m.Threshold)
	if test != "" {
		tx, err := stancedata.ReadFiles(test)
		if err != nil {
			return err
		}
		acc, conf := m.Accuracy(tx)
		fmt.Printf("unseen: %d sentences, accuracy %.3f\n", len(tx), acc)
		fmt.Printf("gold \\ predicted: %v\n", stance.Labels)
		for g, row := range conf {
			fmt.Printf("  %-10s %v\n", stance.Labels[g], row)
		}
		for _, p := range stancedata.Precisions(m, tx, ts) {
			fmt.Printf("  at %.2f: %d stands, %d right (%.1f%%), %d on neutral sentences\n", p.Threshold, p.Stands, p.Right, 100*float64(p.Right)/float64(max(p.Stands, 1)), p.OnNeutral)
		}
	}
	if out == "" {
		return nil
	}
	// the model as written, read back: what the engine will embed
	if _, err := stance.Parse(text); err != nil {
		return fmt.Errorf("model: %w", err)
	}
	if err := os.WriteFile(out, []byte(text), 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	return nil
}
