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
//
// With -lift it trains the lift model (stance.Lift) instead, on the
// written sentences and the drawn ones of digest/stance/data/checks.jsonl,
// with the threshold of -threshold (stancedata.LiftThreshold when not
// given), and writes digest/stance/lift.tsv;
// -draw first writes checks.jsonl anew from the quick-look sets (the
// engine without its stance models), and -cv prints the lift model's
// leave-one-set-out cross validation, its threshold chosen inside the
// loop (-inner folds of the other sets).
//
//	go run ./digest/stance/cmd/train-stance -lift -threshold 0.8          # the shipped lift model
//	go run ./digest/stance/cmd/train-stance -lift -cv -o ''               # its cross validation
package main

import (
	"encoding/json"
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
	threshold := flag.Float64("threshold", 0, "probability a stand needs (written into the model; 0 for the default 0.75, no line; with -lift, 0 for stancedata.LiftThreshold)")
	cv := flag.Bool("cv", false, "print the leave-one-set-out cross validation of the thresholds in -grid")
	grid := flag.String("grid", "0.75,0.8,0.85,0.9", "comma-separated thresholds for -cv and the precision table")
	l2 := flag.Float64("l2", 0, "weight decay (0: the shipped default, stance.TrainOptions)")
	lift := flag.Bool("lift", false, "train the lift model (written sentences and "+stancedata.Lift+") and write digest/stance/lift.tsv (or -o)")
	draw := flag.Bool("draw", false, "with -lift: first write "+stancedata.Lift+" from the quick-look sets' checks")
	inner := flag.Int("inner", 6, "with -lift -cv: inner folds that choose each held-out set's threshold")
	flag.Parse()
	if *lift {
		*out, *grid, *threshold = liftDefaults(*out, *grid, *threshold)
	}
	o := stancedata.Options(*threshold)
	o.L2 = *l2
	if *lift {
		if err := runLift(*train, *test, *out, *sets, o, *draw, *cv, *grid, *inner); err != nil {
			fmt.Fprintln(os.Stderr, "train-stance:", err)
			os.Exit(1)
		}
		return
	}
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
		if arts, err = loadSets(sets); err != nil {
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
	return writeModel(out, text)
}

// liftDefaults returns the -o, -grid and -threshold of a -lift run: the
// flags' defaults, which are the stance model's, become the lift model's
// (digest/stance/lift.tsv, the grid from 0.8, stancedata.LiftThreshold),
// so that "-lift" alone writes the shipped lift model; values given stay.
func liftDefaults(out, grid string, threshold float64) (string, string, float64) {
	if out == "digest/stance/model.tsv" {
		out = "digest/stance/lift.tsv"
	}
	if grid == "0.75,0.8,0.85,0.9" {
		grid = "0.8,0.85,0.9,0.95" // see stancedata.LiftThreshold
	}
	if threshold == 0 {
		threshold = stancedata.LiftThreshold
	}
	return out, grid, threshold
}

// runLift trains the lift model on the written sentences and the drawn
// ones (drawn anew first when draw is set), reports on test, and writes
// it to out, after the cross validation when cv is set.
func runLift(train, test, out, sets string, o stance.TrainOptions, draw, cv bool, grid string, inner int) error {
	written, err := stancedata.ReadFiles(train)
	if err != nil {
		return err
	}
	ts, err := trainset.Grid(grid)
	if err != nil {
		return err
	}
	var arts []stancedata.Article
	if draw || cv {
		if arts, err = loadSets(sets); err != nil {
			return err
		}
	}
	if draw {
		var b strings.Builder
		for _, x := range stancedata.Drawn(arts) {
			j, err := json.Marshal(x)
			if err != nil {
				return fmt.Errorf("draw: %w", err)
			}
			b.Write(j)
			b.WriteByte('\n')
		}
		if err := os.WriteFile(stancedata.Lift, []byte(b.String()), 0o644); err != nil {
			return fmt.Errorf("draw: %w", err)
		}
	}
	drawn, err := stancedata.ReadFiles(stancedata.Lift)
	if err != nil {
		return err
	}
	fmt.Printf("%d written sentences, %d drawn from the checks\n", len(written), len(drawn))
	if cv {
		logf := func(f string, a ...any) { fmt.Printf("  "+f+"\n", a...) }
		res, err := stancedata.CrossValidateLift(written, drawn, arts, ts, inner, o, logf)
		if err != nil {
			return err
		}
		fmt.Println("leave-one-set-out at fixed thresholds (1.01: no lift): Reactions checks passed, all checks passed")
		for _, r := range res.Fixed {
			fmt.Printf("  %.2f  Reactions %d/%d  all %d/%d\n", r.Threshold, r.ReactPass, r.ReactAll, r.Pass, r.All)
		}
		r := res.Nested
		fmt.Printf("threshold chosen inside the loop: Reactions %d/%d  all %d/%d; chosen %v\n", r.ReactPass, r.ReactAll, r.Pass, r.All, res.Chosen)
		fmt.Printf("per set (off -> nested):")
		off := res.Fixed[len(res.Fixed)-1]
		for _, s := range stancedata.Sets(arts) {
			fmt.Printf(" %s %d->%d", s, off.PerSet[s], r.PerSet[s])
		}
		fmt.Println()
	}
	m, text := stance.Train(stancedata.LiftExamples(written, drawn, nil), o)
	fmt.Printf("lift model: %d features, threshold %.2f\n", strings.Count(text, "\n")-3, m.Threshold)
	if test != "" {
		tx, err := stancedata.ReadFiles(test)
		if err != nil {
			return err
		}
		// the lift is asked only where the shipped model stays neutral
		sm, err := stance.Shipped()
		if err != nil {
			return fmt.Errorf("shipped model: %w", err)
		}
		var asked []stance.Example
		for _, x := range tx {
			if sm.Sure(x.Sentence) == "" {
				asked = append(asked, x)
			}
		}
		fmt.Printf("unseen: %d sentences, %d of them left neutral by the shipped model\n", len(tx), len(asked))
		for _, t := range ts {
			m.Threshold = t
			var stands, right, neutral int
			for _, x := range asked {
				if l := m.LiftStand(x.Sentence); l != "" {
					stands++
					if l == x.Stance {
						right++
					}
					if x.Stance == stance.Labels[0] {
						neutral++
					}
				}
			}
			fmt.Printf("  unseen at %.2f: %d supportive/critical stands, %d right (%.1f%%), %d on neutral sentences\n", t, stands, right, 100*float64(right)/float64(max(stands, 1)), neutral)
		}
	}
	if out == "" {
		return nil
	}
	return writeModel(out, text)
}

// loadSets reads the judged quick-look sets named by sets and the
// sentences their Reactions checks label, with an engine of rules only
// (no stance nor lift model), as both models' training reads them.
func loadSets(sets string) ([]stancedata.Article, error) {
	dirs, err := trainset.Dirs(sets)
	if err != nil {
		return nil, err
	}
	e, err := digest.New(digest.WithoutStanceModel(), digest.WithoutLiftModel())
	if err != nil {
		return nil, fmt.Errorf("engine: %w", err)
	}
	return stancedata.Load(e, dirs)
}

// writeModel writes a model's text to out after reading it back (what the
// engine will embed must parse).
func writeModel(out, text string) error {
	if _, err := stance.Parse(text); err != nil {
		return fmt.Errorf("model: %w", err)
	}
	if err := os.WriteFile(out, []byte(text), 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	return nil
}
