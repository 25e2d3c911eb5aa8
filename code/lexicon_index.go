package code

import "github.com/truce-project/truce/bloom"

// firstWords numbers the first words of the trigger forms as they are
// read and counts the forms of each, so that indexFirst can cut every
// list to size from one block rather than grow it.
type firstWords struct {
	id    map[string]int32
	words []string // by number
	count []int    // by number
	// of holds the number of each form's first word, a block for each
	// slab of entries, as the slabs hold the forms.
	of [][]int32
}

// newSlab starts the numbers of a new slab of n entries.
func (fw *firstWords) newSlab(n int) {
	fw.of = append(fw.of, make([]int32, 0, n))
}

func (fw *firstWords) add(w string) {
	n, ok := fw.id[w]
	if !ok {
		n = int32(len(fw.words))
		fw.id[w] = n
		fw.words = append(fw.words, w)
		fw.count = append(fw.count, 0)
	}
	fw.count[n]++
	fw.of[len(fw.of)-1] = append(fw.of[len(fw.of)-1], n)
}

// indexFirst lists the forms of slabs, in file order, under their first
// words, which fw has numbered and counted.
func (lx *lexicon) indexFirst(slabs [][]entry, fw *firstWords) {
	total := 0
	for _, c := range fw.count {
		total += c
	}
	block := make([]*entry, total)
	lists := make([][]*entry, len(fw.words))
	for n, c := range fw.count {
		lists[n], block = block[:0:c], block[c:]
	}
	for k, slab := range slabs {
		for j, n := range fw.of[k] {
			lists[n] = append(lists[n], &slab[j])
		}
	}
	lx.byFirst = make(map[string][]*entry, len(fw.words))
	for n, w := range fw.words {
		lx.byFirst[w] = lists[n]
	}
}

// indexSecond builds the secondIndex of each first word's forms. Each
// form's list is found once, and every list is cut to size from one block
// shared by the whole index.
func (lx *lexicon) indexSecond() {
	lx.second = make(map[string]*secondIndex, len(lx.byFirst))
	ixs := make([]secondIndex, len(lx.byFirst))
	total := 0
	for _, es := range lx.byFirst {
		total += len(es)
	}
	// every position goes into exactly one list
	block := make([]int, total)
	// and has one signature (perf21_sig.go)
	needs := make([]uint64, total)
	// bySecond and byThird number one first word's second and third
	// words; keyOf, names, third, count and lists are by number, and
	// number 0 is the open list.
	bySecond, byThird := map[string]int{}, map[string]int{}
	keyOf := []int{}
	names, third, count := []string{""}, []bool{false}, []int{0}
	var lists [][]int
	n := 0
	for w, es := range lx.byFirst {
		clear(bySecond)
		clear(byThird)
		keyOf, names, third, count = keyOf[:0], names[:1], third[:1], count[:1]
		count[0] = 0
		nSecond, nThird := 0, 0
		need, span := needs[:len(es):len(es)], 0
		needs = needs[len(es):]
		for k, e := range es {
			var sp int
			need[k], sp = formNeeds(e.words)
			span = max(span, sp)
			var keys map[string]int
			var key string
			switch {
			case len(e.words) >= 3 && e.words[1] == "*" && e.words[2] != "*":
				keys, key = byThird, e.words[2]
			case len(e.words) < 2 || e.words[1] == "*":
				keyOf = append(keyOf, 0)
				count[0]++
				continue
			default:
				keys, key = bySecond, e.words[1]
			}
			id, ok := keys[key]
			if !ok {
				id = len(names)
				keys[key] = id
				names = append(names, key)
				third = append(third, len(e.words) >= 3 && e.words[1] == "*")
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
		n++
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
