package code

// match runs at every token, and most tokens start no form: each such
// token hashed and probed the map of first words (lx.second), of
// thousands of keys, likely a cache miss. A small Bloom filter of its keys
// turns most of them away first; a word it passes is looked up as before,
// so match finds the same. The domains of words and of pairs of words,
// also asked of every token (domainsOf), are filtered alike (perf22).

// firstFilter is a Bloom filter of words with two probes. The zero
// firstFilter passes every word.
type firstFilter struct {
	bits []uint64
	mask uint64
}

// newFirstFilter returns the filter of the keys of m, with about sixteen
// bits a key (fewer than 2% of other words pass).
func newFirstFilter[V any](m map[string]V) firstFilter {
	n := uint64(1 << 12)
	for n < 16*uint64(len(m)) {
		n <<= 1
	}
	f := firstFilter{bits: make([]uint64, n/64), mask: n - 1}
	for w := range m {
		a, b := f.probes(w)
		f.bits[a/64] |= 1 << (a % 64)
		f.bits[b/64] |= 1 << (b % 64)
	}
	return f
}

// probes returns the two bits of w, from one FNV-1a hash.
func (f *firstFilter) probes(w string) (uint64, uint64) {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h & f.mask, (h >> 32) & f.mask
}

// mayHave reports whether w may be a key of the filter's map: false only
// when it is not.
func (f *firstFilter) mayHave(w string) bool {
	if f.bits == nil {
		return true
	}
	a, b := f.probes(w)
	return f.bits[a/64]&(1<<(a%64)) != 0 && f.bits[b/64]&(1<<(b%64)) != 0
}
