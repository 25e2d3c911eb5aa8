package code

// genericMentions asks the facilities map about every pair of tokens
// ("residential buildings") and nearly every answer is no. A pair "a b"
// is a key only where a is what stands before one of the key's spaces: a
// filter of those heads turns most pairs away before the key is built
// and looked up (perf25).

// addHeads enters in b every run of key's words before one of its spaces:
// "x" and "x y" of "x y z".
func addHeads(b *wordBits, key string) {
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' {
			b.add(key[:i])
		}
	}
}
