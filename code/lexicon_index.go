package code

import "github.com/truce-project/truce/bloom"

// firstWords numbers the first words of the trigger forms as they are
// read and counts the forms of each, so that indexFirst can cut every
// list to size from one block rather than grow it.
type firstWords struct {
	// at holds by the expander's word number 1 + the word's number here
	// as a first word, 0 for none: a slice, not a map keyed by the word.
	at    []int32
	words []string // by number
	count []int    // by number
	span  []int    // by number: the most tokens a form takes after it
	// of holds the number of each form's first word, and keys its
	// packed key (packKey), a block for each slab of entries, as the
	// slabs hold the forms.
	of    [][]int32
	keys  [][]int32
	needs [][]uint64 // and its signature (perf33)
	names []string   // the expander's words by number
}

// newSlab starts the numbers of a new slab of n entries.
func (fw *firstWords) newSlab(n int) {
	fw.of = append(fw.of, make([]int32, 0, n))
	fw.keys = append(fw.keys, make([]int32, 0, n))
	fw.needs = append(fw.needs, make([]uint64, 0, n))
}

// A form's key is the word it is indexed by after its first: its second
// word (kind keySecond), the word after a "*" second (keyThird), or none
// (keyOpen: the open list). It is kept packed in an int32, the word's
// number from the expander times four plus the kind (packKey).

const (
	keyOpen uint8 = iota
	keySecond
	keyThird
)

// packKey returns the packed key of the form whose words the expander
// numbered ids: equal numbers are equal words.
func packKey(ids []int32) int32 {
	switch {
	case len(ids) >= 3 && ids[1] == starID && ids[2] != starID:
		return ids[2]<<2 | int32(keyThird)
	case len(ids) < 2 || ids[1] == starID:
		return int32(keyOpen)
	}
	return ids[1]<<2 | int32(keySecond)
}

// add numbers and counts the first word w of a form, numbered first by
// the expander, and keeps its packed key, signature and span.
func (fw *firstWords) add(w0 string, first, key int32, need uint64, span int32) {
	w := int(first)
	for w >= len(fw.at) {
		fw.at = append(fw.at, 0)
	}
	n := fw.at[w] - 1
	if n < 0 {
		n = int32(len(fw.words))
		fw.at[w] = n + 1
		fw.words = append(fw.words, w0)
		fw.count = append(fw.count, 0)
		fw.span = append(fw.span, 0)
	}
	fw.count[n]++
	fw.span[n] = max(fw.span[n], int(span))
	last := len(fw.of) - 1
	fw.of[last] = append(fw.of[last], n)
	fw.keys[last] = append(fw.keys[last], key)
	fw.needs[last] = append(fw.needs[last], need)
}

// firstLists holds by first word's number the lists indexFirst makes for
// indexSecond.
type firstLists struct {
	words []string   // the first words
	forms [][]*entry // their forms in file order
	needs [][]uint64 // the forms' signatures (perf21_sig.go)
	keys  [][]int32  // packed (packKey)
	spans []int      // the most tokens after the first word any form takes
	names []string   // the expander's words by number
}

// indexFirst lists the forms of slabs, in file order, under their first
// words, which fw has numbered and counted. It reads what indexSecond
// needs of each form here, in the order the forms were made and lie in
// memory: in a first word's order they are strewn over the whole block,
// and reading them there cost a miss of the cache a word.
func (lx *lexicon) indexFirst(slabs [][]entry, fw *firstWords) firstLists {
	total := 0
	for _, c := range fw.count {
		total += c
	}
	block := make([]*entry, total)
	needBlock := make([]uint64, total)
	keyBlock := make([]int32, total)
	lists := make([][]*entry, len(fw.words))
	needs := make([][]uint64, len(fw.words))
	keys := make([][]int32, len(fw.words))
	for n, c := range fw.count {
		lists[n], block = block[:0:c], block[c:]
		needs[n], needBlock = needBlock[:0:c], needBlock[c:]
		keys[n], keyBlock = keyBlock[:0:c], keyBlock[c:]
	}
	for k, slab := range slabs {
		for j, n := range fw.of[k] {
			lists[n] = append(lists[n], &slab[j])
			needs[n] = append(needs[n], fw.needs[k][j])
			keys[n] = append(keys[n], fw.keys[k][j])
		}
	}
	lx.byFirst = make(map[string][]*entry, len(fw.words))
	for n, w := range fw.words {
		lx.byFirst[w] = lists[n]
	}
	return firstLists{words: fw.words, forms: lists, needs: needs, keys: keys, spans: fw.span, names: fw.names}
}

// indexSecond builds the secondIndex of each first word's forms, given by
// number as indexFirst returns them. Each form's list is found once, and
// every list is cut to size from one block shared by the whole index.
func (lx *lexicon) indexSecond(fl firstLists) {
	lx.second = make(map[string]*secondIndex, len(fl.words))
	ixs := make([]secondIndex, len(fl.words))
	total := 0
	for _, es := range fl.forms {
		total += len(es)
	}
	// every position goes into exactly one list
	block := make([]int, total)
	// bySecond and byThird number one first word's second and third
	// words, by the expander's word number (0 for none yet); keyOf,
	// names, wids, third, count and lists are by number, and number 0 is
	// the open list.
	bySecond, byThird := make([]int32, len(fl.names)), make([]int32, len(fl.names))
	keyOf := []int{}
	names, wids, third, count := []string{""}, []int32{0}, []bool{false}, []int{0}
	var lists [][]int
	for n, w := range fl.words {
		es := fl.forms[n]
		for id := 1; id < len(names); id++ {
			if third[id] {
				byThird[wids[id]] = 0
			} else {
				bySecond[wids[id]] = 0
			}
		}
		keyOf, names, wids, third, count = keyOf[:0], names[:1], wids[:1], third[:1], count[:1]
		count[0] = 0
		nSecond, nThird := 0, 0
		need, span := fl.needs[n], fl.spans[n]
		for _, k := range fl.keys[n] {
			kind, wid := uint8(k&3), k>>2
			if kind == keyOpen {
				keyOf = append(keyOf, 0)
				count[0]++
				continue
			}
			keys := bySecond
			if kind == keyThird {
				keys = byThird
			}
			id := int(keys[wid])
			if id == 0 {
				id = len(names)
				keys[wid] = int32(id)
				names = append(names, fl.names[wid])
				wids = append(wids, wid)
				third = append(third, kind == keyThird)
				if third[id] {
					nThird++
				} else {
					nSecond++
				}
				count = append(count, 0)
			}
			count[id]++
			keyOf = append(keyOf, id)
		}
		lists = lists[:0]
		for _, c := range count {
			var l []int
			if c > 0 {
				l, block = block[:0:c], block[c:]
			}
			lists = append(lists, l)
		}
		for k, id := range keyOf {
			lists[id] = append(lists[id], k)
		}
		// The maps are made only when a form needs them: reading a nil
		// map finds nothing, as an empty one would.
		ix := &ixs[n]
		ix.entries = es
		ix.open = lists[0]
		if nSecond > 0 {
			ix.bySecond = make(map[string][]int, nSecond)
		}
		if nThird > 0 {
			ix.byThird = make(map[string][]int, nThird)
		}
		for id := 1; id < len(names); id++ {
			ix.keys.add(names[id])
			if third[id] {
				ix.byThird[names[id]] = lists[id]
			} else {
				ix.bySecond[names[id]] = lists[id]
			}
		}
		ix.need, ix.span = need, span
		ix.qualifiers, ix.inner = lx.qualifiers[w], lx.inner[w]
		lx.second[w] = ix
	}
	lx.firsts = bloom.Of(lx.second)
}
