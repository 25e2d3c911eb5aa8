package geo

import (
	"bytes"
	"strings"

	"github.com/truce-project/truce/bloom"
)

// genLongest runs at every token of a text, and most tokens start no
// generated name: for each, span searched the keys only to learn that no
// key is the word or starts with it and a space. A small Bloom filter of
// the keys' first words (the key up to its first space) turns most of
// them away first; a word it passes is searched as before, so genLongest
// finds the same (perf22).

// indexFirstWords fills gen.firsts from the keys, with at least eight
// bits a key: keys share first words, so there are more bits a first
// word, and few other words pass.
func (gen *generated) indexFirstWords() {
	f := bloom.New(len(gen.keys), 8)
	for _, k := range gen.keys {
		w, _, _ := strings.Cut(k, " ")
		f.Add(w)
	}
	gen.firsts = f
}

// firstWord returns b up to its first space: the first word of every key
// b spells or starts, with a space after it.
func firstWord(b []byte) []byte {
	if j := bytes.IndexByte(b, ' '); j >= 0 {
		return b[:j]
	}
	return b
}
