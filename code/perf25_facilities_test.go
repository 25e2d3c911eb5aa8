package code

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The heads filter passes every pair that is a key of facilities: on the
// demo's token pairs, on the keys' own halves and on random pairs of the
// keys' words; and it turns most of the demo's pairs away.
func TestFacilityHeadsPassEveryKey(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	var pairs [][2]string
	var words []string
	for key := range lx.facilities {
		for i := 0; i < len(key); i++ {
			if key[i] == ' ' {
				pairs = append(pairs, [2]string{key[:i], key[i+1:]})
			}
		}
		words = append(words, strings.Fields(key)...)
	}
	keyPairs := len(pairs)
	for _, low := range demoLowered(t) {
		for k := 0; k+1 < len(low); k++ {
			pairs = append(pairs, [2]string{low[k], low[k+1]})
		}
	}
	r := rand.New(rand.NewPCG(25, 3))
	for range 20000 {
		pairs = append(pairs, [2]string{words[r.IntN(len(words))], words[r.IntN(len(words))]})
	}
	found, turned := 0, 0
	for _, p := range pairs {
		has := hasPair(lx.facilities, p[0], p[1])
		if has {
			found++
			if !lx.facilityHeads.mayHave(p[0]) {
				t.Fatalf("%q %q is a facility but the filter turns it away", p[0], p[1])
			}
		}
		if !lx.facilityHeads.mayHave(p[0]) {
			turned++
		}
	}
	if found < keyPairs || turned < len(pairs)/2 {
		t.Fatalf("%d pairs found of %d keys' pairs; %d of %d turned away", found, keyPairs, turned, len(pairs))
	}
}
