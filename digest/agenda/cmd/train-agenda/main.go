// Command train-agenda trains the agenda model on the training quick-look
// sets (every set under digest/evaluate/quicklook) and writes digest/agenda/model.tsv;
// with -cv it first prints the leave-one-set-out cross validation of the
// thresholds, by which the shipped threshold was chosen.
//
//	go run ./digest/agenda/cmd/train-agenda            # the shipped model
//	go run ./digest/agenda/cmd/train-agenda -cv -o ''  # cross validation only
package main

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/attache-bot/attache/digest"
	"github.com/attache-bot/attache/digest/agenda"
	"github.com/attache-bot/attache/digest/agenda/agendadata"
	"github.com/attache-bot/attache/digest/internal/trainset"
)

func main() {
	out := flag.String("o", "digest/agenda/model.tsv", "model `file` to write; empty for none")
	sets := flag.String("sets", "", "comma-separated quick-look set `dirs` to train on (default: every folder under digest/evaluate/quicklook)")
	threshold := flag.Float64("threshold", agendadata.Threshold, "probability from which the engine lists a phrase")
	cv := flag.Bool("cv", false, "print the leave-one-set-out cross validation of the thresholds in -grid")
	grid := flag.String("grid", "0.3,0.4,0.5,0.6,0.7,0.8,0.9", "comma-separated thresholds for -cv")
	verbose := flag.Bool("v", false, "with -cv, list the items the model added at each threshold")
	l2 := flag.Float64("l2", 0, "weight decay (0: the shipped model's, agendadata.Options)")
	minCount := flag.Int("mincount", 0, "leave out features seen in fewer examples (0: the shipped model's)")
	epochs := flag.Int("epochs", 0, "passes over the data (0: the shipped model's)")
	seed := flag.Uint64("seed", 0, "the first example-order seed of the averaged fits (0: the shipped model's, 1)")
	seeds := flag.Int("seeds", 0, "fits averaged, in seeds -seed, -seed+1, ... (0: the shipped model's)")
	drop := flag.String("drop", "", "comma-separated feature `prefixes` to leave out (an experiment: the model then weighs none of them)")
	flag.Parse()
	o := agendadata.Options(*threshold)
	if *l2 > 0 {
		o.L2 = *l2
	}
	if *epochs > 0 {
		o.Epochs = *epochs
	}
	if *seed > 0 {
		o.Seed = *seed
	}
	if *seeds > 0 {
		o.Seeds = *seeds
	}
	if *minCount > 0 {
		o.MinCount = *minCount
	}
	if err := run(*out, *sets, o, *cv, *grid, *verbose, *drop); err != nil {
		fmt.Fprintln(os.Stderr, "train-agenda:", err)
		os.Exit(1)
	}
}

// run trains on the sets and writes the model to out, after the cross
// validation when cv is set.
func run(out, sets string, o agenda.TrainOptions, cv bool, grid string, verbose bool, drop string) error {
	dirs, err := trainset.Dirs(sets)
	if err != nil {
		return err
	}
	e, err := digest.New(digest.WithoutAgendaModel())
	if err != nil {
		return err
	}
	arts, err := agendadata.Load(e, dirs)
	if err != nil {
		return err
	}
	if drop != "" {
		prefixes := strings.Split(drop, ",")
		for i := range arts {
			for j := range arts[i].Cands {
				c := &arts[i].Cands[j]
				c.Names = slices.DeleteFunc(c.Names, func(n string) bool {
					return slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(n, p) })
				})
			}
		}
	}
	ex := agendadata.Examples(arts, "")
	pos := 0
	for _, x := range ex {
		if x.Positive {
			pos++
		}
	}
	fmt.Printf("%d articles in sets %s: %d candidates, %d positive\n", len(arts), strings.Join(agendadata.Sets(arts), ","), len(ex), pos)
	if cv {
		ts, err := trainset.Grid(grid)
		if err != nil {
			return err
		}
		rows, err := agendadata.CrossValidate(arts, ts, o)
		if err != nil {
			return err
		}
		fmt.Println("leave-one-set-out: threshold, Agenda checks passed, all checks passed, items added (with a check's term)")
		for _, r := range rows {
			if verbose {
				fmt.Println(strings.Join(r.AddedItems, "\n"))
			}
			fmt.Printf("  %.2f  Agenda %d/%d  all %d/%d  added %d (%d with a term, %.0f%%)  per set %v\n", r.Threshold, r.AgendaPass, r.AgendaAll, r.Pass, r.All, r.Added, r.AddedWithTerm, 100*float64(r.AddedWithTerm)/float64(max(r.Added, 1)), r.PerSet)
		}
	}
	if out == "" {
		return nil
	}
	_, text := agenda.Train(ex, o)
	if _, err := agenda.Parse(text); err != nil {
		return err
	}
	fmt.Printf("model: %d features, threshold %g\n", strings.Count(text, "\n")-3, o.Threshold)
	return os.WriteFile(out, []byte(text), 0o644)
}
