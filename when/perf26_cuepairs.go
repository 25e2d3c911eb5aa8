package when

// wordCues tried, at every byte of the sentence, each cue word that starts
// with that byte (lowered), and most bytes of English start one: "t",
// "a", "n", "d", "s". cuePairs holds the first two bytes of every cue word,
// ASCII letters lowered, so that the words are tried only where the two
// bytes there start one of them. Every cue word has two bytes or more.

// pairBits is a set of byte pairs, one bit a pair.
type pairBits [1 << 16 / 64]uint64

var cuePairs = newCuePairs(cueWords)

// newCuePairs returns the lowered first two bytes of t's words.
func newCuePairs(t *cueTables) *pairBits {
	p := &pairBits{}
	for _, ws := range [][256][]cueWord{t.exact, t.folded} {
		for _, l := range ws {
			for _, cw := range l {
				p.add(lowerASCII(cw.w[0]), lowerASCII(cw.w[1]))
			}
		}
	}
	return p
}

func (p *pairBits) add(a, b byte) {
	k := uint(a)<<8 | uint(b)
	p[k/64] |= 1 << (k % 64)
}

// has reports whether the pair a, b was added.
func (p *pairBits) has(a, b byte) bool {
	k := uint(a)<<8 | uint(b)
	return p[k/64]&(1<<(k%64)) != 0
}
