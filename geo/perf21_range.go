package geo

import "sort"

// lowerBound returns the index of the first key not below key. Once the
// prefix indexes are built it searches only the keys of key's two-byte
// prefix (or three-byte, see indexThirds), whose lower bound is the lower
// bound within all keys (see indexPrefixes): rangeOf runs for every name
// a text may hold.
func (gen *generated) lowerBound(key string) int {
	if gen.starts == nil || key == "" {
		return sort.SearchStrings(gen.keys, key)
	}
	i, j := bucket(gen, key)
	return i + sort.SearchStrings(gen.keys[i:j], key)
}
