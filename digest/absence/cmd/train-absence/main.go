// Command train-absence trains the absence model on the training
// quick-look sets (every set under digest/evaluate/quicklook) and writes
// digest/absence/model.tsv; with -cv it first prints the
// leave-one-set-out cross validation of the thresholds, by which the
// shipped threshold was chosen.
//
//	go run ./digest/absence/cmd/train-absence            # the shipped model
//	go run ./digest/absence/cmd/train-absence -cv -o ''  # cross validation only
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/digest/absence"
	"github.com/attache-bot/attache/digest/absence/absencedata"
	"github.com/attache-bot/attache/digest/internal/trainset"
)

func main() {
	out := flag.String("o", "digest/absence/model.tsv", "model `file` to write; empty for none")
	sets := flag.String("sets", "", "comma-separated quick-look set `dirs` to train on (default: every folder under digest/evaluate/quicklook)")
	threshold := flag.Float64("threshold", absencedata.Threshold, "probability from which the engine adds a candidate")
	cv := flag.Bool("cv", false, "print the leave-one-set-out cross validation of the thresholds in -grid")
	grid := flag.String("grid", "0.3,0.4,0.5,0.6,0.7,0.8,0.9", "comma-separated thresholds for -cv")
	verbose := flag.Bool("v", false, "with -cv, list the names the model added at each threshold")
	l2 := flag.Float64("l2", absencedata.L2, "weight decay (to try others; the shipped model uses the default)")
	minCount := flag.Int("mincount", absencedata.MinCount, "feature count cut-off (to try others)")
	general := flag.Bool("general", false, "learn only the general features (absence.General; to measure them against all)")
	seed := flag.Uint64("seed", 0, "example order's seed (to measure the seed spread; 0: the shipped model's)")
	seeds := flag.Int("seeds", 0, "fit this many seeds and average them (0: the shipped model's)")
	flag.Parse()
	opts := absencedata.Options(*threshold)
	opts.L2, opts.MinCount = *l2, *minCount
	if *general {
		opts.Keep = absence.General
	}
	if *seed != 0 {
		opts.Seed = *seed
	}
	if *seeds != 0 {
		opts.Seeds = *seeds
	}
	if err := run(*out, *sets, opts, *cv, *grid, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "train-absence:", err)
		os.Exit(1)
	}
}

// run trains on the sets and writes the model to out, after the cross
// validation when cv is set.
func run(out, sets string, opts absence.TrainOptions, cv bool, grid string, verbose bool) error {
	dirs, err := trainset.Dirs(sets)
	if err != nil {
		return err
	}
	e, err := digest.New(digest.WithoutAbsenceModel())
	if err != nil {
		return fmt.Errorf("engine: %w", err)
	}
	arts, err := absencedata.Load(e, dirs)
	if err != nil {
		return err
	}
	ex := absencedata.Examples(arts, "")
	pos := 0
	for _, x := range ex {
		if x.Positive {
			pos++
		}
	}
	fmt.Printf("%d articles in sets %s: %d candidate mentions, %d positive\n", len(arts), strings.Join(absencedata.Sets(arts), ","), len(ex), pos)
	if cv {
		ts, err := trainset.Grid(grid)
		if err != nil {
			return err
		}
		rows, err := absencedata.CrossValidate(arts, ts, opts)
		if err != nil {
			return err
		}
		fmt.Println("leave-one-set-out: threshold, Absent checks passed, none checks broken, all checks passed, names added (right)")
		for _, r := range rows {
			if verbose {
				fmt.Println(strings.Join(r.AddedItems, "\n"))
				fmt.Println("missed:\n" + strings.Join(r.Missed, "\n"))
			}
			fmt.Printf("  %.2f  Absent %d/%d  none broken %d/%d  all %d/%d  added %d (%d right, %.0f%%)  per set %v\n", r.Threshold, r.AbsentPass, r.AbsentAll, r.NoneBroken, r.NoneAll, r.Pass, r.All, r.Added, r.Right, 100*float64(r.Right)/float64(max(r.Added, 1)), r.PerSet)
		}
	}
	if out == "" {
		return nil
	}
	_, text := absence.Train(ex, opts)
	if _, err := absence.Parse(text); err != nil {
		return fmt.Errorf("model: %w", err)
	}
	fmt.Printf("model: %d features, threshold %g\n", strings.Count(text, "\n")-3, opts.Threshold)
	if err := os.WriteFile(out, []byte(text), 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	return nil
}
