// Command train-ner trains the digest/ner tagger and writes its model file.
//
// Run from the repository root:
//
//	go run ./digest/ner/cmd/train-ner -shared ../shared -out digest/ner/model.bin
//
// It reads the GMB training split (../shared/eval/gmb/gmb_train.csv,
// sentences 1-38000), MEANTIME's English articles
// (../shared/eval/meantime/intra-doc_annotation, CC BY 4.0; added -meantime
// times, its names only partly annotated: see ner.ReadMEANTIME) and the
// lexicons in digest/data, with the word classes of
// digest/ner/data/clusters.tsv.gz (made by cmd/build-clusters; -clusters ""
// trains without them). The defaults fix the seed, epochs and every other
// setting, so the output is reproducible. With -eval it also prints GMB dev
// and CoNLL-2003 dev scores of the new model (CoNLL is read for measurement
// only; nothing is fitted to it). -folds N adds a second pass (stacking)
// learned from N jackknife folds; it did not help (see docs/quality.md) and
// is off by default. -beam and -margin set the decoder (default a beam of 2
// trained as a structured perceptron; -beam 1 is the former greedy tagger).
//
// For tuning, -holdout 34000 trains on GMB train sentences 1-34000 only and
// scores sentences 34001-38000 instead of the dev sets (with -meantime 0 also
// MEANTIME's names, as news of another source; build the word classes with
// build-clusters -gmb 34000 -meantime=false for that); -load FILE scores
// an existing model file (with -beam, -margin and -holdout) without
// training.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/attache-bot/attache/digest/ner"
)

func main() {
	shared := flag.String("shared", "../shared", "shared data folder")
	out := flag.String("out", "digest/ner/model.bin", "model file to write")
	data := flag.String("data", "digest/data", "lexicon folder")
	epochs := flag.Int("epochs", 10, "training epochs")
	seed := flag.Uint64("seed", 1, "random seed")
	bits := flag.Uint("bits", 18, "log2 feature buckets")
	caps := flag.Float64("caps", 0.08, "share of sentences upper-cased per epoch")
	lower := flag.Float64("lower", 0.0, "share of sentences lower-cased per epoch")
	gazDrop := flag.Float64("gazdrop", 0.2, "probability of hiding a word's gazetteer bits")
	prune := flag.Int("prune", 1, "drop quantised weights below this")
	noGMBEnts := flag.Bool("no-gmb-ents", false, "leave gmb_ents.tsv out of the gazetteer")
	folds := flag.Int("folds", 0, "jackknife folds for the second pass (0: first pass only)")
	bits2 := flag.Uint("bits2", 16, "log2 feature buckets of the second pass")
	epochs2 := flag.Int("epochs2", 5, "second-pass epochs")
	tc := flag.Bool("truecase", true, "truecase capitals headlines in the features")
	meantime := flag.Int("meantime", 5, "times MEANTIME's English articles are added to the training data (0: not used)")
	places := flag.Bool("places-loc", true, "relabel ORG spans that are a gazetteer country or city as LOC")
	eval := flag.Bool("eval", false, "print dev scores after training")
	holdout := flag.Int("holdout", 0, "train on GMB train sentences 1-N only and print scores on the rest of GMB train instead of dev (for tuning; 0: all of train)")
	beam := flag.Int("beam", 2, "beam width of the decoder (1: greedy)")
	margin := flag.Int("margin", 250, "the beam drops histories scoring this far below the best (quantised weight units; 0: none)")
	load := flag.String("load", "", "evaluate this model file (with -beam and -margin) instead of training one")
	clusters := flag.String("clusters", "digest/ner/data/clusters.tsv.gz", "word classes from cmd/build-clusters (empty: none)")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	cfg := ner.TrainConfig{
		Epochs: *epochs, Seed: *seed, Bits: *bits, CapsRate: *caps, LowerRate: *lower,
		GazDrop: *gazDrop, Prune: *prune, Log: log, Truecase: *tc, PlacesAsLOC: *places, Folds: *folds, Bits2: *bits2, Epochs2: *epochs2,
		Beam: *beam, Margin: *margin,
		Gazetteer: ner.GazetteerSource{FS: os.DirFS(*data), SkipGMBEntities: *noGMBEnts},
	}
	if *clusters != "" {
		b, err := os.ReadFile(*clusters)
		if err != nil {
			log.Error("train-ner failed", "err", err)
			os.Exit(1)
		}
		cfg.Clusters = b
	}
	if *load != "" {
		if err := evalFile(*shared, *load, *beam, *margin, *holdout, *meantime == 0); err != nil {
			log.Error("train-ner failed", "err", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*shared, *out, cfg, *eval, *meantime, *holdout); err != nil {
		log.Error("train-ner failed", "err", err)
		os.Exit(1)
	}
}

func run(shared, out string, cfg ner.TrainConfig, eval bool, meantime, holdout int) error {
	start := time.Now()
	trainPath := filepath.Join(shared, "eval", "gmb", "gmb_train.csv")
	train, err := ner.ReadGMB(trainPath, true)
	if err != nil {
		return err
	}
	if holdout > 0 {
		if holdout%ner.GMBDocSentences != 0 || holdout >= len(train) {
			return fmt.Errorf("train-ner: holdout %d: want a multiple of %d below %d", holdout, ner.GMBDocSentences, len(train))
		}
		train = train[:holdout]
	}
	cfg.Log.Info("read", "sentences", len(train), "elapsed", time.Since(start))
	if meantime > 0 {
		mt, err := ner.ReadMEANTIME(filepath.Join(shared, "eval", "meantime", "intra-doc_annotation"))
		if err != nil {
			return err
		}
		// each copy its own documents (Doc numbers far above GMB's; the
		// stride keeps a document's copies in the same jackknife fold)
		const stride = 1_000_000
		for r := 0; r < meantime; r++ {
			for _, s := range mt {
				s.Doc += stride * (r + 1)
				train = append(train, s)
			}
		}
		cfg.Log.Info("read meantime", "sentences", len(mt), "copies", meantime)
	}
	t, err := ner.Train(train, cfg)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := t.Encode(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("train-ner: write model: %w", err)
	}
	cfg.Log.Info("wrote", "file", out, "bytes", buf.Len(), "elapsed", time.Since(start))
	if !eval {
		return nil
	}
	ls := time.Now()
	t, err = ner.Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		return err
	}
	cfg.Log.Info("decoded", "elapsed", time.Since(ls))
	return evaluate(shared, t, holdout, meantime == 0)
}

// evalFile evaluates the model in file path with the given beam and margin.
func evalFile(shared, path string, beam, margin, holdout int, meantimeHeld bool) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("train-ner: %w", err)
	}
	defer f.Close()
	t, err := ner.Decode(f)
	if err != nil {
		return err
	}
	t.SetBeam(beam, int32(margin))
	return evaluate(shared, t, holdout, meantimeHeld)
}

// evaluate prints the scores of t on the held-out end of GMB train
// (holdout > 0) or on GMB dev and CoNLL-2003 dev.
func evaluate(shared string, t *ner.Tagger, holdout int, meantimeHeld bool) error {
	trainPath := filepath.Join(shared, "eval", "gmb", "gmb_train.csv")
	if holdout > 0 {
		// tuning: score the held-out end of GMB train, leave dev unread
		held, err := ner.ReadGMB(trainPath, false)
		if err != nil {
			return err
		}
		held = held[holdout:]
		s := ner.EvalGMBSentences(t, held)
		title := fmt.Sprintf("GMB train held out (sentences %d-%d)", holdout+1, holdout+len(held))
		if err := ner.WriteTable(os.Stdout, title, s, []string{"per", "geo", "org", "gpe"}, []string{"per", "geo", "org"}); err != nil {
			return err
		}
		if !meantimeHeld {
			return nil
		}
		// trained without MEANTIME: score it as news of another source
		mt, err := ner.ReadMEANTIME(filepath.Join(shared, "eval", "meantime", "intra-doc_annotation"))
		if err != nil {
			return err
		}
		s = ner.EvalMEANTIMESentences(t, mt)
		return ner.WriteTable(os.Stdout, "MEANTIME names, held out (model trained with -meantime 0)", s, []string{"PER", "LOC", "ORG"}, []string{"PER", "LOC", "ORG"})
	}
	dev, err := ner.ReadGMB(filepath.Join(shared, "eval", "gmb", "gmb_dev.csv"), false)
	if err != nil {
		return err
	}
	s := ner.EvalGMBSentences(t, dev)
	if err := ner.WriteTable(os.Stdout, "GMB dev", s, []string{"per", "geo", "org", "gpe"}, []string{"per", "geo", "org"}); err != nil {
		return err
	}
	conll, err := ner.ReadCoNLL(filepath.Join(shared, "eval", "conll2003", "eng.testa"))
	if err != nil {
		return err
	}
	s = ner.EvalCoNLLSentences(t, conll)
	return ner.WriteTable(os.Stdout, "CoNLL-2003 dev", s, []string{"PER", "LOC", "ORG"}, []string{"PER", "LOC", "ORG"})
}
