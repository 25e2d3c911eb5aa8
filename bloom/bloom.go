// Package bloom is a small Bloom filter of words: two probes from one
// FNV-1a hash. The coder, the gazetteer and the actor dictionary ask a map
// of tens of thousands of keys about every token of a text, and most
// tokens are no key; a filter of the keys turns most of them away before
// the map is probed, and passes every key, so what a lookup finds is the
// same with it or without it.
package bloom

// Filter is a Bloom filter of words. The zero Filter passes every word.
type Filter struct {
	bits []uint64
	mask uint64
}

// New returns an empty filter for n words with about perWord bits each
// (at least 4,096 bits in all): with 16 bits a word, fewer than 2% of
// other words pass.
func New(n, perWord int) Filter {
	size := uint64(1 << 12)
	for size < uint64(perWord)*uint64(n) {
		size <<= 1
	}
	return Filter{bits: make([]uint64, size/64), mask: size - 1}
}

// Of returns the filter of the keys of m, with 16 bits a key.
func Of[V any](m map[string]V) Filter {
	f := New(len(m), 16)
	for w := range m {
		f.Add(w)
	}
	return f
}

// Add puts w in f.
func (f *Filter) Add(w string) {
	a, b := probes(f, w)
	f.bits[a/64] |= 1 << (a % 64)
	f.bits[b/64] |= 1 << (b % 64)
}

// MayHave reports whether w may have been added to f: false only when it
// was not.
func MayHave[S ~string | ~[]byte](f *Filter, w S) bool {
	if f.bits == nil {
		return true
	}
	a, b := probes(f, w)
	return f.bits[a/64]&(1<<(a%64)) != 0 && f.bits[b/64]&(1<<(b%64)) != 0
}

// probes returns the two bits of w in f.
func probes[S ~string | ~[]byte](f *Filter, w S) (uint64, uint64) {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h & f.mask, (h >> 32) & f.mask
}
