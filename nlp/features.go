package nlp

import "strings"

// The model's features are strings such as "i word attack" or "i-1 tag+i
// word NNP attack". Looking each up by its string costs fourteen lookups in
// a map of 75,000 keys per word tagged. featIndex holds the same weights
// arranged by what the tagger knows at each step: one entry per word form
// (all of its word features), one per three-letter suffix, and tag features
// in arrays indexed by tag, so that tagging a word costs two or three small
// lookups. The weights are the same, added in the same order, so the
// scores are bit for bit those of the string lookups
// (TestFeatureIndexMatchesModel).
type featIndex struct {
	// cls and w hold every feature's weights, class and value apart: the
	// tagger reads 9 bytes a weight instead of 16, and the index holds
	// runs (wspan) rather than slices, so the collector has few pointers
	// to scan (perf22).
	cls []uint8
	w   []float64
	// bounded is set when predict may skip its count of the classes
	// weighed (perf26_best.go).
	bounded bool
	bias    wspan
	// pref1 is "i pref1 X" by the word's first byte.
	pref1 [256]wspan
	// tagID numbers every tag a tag feature names, the classes first.
	tagID map[string]int32
	// classID is the tag id of each class.
	classID []int32
	// prev1, prev2 are "i-1 tag T" and "i-2 tag T" by tag id; pair is
	// "i tag+i-2 tag T1 T2" by tag id T1*len(tagID)+T2.
	prev1, prev2, pair []wspan
	// words and suffixes number the entries of wordList and suffixList.
	words      map[string]int32
	suffixes   map[string]int32
	wordList   []wordFeats
	suffixList []suffixFeats
}

// wordFeats are the features of one normalised word form, by its position
// relative to the word tagged.
type wordFeats struct {
	at, prev1, prev2, next1, next2 wspan
	// afterTag is "i-1 tag+i word T W" for this W, by T.
	afterTag []tagWeights
	// suffix is the number of the entry of the word's own suffix3 in
	// suffixList, or -1: the tagger reads both entries of a context
	// word, and this spares the second lookup (perf25).
	suffix int32
}

type tagWeights struct {
	tag int32
	w   wspan
}

// suffixFeats are the features of one suffix: of the word tagged as
// written ("i suffix"), and of the normalised words around it.
type suffixFeats struct {
	at, prev1, next1 wspan
}

// The feature templates, as prose's tagger names them.
const (
	fBias      = "bias"
	fSuffix    = "i suffix "
	fPref1     = "i pref1 "
	fPrevTag   = "i-1 tag "
	fPrev2Tag  = "i-2 tag "
	fTagPair   = "i tag+i-2 tag "
	fWord      = "i word "
	fTagWord   = "i-1 tag+i word "
	fPrevWord  = "i-1 word "
	fPrevSuf   = "i-1 suffix "
	fPrev2Word = "i-2 word "
	fNextWord  = "i+1 word "
	fNextSuf   = "i+1 suffix "
	fNext2Word = "i+2 word "
)

// buildIndex arranges t.weights into a featIndex.
func buildIndex(t *tagger) *featIndex {
	n := 0
	for _, ws := range t.weights {
		n += len(ws)
	}
	b := newIndexBuilder(t.classes, len(t.weights), n)
	for f, ws := range t.weights {
		b.add(f, b.put(ws))
	}
	return b.finish()
}

// indexBuilder makes a featIndex from the features one by one, so that a
// model can be loaded without first building the map of every feature.
type indexBuilder struct {
	ix    *featIndex
	pairs []tagPairWeights
	pref1 map[string]wspan
}

type tagPairWeights struct {
	id1, id2 int32
	w        wspan
}

func newIndexBuilder(classes []string, nFeatures, nWeights int) *indexBuilder {
	b := &indexBuilder{
		ix: &featIndex{
			tagID:      make(map[string]int32, len(classes)+4),
			words:      make(map[string]int32, nFeatures/3),
			suffixes:   make(map[string]int32, nFeatures/25),
			wordList:   make([]wordFeats, 0, nFeatures/3),
			suffixList: make([]suffixFeats, 0, nFeatures/25),
			cls:        make([]uint8, 0, nWeights),
			w:          make([]float64, 0, nWeights),
		},
		pref1: make(map[string]wspan),
	}
	for _, c := range classes {
		b.ix.classID = append(b.ix.classID, b.id(c))
	}
	return b
}

// id returns the number of tag, numbering it if it is new.
func (b *indexBuilder) id(tag string) int32 {
	ix := b.ix
	if n, ok := ix.tagID[tag]; ok {
		return n
	}
	n := int32(len(ix.tagID))
	ix.tagID[tag] = n
	ix.prev1 = append(ix.prev1, wspan{})
	ix.prev2 = append(ix.prev2, wspan{})
	return n
}

// word returns the entry of w, valid until the next new entry.
func (b *indexBuilder) word(w string) *wordFeats {
	ix := b.ix
	n, ok := ix.words[w]
	if !ok {
		n = int32(len(ix.wordList))
		ix.words[w] = n
		ix.wordList = append(ix.wordList, wordFeats{})
	}
	return &ix.wordList[n]
}

// suffix returns the entry of s, valid until the next new entry.
func (b *indexBuilder) suffix(s string) *suffixFeats {
	ix := b.ix
	n, ok := ix.suffixes[s]
	if !ok {
		n = int32(len(ix.suffixList))
		ix.suffixes[s] = n
		ix.suffixList = append(ix.suffixList, suffixFeats{})
	}
	return &ix.suffixList[n]
}

// word returns the entry of the normalised word w, or nil.
func (ix *featIndex) word(w string) *wordFeats {
	if n, ok := ix.words[w]; ok {
		return &ix.wordList[n]
	}
	return nil
}

// context returns the entries of the normalised word w and of its
// suffix3, either of them nil: what word(w) and suffix(suffix3(w)) return,
// with one lookup where w has an entry.
func (ix *featIndex) context(w string) (*wordFeats, *suffixFeats) {
	n, ok := ix.words[w]
	if !ok {
		return nil, ix.suffix(suffix3(w))
	}
	e := &ix.wordList[n]
	if e.suffix < 0 {
		return e, nil
	}
	return e, &ix.suffixList[e.suffix]
}

// suffix returns the entry of the suffix s, or nil.
func (ix *featIndex) suffix(s string) *suffixFeats {
	if n, ok := ix.suffixes[s]; ok {
		return &ix.suffixList[n]
	}
	return nil
}

// add files the weights ws of feature f, which put has stored.
func (b *indexBuilder) add(f string, ws wspan) {
	ix := b.ix
	switch {
	case f == fBias:
		ix.bias = ws
	case strings.HasPrefix(f, fSuffix):
		b.suffix(f[len(fSuffix):]).at = ws
	case strings.HasPrefix(f, fPref1):
		b.pref1[f[len(fPref1):]] = ws
	case strings.HasPrefix(f, fPrevSuf):
		b.suffix(f[len(fPrevSuf):]).prev1 = ws
	case strings.HasPrefix(f, fNextSuf):
		b.suffix(f[len(fNextSuf):]).next1 = ws
	case strings.HasPrefix(f, fPrevTag):
		ix.prev1[b.id(f[len(fPrevTag):])] = ws
	case strings.HasPrefix(f, fPrev2Tag):
		ix.prev2[b.id(f[len(fPrev2Tag):])] = ws
	case strings.HasPrefix(f, fTagPair):
		t1, t2, _ := strings.Cut(f[len(fTagPair):], " ")
		b.pairs = append(b.pairs, tagPairWeights{b.id(t1), b.id(t2), ws})
	case strings.HasPrefix(f, fWord):
		b.word(f[len(fWord):]).at = ws
	case strings.HasPrefix(f, fTagWord):
		t1, w, _ := strings.Cut(f[len(fTagWord):], " ")
		e := b.word(w)
		e.afterTag = append(e.afterTag, tagWeights{b.id(t1), ws})
	case strings.HasPrefix(f, fPrevWord):
		b.word(f[len(fPrevWord):]).prev1 = ws
	case strings.HasPrefix(f, fPrev2Word):
		b.word(f[len(fPrev2Word):]).prev2 = ws
	case strings.HasPrefix(f, fNextWord):
		b.word(f[len(fNextWord):]).next1 = ws
	case strings.HasPrefix(f, fNext2Word):
		b.word(f[len(fNext2Word):]).next2 = ws
	}
}

func (b *indexBuilder) finish() *featIndex {
	ix := b.ix
	nt := len(ix.tagID)
	ix.pair = make([]wspan, nt*nt)
	for _, p := range b.pairs {
		ix.pair[int(p.id1)*nt+int(p.id2)] = p.w
	}
	// "i pref1 X" is keyed by the first byte read as a code point.
	for c := range ix.pref1 {
		ix.pref1[c] = b.pref1[string(rune(c))]
	}
	for w, n := range ix.words {
		ix.wordList[n].suffix = -1
		if k, ok := ix.suffixes[suffix3(w)]; ok {
			ix.wordList[n].suffix = k
		}
	}
	return ix
}

// id returns the number of tag, or -1 when no feature names it.
func (ix *featIndex) id(tag string) int32 {
	if n, ok := ix.tagID[tag]; ok {
		return n
	}
	return -1
}

// prevTag returns the weights of "i-1 tag T" (or "i-2 tag T" with two).
func (ix *featIndex) prevTag(id int32, two bool) wspan {
	if id < 0 {
		return wspan{}
	}
	if two {
		return ix.prev2[id]
	}
	return ix.prev1[id]
}

// tagPair returns the weights of "i tag+i-2 tag T1 T2".
func (ix *featIndex) tagPair(id1, id2 int32) wspan {
	if id1 < 0 || id2 < 0 {
		return wspan{}
	}
	return ix.pair[int(id1)*len(ix.tagID)+int(id2)]
}

// after returns the weights of "i-1 tag+i word T W" for e's W.
func (e *wordFeats) after(id int32) wspan {
	if e == nil || id < 0 {
		return wspan{}
	}
	for _, a := range e.afterTag {
		if a.tag == id {
			return a.w
		}
	}
	return wspan{}
}
