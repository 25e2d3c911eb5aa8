package geo

import (
	"bytes"
	"strings"
)

// genLongest runs at every token of a text, and most tokens start no
// generated name: for each, span searched the keys only to learn that no
// key is the word or starts with it and a space. A small Bloom filter of
// the keys' first words (the key up to its first space) turns most of
// them away first; a word it passes is searched as before, so genLongest
// finds the same (perf22).

// firstFilter is a Bloom filter of words with two probes. The zero
// firstFilter passes every word.
type firstFilter struct {
	bits []uint64
	mask uint64
}

// indexFirstWords fills gen.firsts from the keys, with at least eight
// bits a key: keys share first words, so there are more bits a first
// word, and few other words pass.
func (gen *generated) indexFirstWords() {
	n := uint64(1 << 12)
	for n < 8*uint64(len(gen.keys)) {
		n <<= 1
	}
	f := firstFilter{bits: make([]uint64, n/64), mask: n - 1}
	for _, k := range gen.keys {
		w, _, _ := strings.Cut(k, " ")
		a, b := probes(&f, w)
		f.bits[a/64] |= 1 << (a % 64)
		f.bits[b/64] |= 1 << (b % 64)
	}
	gen.firsts = f
}

// probes returns the two bits of w in f, from one FNV-1a hash.
func probes[S ~string | ~[]byte](f *firstFilter, w S) (uint64, uint64) {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h & f.mask, (h >> 32) & f.mask
}

// mayStart reports whether w may be the first word of a key: false only
// when no key is w or starts with w and a space.
func mayStart[S ~string | ~[]byte](f *firstFilter, w S) bool {
	if f.bits == nil {
		return true
	}
	a, b := probes(f, w)
	return f.bits[a/64]&(1<<(a%64)) != 0 && f.bits[b/64]&(1<<(b%64)) != 0
}

// firstWord returns b up to its first space: the first word of every key
// b spells or starts, with a space after it.
func firstWord(b []byte) []byte {
	if j := bytes.IndexByte(b, ' '); j >= 0 {
		return b[:j]
	}
	return b
}
