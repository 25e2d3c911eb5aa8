package code

// A form can match only where every literal word after its first stands
// in the tokens it may span. Each form keeps a 64-bit signature of those
// words, and match builds the signature of the tokens after the trigger
// once a call: a form whose signature has a bit the tokens lack is not
// tried. The signatures sit in one array beside the positions, so most
// forms are turned away without reading their words.

// wordBit returns the bit of a signature that stands for w, from its
// length and its first, middle and last bytes: cheap enough to be taken
// of every word of every form at load.
func wordBit(w string) uint64 {
	if w == "" {
		return 1
	}
	h := uint64(len(w))<<24 | uint64(w[0])<<16 | uint64(w[len(w)/2])<<8 | uint64(w[len(w)-1])
	h *= 0x9e3779b97f4a7c15
	return 1 << (h >> 58)
}

// formNeeds returns the signature of the literal words of a form after
// its first, and how many tokens they may span at most: one for a word,
// maxGap for a "*".
func formNeeds(words []string) (need uint64, span int) {
	for _, w := range words[1:] {
		if w == "*" {
			span += maxGap
			continue
		}
		need |= wordBit(w)
		span++
	}
	return need, span
}

// tokenBits returns the signature of the tokens of low from i on that a
// form of ix may reach.
func (ix *secondIndex) tokenBits(low []string, i int) uint64 {
	var have uint64
	// three tokens more: an adverb or a day may stand inside the form
	// (lex49_adverb.go, lex52_dated.go)
	for p := i; p < len(low) && p < i+ix.span+3; p++ {
		have |= wordBit(low[p])
	}
	return have
}
