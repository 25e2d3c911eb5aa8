package code

// Issue 3, round perf27: a few sets keep words with false values, which
// their rules tell apart from absent words ("it" and "they" are subject
// pronouns of no one person); those rules read the map for every token.
// get asks a filter of all the keys first.

// get returns m[w] and whether w is a key of f's map, reading the map
// only for a word the filter of its keys passes.
func (f *wordFilter) get(w string) (v, ok bool) {
	if !f.keys.mayHave(w) {
		return false, false
	}
	v, ok = f.m[w]
	return v, ok
}

// keyBits returns the filter of the keys of m.
func keyBits[V any](m map[string]V) wordBits {
	var b wordBits
	for w := range m {
		b.add(w)
	}
	return b
}

// assemblyHeadKeys filters the words parliamentAt looks up in
// assemblyHeads, one for every token of a sentence.
var assemblyHeadKeys = keyBits(assemblyHeads)
