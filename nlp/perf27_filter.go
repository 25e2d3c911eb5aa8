package nlp

// Issue 3, round perf27: the toll reader asks, for every token of every
// sentence, whether a count can start there (MayStartCount), whether the
// token is a number word (NumberWord) and whether it is a measure
// (IsMeasure). Almost every token is none of these, and each question
// cost a map lookup or two. A 512-bit filter of the keys, by first byte,
// last byte and length, turns most tokens away before the map is probed;
// it passes every key, so every answer is the same.

// shapeFilter is a filter of words by their first byte, last byte and
// length. The zero shapeFilter passes no word.
type shapeFilter [8]uint64

// shapeFilterOf returns the filter of the keys of m whose value is true.
func shapeFilterOf(m map[string]bool) *shapeFilter {
	f := new(shapeFilter)
	for w, ok := range m {
		if ok {
			f.add(w)
		}
	}
	return f
}

// shapeFilterOfInts returns the filter of the keys of m.
func shapeFilterOfInts(m map[string]int) *shapeFilter {
	f := new(shapeFilter)
	for w := range m {
		f.add(w)
	}
	return f
}

func (f *shapeFilter) add(w string) {
	h := shapeHash(w)
	f[h>>61] |= shapeMask(h)
}

// mayHave reports false only when w is no word added to f.
func (f *shapeFilter) mayHave(w string) bool {
	h := shapeHash(w)
	m := shapeMask(h)
	return f[h>>61]&m == m
}

// mayHaveBytes is mayHave for a word in a byte slice.
func (f *shapeFilter) mayHaveBytes(w []byte) bool {
	n := len(w)
	if n == 0 {
		return f.mayHave("")
	}
	h := shapeHashOf(w[0], w[n-1], n)
	m := shapeMask(h)
	return f[h>>61]&m == m
}

func shapeHash(w string) uint64 {
	n := len(w)
	if n == 0 {
		return 0
	}
	return shapeHashOf(w[0], w[n-1], n)
}

func shapeHashOf(first, last byte, n int) uint64 {
	return (uint64(first)<<16 | uint64(last)<<8 | uint64(n&0xff)) * 0x9E3779B97F4A7C15
}

func shapeMask(h uint64) uint64 {
	return 1<<(h>>55&63) | 1<<(h>>49&63)
}

// countStartShapes and numberShapes filter countStarts and smallNumbers.
var (
	countStartShapes = shapeFilterOf(countStarts)
	numberShapes     = shapeFilterOfInts(smallNumbers)
)
