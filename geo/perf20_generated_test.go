package geo

import (
	"sort"
	"strings"
	"testing"
)

// TestSpanAgreesWithSearches checks the one-search span, with and without
// its prefix index, and rangeOf against rangeOfAll and hasPrefix (binary
// searches over all keys): on hand-made keys (a control byte after a
// prefix, the empty key) and on keys of the generated gazetteer, their
// word prefixes and variants.
func TestSpanAgreesWithSearches(t *testing.T) {
	check := func(t *testing.T, gen *generated, s string) {
		t.Helper()
		lo, hi, more := gen.span([]byte(s))
		wlo, whi := rangeOfAll(gen, s)
		if rlo, rhi := gen.rangeOf(s); rlo != wlo || rhi != whi {
			t.Fatalf("rangeOf(%q) = %d, %d; want %d, %d", s, rlo, rhi, wlo, whi)
		}
		if lo != wlo || hi != whi || more != gen.hasPrefix(s+" ") {
			t.Fatalf("span(%q) = %d, %d, %v; want %d, %d, %v", s, lo, hi, more, wlo, whi, gen.hasPrefix(s+" "))
		}
	}
	t.Run("hand-made", func(t *testing.T) {
		gen := &generated{base: 7, keys: []string{
			"", "a", "ab", "ab\tc", "ab\td", "ab c", "ab c", "abc", "b", "b\x01", "ba", "c d e", "\xff\xff",
		}}
		spellings := []string{"", "a", "ab", "ab\t", "ab c", "ab c d", "abc", "b", "b\x01", "c", "c d", "c d e", "z", "ab\tc", "\xff", "\xff\xff", "\x00"}
		for _, s := range spellings {
			check(t, gen, s)
		}
		gen.indexPrefixes()
		for _, s := range spellings {
			check(t, gen, s)
		}
	})
	t.Run("gazetteer", func(t *testing.T) {
		g := MustLoad(t)
		keys := g.gen.keys
		if len(keys) == 0 {
			t.Skip("no generated gazetteer")
		}
		step := max(1, len(keys)/20000)
		for i := 0; i < len(keys); i += step {
			k := keys[i]
			check(t, &g.gen, k)
			check(t, &g.gen, k+"x")
			check(t, &g.gen, k[:len(k)-1])
			for j := range len(k) {
				if k[j] == ' ' {
					check(t, &g.gen, k[:j])
				}
			}
			if w, _, ok := strings.Cut(k, " "); ok {
				check(t, &g.gen, w)
			}
		}
	})
}

// rangeOfAll is rangeOf by a binary search over all keys, without the
// prefix index.
func rangeOfAll(gen *generated, key string) (lo, hi int32) {
	i := sort.SearchStrings(gen.keys, key)
	j := i
	for j < len(gen.keys) && gen.keys[j] == key {
		j++
	}
	return gen.base + int32(i), gen.base + int32(j)
}
