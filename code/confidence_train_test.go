package code

import (
	"context"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/eval"
	"github.com/truce-project/truce/ingest"
)

var (
	trainConfidence = flag.Bool("train", false, "retrain data/confidence.tsv from the dev gold")
	trainThreshold  = flag.Float64("threshold", 0, "with -train: the confidence under which the coder leaves an event out (0 keeps all)")
)

// confExample is one predicted event the dev gold judged: its features and
// whether it matched a gold event.
type confExample struct {
	doc     int
	keys    []string
	matched bool
	// required is set when the gold event it matched is required.
	required bool
	// screened is set when the model may leave the event out (see kept).
	screened bool
}

// confSet is the judged events of a gold run with the run's totals, so
// that leaving events out can be scored as eval would.
type confSet struct {
	ex                                          []confExample
	required, requiredMatched, judged, pMatched int
}

// snippetDocs loads the gold documents of a split of the snippet corpus.
func snippetDocs(t *testing.T, split string) []*eval.Document {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "snippets", split, "*.gold.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("%s gold: %v (%d files)", split, err, len(files))
	}
	var docs []*eval.Document
	for _, f := range files {
		d, err := eval.LoadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d...)
	}
	return docs
}

// evalCoder scores c on docs as truce eval does, and tells seen each
// extraction.
func evalCoder(t *testing.T, c *Coder, docs []*eval.Document, seen func(*truce.Extraction)) *eval.Report {
	t.Helper()
	rep, err := eval.Run(context.Background(), docs, func(ctx context.Context, a *truce.Article) (*truce.Article, *truce.Extraction, error) {
		if a.ContentHash == "" {
			ingest.Finish(a)
		}
		x, err := c.Extract(ctx, a)
		if err == nil && seen != nil {
			seen(x)
		}
		return a, x, err
	})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// devExamples codes the dev gold keeping every event, and labels each
// judged one by eval's matching.
func devExamples(t *testing.T, c *Coder) *confSet {
	docs := snippetDocs(t, "dev")
	required := map[string]bool{}
	docOf := map[string]int{}
	for i, d := range docs {
		docOf[d.ID] = i
		for _, g := range d.Events {
			required[d.ID+"\x00"+g.Key] = g.Required
		}
	}
	feats := map[string][]string{}
	screened := map[string]bool{}
	c.onFeatures = func(id string, keys []string, s bool) { feats[id], screened[id] = keys, s }
	defer func() { c.onFeatures = nil }()
	rep := evalCoder(t, c, docs, nil)
	set := &confSet{required: rep.Required, requiredMatched: rep.RequiredMatched,
		judged: rep.PredictedJudged, pMatched: rep.PredictedMatched}
	for _, d := range rep.Documents {
		for _, m := range d.Matches {
			set.ex = append(set.ex, confExample{doc: docOf[d.ID], keys: feats[m.EventID], matched: true,
				required: required[d.ID+"\x00"+m.Key], screened: screened[m.EventID]})
		}
	}
	for _, f := range rep.FalsePositives {
		set.ex = append(set.ex, confExample{doc: docOf[f.Document], keys: feats[f.EventID], screened: screened[f.EventID]})
	}
	return set
}

// fitConfidence fits a logistic regression by stochastic gradient descent
// with AdaGrad steps and an L2 penalty, in a fixed order (seeded), so that
// a run gives the same weights.
func fitConfidence(ex []confExample, epochs int) map[string]float64 {
	const (
		rate    = 0.15
		l2      = 0.01
		minSeen = 10
	)
	// A feature seen on fewer than minSeen events gets no weight: a row
	// that fired five times would otherwise weigh as much as a category.
	seen := map[string]int{}
	for _, e := range ex {
		for _, k := range e.keys {
			seen[k]++
		}
	}
	w := map[string]float64{}
	g2 := map[string]float64{}
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range epochs {
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			z := 0.0
			for _, k := range ex[i].keys {
				z += w[k]
			}
			g := sigmoid(z)
			if ex[i].matched {
				g--
			}
			for _, k := range ex[i].keys {
				if seen[k] < minSeen {
					continue
				}
				gr := g + l2*w[k]
				g2[k] += gr * gr
				w[k] -= rate * gr / math.Sqrt(g2[k]+1e-8)
			}
		}
	}
	return w
}

// scoreProbs gives the Brier score of the probabilities p for the
// examples and their AUC: the chance that a matched event scores above an
// unmatched one.
func scoreProbs(ex []confExample, p []float64) (brier, auc float64) {
	var pos, neg []float64
	for i, e := range ex {
		y := 0.0
		if e.matched {
			y = 1
			pos = append(pos, p[i])
		} else {
			neg = append(neg, p[i])
		}
		brier += (p[i] - y) * (p[i] - y)
	}
	slices.Sort(neg)
	for _, q := range pos {
		lo, _ := slices.BinarySearch(neg, q)
		hi := lo
		for hi < len(neg) && neg[hi] == q {
			hi++
		}
		auc += float64(lo) + float64(hi-lo)/2
	}
	return brier / float64(len(ex)), auc / float64(len(pos)*len(neg))
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-max(-30, min(30, z)))) }

func predict(w map[string]float64, keys []string) float64 {
	z := 0.0
	for _, k := range keys {
		z += w[k]
	}
	return sigmoid(z)
}

// f1Without is eval's event F1 once the events whose probability is under
// th are left out, as screenByConfidence would leave them (never those
// kept says stay).
func (s *confSet) f1Without(p []float64, th float64) (f1, prec, rec float64) {
	rm, j, pm := s.requiredMatched, s.judged, s.pMatched
	for i, e := range s.ex {
		if p[i] >= th || !e.screened {
			continue
		}
		j--
		if e.matched {
			pm--
			if e.required {
				rm--
			}
		}
	}
	prec, rec = float64(pm)/float64(j), float64(rm)/float64(s.required)
	return 2 * prec * rec / (prec + rec), prec, rec
}

// TestTrainConfidence retrains data/confidence.tsv when run with -train:
// it fits the model on the whole dev gold, and writes with it what
// leaving out events would do to dev F1, and how well the confidence is
// calibrated, under five-fold cross-validation by document.
func TestTrainConfidence(t *testing.T) {
	if !*trainConfidence {
		t.Skip("run with -train to retrain data/confidence.tsv")
	}
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	c.conf = nil // features only; no event is left out
	set := devExamples(t, c)
	const folds, epochs = 5, 15
	cv := make([]float64, len(set.ex))
	for k := range folds {
		var train []confExample
		for _, e := range set.ex {
			if e.doc%folds != k {
				train = append(train, e)
			}
		}
		w := fitConfidence(train, epochs)
		for i, e := range set.ex {
			if e.doc%folds == k {
				cv[i] = predict(w, e.keys)
			}
		}
	}
	base, _, _ := set.f1Without(cv, 0)
	brier, auc := scoreProbs(set.ex, cv)
	var lines []string
	for th := 0.20; th <= 0.501; th += 0.05 {
		f1, p, r := set.f1Without(cv, th)
		lines = append(lines, fmt.Sprintf("#   %.2f: F1 %.4f (P %.4f, R %.4f)", th, f1, p, r))
	}
	// Calibration under cross-validation: the events binned by their
	// confidence, with the share of each bin that matched.
	var bins [10][2]int
	for i, e := range set.ex {
		b := min(9, int(cv[i]*10))
		bins[b][0]++
		if e.matched {
			bins[b][1]++
		}
	}
	for b, n := range bins {
		if n[0] > 0 {
			lines = append(lines, fmt.Sprintf("#   confidence %.1f-%.1f: %d events, %.3f matched", float64(b)/10, float64(b+1)/10, n[0], float64(n[1])/float64(n[0])))
		}
	}
	w := fitConfidence(set.ex, epochs)
	keys := make([]string, 0, len(w))
	for k, v := range w {
		if math.Abs(v) >= 0.005 {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	var b strings.Builder
	matched := 0
	for _, e := range set.ex {
		if e.matched {
			matched++
		}
	}
	fmt.Fprintf(&b, "# truce confidence model (confidence.go): logistic-regression weights.\n")
	fmt.Fprintf(&b, "# Written by: go test ./code -run TestTrainConfidence -train\n")
	fmt.Fprintf(&b, "# Trained on %d events the dev gold judged (%d matched); %d epochs.\n", len(set.ex), matched, epochs)
	fmt.Fprintf(&b, "# A confidence is the chance that the event matches a gold event as coded.\n")
	fmt.Fprintf(&b, "# Dev event F1 under %d-fold cross-validation by document: %.4f keeping all;\n", folds, base)
	fmt.Fprintf(&b, "# Brier score %.4f, AUC %.4f;\n", brier, auc)
	fmt.Fprintf(&b, "# leaving out the events under a threshold, except those kept keeps (this file's threshold; 0 keeps all):\n")
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	fmt.Fprintf(&b, "threshold\t%.2f\n", *trainThreshold)
	for _, k := range keys {
		fmt.Fprintf(&b, "%s\t%.4f\n", k, w[k])
	}
	if err := os.WriteFile("data/confidence.tsv", []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	f1, _, _ := set.f1Without(cv, *trainThreshold)
	t.Logf("threshold %.2f: cross-validated F1 %.4f (all kept %.4f), Brier %.4f, AUC %.4f; %d weights",
		*trainThreshold, f1, base, brier, auc, len(keys))
}
