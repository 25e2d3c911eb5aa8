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

// formKey is the word a form is indexed by after its first: its second
// word (kind keySecond), the word after a "*" second (keyThird), or none
// (keyOpen: the open list).
type formKey struct {
	word string
	kind uint8
}

const (
	keyOpen uint8 = iota
	keySecond
	keyThird
)

// keyOf returns the formKey of the form ws.
func keyOf(ws []string) formKey {
	switch {
	case len(ws) >= 3 && ws[1] == "*" && ws[2] != "*":
		return formKey{word: ws[2], kind: keyThird}
	case len(ws) < 2 || ws[1] == "*":
		return formKey{kind: keyOpen}
	}
	return formKey{word: ws[1], kind: keySecond}
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

// firstLists holds by first word's number the lists indexFirst makes for
// indexSecond.
type firstLists struct {
	words []string   // the first words
	forms [][]*entry // their forms in file order
	needs [][]uint64 // the forms' signatures (perf21_sig.go)
	keys  [][]formKey
	spans []int // the most tokens after the first word any form takes
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
	keyBlock := make([]formKey, total)
	lists := make([][]*entry, len(fw.words))
	needs := make([][]uint64, len(fw.words))
	keys := make([][]formKey, len(fw.words))
	spans := make([]int, len(fw.words))
	for n, c := range fw.count {
		lists[n], block = block[:0:c], block[c:]
		needs[n], needBlock = needBlock[:0:c], needBlock[c:]
		keys[n], keyBlock = keyBlock[:0:c], keyBlock[c:]
	}
	for k, slab := range slabs {
		for j, n := range fw.of[k] {
			e := &slab[j]
			need, span := formNeeds(e.words)
			lists[n] = append(lists[n], e)
			needs[n] = append(needs[n], need)
			keys[n] = append(keys[n], keyOf(e.words))
			spans[n] = max(spans[n], span)
		}
	}
	lx.byFirst = make(map[string][]*entry, len(fw.words))
	for n, w := range fw.words {
		lx.byFirst[w] = lists[n]
	}
	return firstLists{words: fw.words, forms: lists, needs: needs, keys: keys, spans: spans}
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
	// words; keyOf, names, third, count and lists are by number, and
	// number 0 is the open list.
	bySecond, byThird := map[string]int{}, map[string]int{}
	keyOf := []int{}
	names, third, count := []string{""}, []bool{false}, []int{0}
	var lists [][]int
	for n, w := range fl.words {
		es := fl.forms[n]
		clear(bySecond)
		clear(byThird)
		keyOf, names, third, count = keyOf[:0], names[:1], third[:1], count[:1]
		count[0] = 0
		nSecond, nThird := 0, 0
		need, span := fl.needs[n], fl.spans[n]
		for _, fk := range fl.keys[n] {
			if fk.kind == keyOpen {
				keyOf = append(keyOf, 0)
				count[0]++
				continue
			}
			keys := bySecond
			if fk.kind == keyThird {
				keys = byThird
			}
			id, ok := keys[fk.word]
			if !ok {
				id = len(names)
				keys[fk.word] = id
				names = append(names, fk.word)
				third = append(third, fk.kind == keyThird)
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
