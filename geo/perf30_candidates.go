package geo

import "iter"

// Issue 3, round perf30: the coder asks Lookup about place after place
// only to read the candidates once, in order, and most often stops at the
// first that fits; each answer was a new slice of copies. Candidates
// hands them out one at a time instead.

// Candidates returns the candidates Lookup returns for name, in the same
// order, without gathering them in a slice.
func (g *Gazetteer) Candidates(name string) iter.Seq[Candidate] {
	return func(yield func(Candidate) bool) {
		for _, id := range g.idsOf(normKey(name)) {
			if !yield(g.entries[id].Candidate) {
				return
			}
		}
	}
}
