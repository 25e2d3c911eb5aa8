package nlp

import "math"

// predict's sums run over some 500 weights a word, and the loop kept, for
// each weight, a bit of the classes some feature weighs: only those may be
// the best. That bit costs two of the loop's ten instructions, and it
// matters only when no weighed class scores above zero. A class no feature
// weighs scores exactly zero, so a positive maximum is reached only by
// weighed classes, and the first class that reaches it is the first
// weighed one. best takes the maximum over all classes and reads which
// classes are weighed only when that maximum is not positive.
//
// The argument needs sums that are neither NaN nor infinite: the index
// takes this path only when every weight is finite and small enough that
// no sum of maxFeatures of them overflows (boundedWeights).

// maxFeatures bounds the weight runs predict adds for one word (fourteen),
// a power of two.
const maxFeatures = 16

// boundedWeights reports whether every weight is finite and below 1e300 in
// size: maxFeatures of them then sum to a finite number.
func boundedWeights(w []float64) bool {
	for _, x := range w {
		if math.IsNaN(x) || math.Abs(x) >= 1e300 {
			return false
		}
	}
	return true
}

// best returns the class with the highest score, the first of equals,
// among the classes the weight runs spans weigh, or -1 when they weigh
// none.
func (t *tagger) best(scores *[maxClasses]float64, spans []wspan) int {
	n := len(t.classes)
	if t.ix.bounded && n > 0 {
		best, top := 0, scores[0]
		for c := 1; c < n; c++ {
			if v := scores[c]; v > top {
				best, top = c, v
			}
		}
		if top > 0 {
			return best
		}
	}
	var seen uint64 // bit c: some feature weighs class c
	for _, s := range spans {
		cls, _ := t.ix.weights(s)
		for _, c := range cls {
			seen |= 1 << (c & (maxClasses - 1))
		}
	}
	best := -1
	for c := range n {
		if seen&(1<<c) != 0 && (best < 0 || scores[c] > scores[best]) {
			best = c
		}
	}
	return best
}
