package agenda

import "github.com/attache-bot/attache/digest/internal/logreg"

// Example is one labeled candidate phrase of the training data: its
// features (FeatureNames) and whether the phrase names a topic of the
// meeting.
type Example = logreg.Example

// TrainOptions are the training hyper-parameters (logreg.Options); the
// agenda model's weight decay defaults to 1e-4, and it trains with the
// logistic of the sum unclamped (Unclamped is always set).
type TrainOptions = logreg.Options

// modelName is the comment line of model.tsv.
const modelName = "agenda model (go run ./digest/agenda/cmd/train-agenda)"

// Train fits the agenda model to ex (logreg.Train) and returns it and its
// text, features sorted by name.
func Train(ex []Example, o TrainOptions) (*Model, string) {
	return TrainData(logreg.NewData(ex, o.MinCount), nil, o)
}

// TrainData is Train on the examples i of d with use[i] (every one when
// use is nil): cross validation, which trains on many parts of the same
// examples, indexes their features once (with o.MinCount 0 the model is
// Train's on those examples: a feature of no example used keeps weight
// 0 and is pruned).
func TrainData(d *logreg.Data, use []bool, o TrainOptions) (*Model, string) {
	if o.L2 == 0 {
		o.L2 = 1e-4
	}
	o.Unclamped = true
	text := d.Model(d.FitAveraged(use, o), o).Format(modelName)
	m, err := Parse(text)
	if err != nil {
		panic(err) // (FeatureNames names only features Parse knows)
	}
	return m, text
}
