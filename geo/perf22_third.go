package geo

// Many keys share some two-byte prefixes ("sa", "ka"), so span's search
// within a prefix's keys still takes a dozen string comparisons, each
// likely a cache miss. A prefix with at least thirdMin keys is indexed by
// its keys' third byte too (perf22).

// thirdMin is the fewest keys of a two-byte prefix worth a third-byte index.
const thirdMin = 64

// thirdOf numbers the third byte of a spelling in key order: a spelling
// of two bytes or fewer before every longer one of its prefix.
func thirdOf[S ~string | ~[]byte](k S) int {
	if len(k) < 3 {
		return 0
	}
	return int(k[2]) + 1
}

// indexThirds fills thirdAt and thirds from starts: for a prefix p with at
// least min keys, thirds[thirdAt[p]+q] is the first of its keys whose
// third byte (thirdOf) is at least q. Keys sharing three bytes stand
// together within their prefix's keys, so a lower bound within them is
// the lower bound within all keys, as for starts (indexPrefixes).
func (gen *generated) indexThirds(min int) {
	gen.thirdAt = make([]int32, len(gen.starts)-1)
	n := 0
	for p := range gen.thirdAt {
		if gen.starts[p+1]-gen.starts[p] >= int32(min) {
			n++
		}
	}
	gen.thirds = make([]int32, 0, n*258)
	for p := range gen.thirdAt {
		i, j := int(gen.starts[p]), int(gen.starts[p+1])
		if j-i < min {
			gen.thirdAt[p] = -1
			continue
		}
		gen.thirdAt[p] = int32(len(gen.thirds))
		k := i
		for q := range 258 {
			for k < j && thirdOf(gen.keys[k]) < q {
				k++
			}
			gen.thirds = append(gen.thirds, int32(k))
		}
	}
}

// bucket returns the keys [i, j) among which a non-empty spelling b's
// lower bound lies, by the prefix indexes.
func bucket[S ~string | ~[]byte](gen *generated, b S) (i, j int) {
	p := prefixOf(b)
	if off := gen.thirdAt[p]; off >= 0 {
		q := int(off) + thirdOf(b)
		return int(gen.thirds[q]), int(gen.thirds[q+1])
	}
	return int(gen.starts[p]), int(gen.starts[p+1])
}
