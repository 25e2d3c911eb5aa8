package geo

import "testing"

// TestThirdIndexAgreesWithSearches checks span and rangeOf with every
// prefix indexed by its third byte against binary searches over all keys,
// and that the gazetteer's large prefixes are so indexed (the gazetteer's
// keys themselves are checked by TestSpanAgreesWithSearches).
func TestThirdIndexAgreesWithSearches(t *testing.T) {
	gen := &generated{base: 3, keys: []string{
		"", "a", "ab", "ab\tc", "ab\td", "ab c", "ab c", "aba", "abc", "abc d", "abd", "ab\xff", "b", "b\x01", "ba", "bab", "c d e", "\xff\xff", "\xff\xff\xff",
	}}
	gen.indexPrefixes()
	gen.indexThirds(1)
	for _, s := range []string{
		"", "a", "ab", "ab\t", "ab ", "ab c", "ab c d", "aba", "abb", "abc", "abc d", "abd", "abe", "ab\xff", "ab\xff\xff",
		"b", "b\x01", "ba", "baa", "bab", "babc", "c", "c d", "c d e", "z", "zzz", "\xff", "\xff\xff", "\xff\xff\xff", "\x00", "\x00\x00\x00",
	} {
		lo, hi, more := gen.span([]byte(s))
		wlo, whi := rangeOfAll(gen, s)
		if rlo, rhi := gen.rangeOf(s); rlo != wlo || rhi != whi {
			t.Errorf("rangeOf(%q) = %d, %d; want %d, %d", s, rlo, rhi, wlo, whi)
		}
		if lo != wlo || hi != whi || more != gen.hasPrefix(s+" ") {
			t.Errorf("span(%q) = %d, %d, %v; want %d, %d, %v", s, lo, hi, more, wlo, whi, gen.hasPrefix(s+" "))
		}
	}
	g := MustLoad(t)
	if len(g.gen.keys) > 0 && len(g.gen.thirds) == 0 {
		t.Errorf("no prefix of %d keys indexed by its third byte", len(g.gen.keys))
	}
}
