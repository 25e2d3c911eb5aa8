package geo

// span is what one binary search over the sorted generated keys tells of
// the spelling b: the rows [lo, hi) spelled exactly b (lo == hi when there
// are none) and whether some key goes on past b with a space, so that a
// longer name may start with it.
//
// It answers rangeOf(string(b)) and hasPrefix(string(b)+" ") at once,
// without making either string. The keys after those equal to b are
// greater than b; the first of them that is not below b+" " is where
// hasPrefix's search lands. A key between b and b+" " has b as a prefix
// and a byte below ' ' right after it, so skipping such keys finds it.
func (gen *generated) span(b []byte) (lo, hi int32, more bool) {
	keys := gen.keys
	i, j := 0, len(keys)
	if gen.starts != nil && len(b) > 0 {
		i, j = bucket(gen, b)
	}
	for i < j {
		h := int(uint(i+j) >> 1)
		if keys[h] < string(b) {
			i = h + 1
		} else {
			j = h
		}
	}
	j = i
	for j < len(keys) && keys[j] == string(b) {
		j++
	}
	m := j
	for m < len(keys) && len(keys[m]) > len(b) && keys[m][:len(b)] == string(b) && keys[m][len(b)] < ' ' {
		m++
	}
	more = m < len(keys) && len(keys[m]) > len(b) && keys[m][:len(b)] == string(b) && keys[m][len(b)] == ' '
	return gen.base + int32(i), gen.base + int32(j), more
}

// prefixOf numbers the first two bytes of a non-empty spelling in key
// order: a spelling of one byte c comes before every longer one starting
// with c.
func prefixOf[S ~string | ~[]byte](k S) int {
	p := int(k[0]) * 257
	if len(k) > 1 {
		p += int(k[1]) + 1
	}
	return p
}

// indexPrefixes fills starts from the sorted keys. Keys sharing a prefix
// stand together, all below a spelling of a later prefix and above one of
// an earlier, so span's lower bound within a prefix's keys is the lower
// bound within all of them. The empty key, if any, sorts first and lies
// before every prefix's keys.
func (gen *generated) indexPrefixes() {
	starts := make([]int32, 256*257+1)
	k := 0
	for p := range starts {
		for k < len(gen.keys) && (gen.keys[k] == "" || prefixOf(gen.keys[k]) < p) {
			k++
		}
		starts[p] = int32(k)
	}
	gen.starts = starts
	gen.indexThirds(thirdMin)
	gen.indexFirstWords()
}

// findBuf is a Find call's token buffers, kept for the next call: nothing
// Find returns points into them (keys and names are copied out).
type findBuf struct {
	toks []token
	norm []byte
}
