package actor

// Find asks the dictionary for the phrases starting at every token of a
// text, and most tokens start none: each such lookup hashes the word and
// probes a map of tens of thousands of keys, likely a cache miss. A small
// Bloom filter of the maps' keys turns most of them away first; a word it
// passes is looked up as before, so what match finds is unchanged (perf22).

// wordFilter is a Bloom filter of words with two probes. The zero
// wordFilter passes every word.
type wordFilter struct {
	bits []uint64
	mask uint64
}

// newWordFilter returns the filter of the keys of m, with about sixteen
// bits a key (fewer than 2% of other words pass).
func newWordFilter[V any](m map[string]V) wordFilter {
	n := uint64(1 << 12)
	for n < 16*uint64(len(m)) {
		n <<= 1
	}
	f := wordFilter{bits: make([]uint64, n/64), mask: n - 1}
	for w := range m {
		a, b := probes(&f, w)
		f.bits[a/64] |= 1 << (a % 64)
		f.bits[b/64] |= 1 << (b % 64)
	}
	return f
}

// probes returns the two bits of w in f, from one FNV-1a hash.
func probes[S ~string | ~[]byte](f *wordFilter, w S) (uint64, uint64) {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h & f.mask, (h >> 32) & f.mask
}

// mayHave reports whether w may be a key of f's map: false only when it
// is not.
func mayHave[S ~string | ~[]byte](f *wordFilter, w S) bool {
	if f.bits == nil {
		return true
	}
	a, b := probes(f, w)
	return f.bits[a/64]&(1<<(a%64)) != 0 && f.bits[b/64]&(1<<(b%64)) != 0
}
