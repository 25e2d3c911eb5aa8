package code

// The rules ask hundreds of small word sets about token after token, and
// nearly every answer is no. A map lookup hashes the word first; a
// wordFilter rules out most words on their length and first and last
// bytes, and reads its map only for the rest.
//
// The package's sets are wordFilters (X.has(w); X.m where a map is
// needed). A set written after it is made stays a plain map (actNouns,
// which an init adds to): filtered would not see the words added.

// wordFilter is a set of words with a Bloom filter in front of its map:
// 512 bits, two probes within one of its eight words.
type wordFilter struct {
	bits wordBits
	m    map[string]bool
	keys wordBits // every key, false ones too (get); after m, which has reads beside bits
}

// wordBits is a wordFilter's filter alone, for the keys of other maps.
type wordBits [8]uint64

// add enters w in the filter.
func (b *wordBits) add(w string) {
	h := filterHash(w)
	b[h>>61] |= filterMask(h)
}

// mayHave reports false when w was never added.
func (b *wordBits) mayHave(w string) bool {
	h := filterHash(w)
	m := filterMask(h)
	return b[h>>61]&m == m
}

// filtered returns the set m behind a filter of its words; m must not
// change afterwards.
func filtered(m map[string]bool) wordFilter {
	f := wordFilter{m: m}
	for w, ok := range m {
		f.keys.add(w)
		if ok {
			f.bits.add(w)
		}
	}
	return f
}

// has reports whether w is in the set: m[w], read only when the filter
// lets w through.
func (f *wordFilter) has(w string) bool {
	h := filterHash(w)
	m := filterMask(h)
	return f.bits[h>>61]&m == m && f.m[w]
}

// filterHash mixes w's length and first and last bytes.
func filterHash(w string) uint64 {
	n := len(w)
	if n == 0 {
		return 0
	}
	return (uint64(w[0])<<16 | uint64(w[n-1])<<8 | uint64(n)) * 0x9E3779B97F4A7C15
}

// filterMask is the two bits h sets in its word of the filter.
func filterMask(h uint64) uint64 {
	return 1<<(h>>55&63) | 1<<(h>>49&63)
}
