package code

import "slices"

// complementOf and mode43TalksAsked try every complement of a category
// (260 for REQUEST) at each of up to fourteen tokens after a trigger, and
// nearly every try fails on the first word. A complement whose first word
// is literal can match from token k only where that word stands at k or,
// after an adverb of one to three tokens, at k+1 to k+3 (lex49SkipAdverb).
// A complementIndex lists the complements by first word, so that only
// those whose word stands in that window are tried, in file order.

// complementIndex holds the positions, in a category's complement list,
// of the complements by first word, and of those that may match anywhere
// (no words, or a "*" first).
type complementIndex struct {
	byFirst map[string][]int
	open    []int
	// keys filters byFirst's words (perf23_wordfilter.go).
	keys wordBits
}

// indexComplements indexes each category's complements.
func indexComplements(all map[string][]complement) map[string]*complementIndex {
	out := make(map[string]*complementIndex, len(all))
	for cat, cs := range all {
		ix := &complementIndex{byFirst: map[string][]int{}}
		for p, cm := range cs {
			if len(cm.words) == 0 || cm.words[0] == "*" {
				ix.open = append(ix.open, p)
				continue
			}
			w := cm.words[0]
			ix.byFirst[w] = append(ix.byFirst[w], p)
			ix.keys.add(w)
		}
		out[cat] = ix
	}
	return out
}

// candidates returns, ascending, the positions of the complements that may
// match from token k of low, appended to buf[:0]; none on a nil index (a
// category without complements).
func (ix *complementIndex) candidates(low []string, k int, buf []int) []int {
	if ix == nil {
		return buf[:0]
	}
	buf = append(buf[:0], ix.open...)
	lists := 0
	if len(ix.open) > 0 {
		lists++
	}
	for d := 0; d <= 3 && k+d < len(low); d++ {
		w := low[k+d]
		if !ix.keys.mayHave(w) || slices.Contains(low[k:k+d], w) {
			continue
		}
		if l := ix.byFirst[w]; len(l) > 0 {
			buf = append(buf, l...)
			lists++
		}
	}
	// Each position is in one list: sorted, the lists give file order.
	if lists > 1 {
		slices.Sort(buf)
	}
	return buf
}
