package nlp

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// best gives the class the count of weighed classes gives: on the bench
// corpus, tagged with and without its shortcut, and on random scores of
// the classes random runs of the model's weights weigh (the others score
// zero, as in predict), many of them at or below zero.
func TestBestMatchesWeighedClasses(t *testing.T) {
	p := MustPipeline(t)
	tg := p.tagger
	if !tg.ix.bounded {
		t.Fatal("the model's weights are not bounded: best never takes its shortcut")
	}
	text, _ := benchCorpus(t)
	fast := p.Analyze(text)
	tg.ix.bounded = false
	slow := p.Analyze(text)
	tg.ix.bounded = true
	if len(fast) != len(slow) {
		t.Fatalf("%d sentences with the shortcut, %d without", len(fast), len(slow))
	}
	for i := range fast {
		if !slices.Equal(fast[i].Tokens, slow[i].Tokens) {
			t.Fatalf("sentence %d tagged differently with the shortcut: %q", i, fast[i].Text)
		}
	}
	r := rand.New(rand.NewPCG(26, 7))
	ix := tg.ix
	total := uint32(len(ix.w))
	var scores [maxClasses]float64
	shortcut := 0
	for range 20000 {
		spans := make([]wspan, r.IntN(4))
		for k := range spans {
			off := r.Uint32N(total)
			spans[k] = wspan{off, min(r.Uint32N(8), total-off)}
		}
		clear(scores[:])
		// as predict sums them: a class no run weighs scores zero
		var weighed uint64
		for _, s := range spans {
			cls, _ := ix.weights(s)
			for _, c := range cls {
				weighed |= 1 << c
			}
		}
		for c := range len(tg.classes) {
			if weighed&(1<<c) == 0 {
				continue
			}
			switch r.IntN(4) {
			case 0:
				scores[c] = 0
			case 1:
				scores[c] = -r.Float64()
			default:
				scores[c] = r.Float64() - 0.3
			}
		}
		got := tg.best(&scores, spans)
		ix.bounded = false
		want := tg.best(&scores, spans)
		ix.bounded = true
		if got != want {
			t.Fatalf("best(%v, %v) = %d, want %d", scores[:len(tg.classes)], spans, got, want)
		}
		if want >= 0 && scores[want] > 0 {
			shortcut++
		}
	}
	if shortcut < 1000 {
		t.Fatalf("%d shortcuts: too few to tell", shortcut)
	}
	if !boundedWeights([]float64{1, -2, 0}) || boundedWeights([]float64{1, 1e300}) || boundedWeights([]float64{0, nanOf()}) {
		t.Error("boundedWeights misreads finite, huge or NaN weights")
	}
}

func nanOf() float64 {
	zero := 0.0
	return zero / zero
}
