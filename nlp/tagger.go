package nlp

import (
	"bytes"
	_ "embed"
	"encoding/gob"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// weight is one class's weight for one feature.
type weight struct {
	class int32
	w     float64
}

// tagger is an averaged-perceptron part-of-speech tagger. It evaluates the
// English model shipped with prose (a port of TextBlob's tagger) with the
// same features, but looks features up without allocating and scores
// classes in an array, which makes it several times faster than prose's
// own tagger. It is read-only after loading, so safe for concurrent use.
type tagger struct {
	classes []string
	// tags maps frequent, unambiguous words to their tag.
	tags map[string]string
	// weights are the weights by feature string ("i word attack"), kept
	// only when the model is read to be written again (encodeModel).
	weights map[string][]weight
	// ix holds the weights arranged for tagging (buildIndex).
	ix *featIndex
	// lex holds for each string what the tagger knows of it at one
	// lookup: its tag, as tags has it, and its entry as a context word
	// (perf25, perf26_lex.go).
	lex map[string]lexEntry
}

//go:embed data/tagger.bin
var compactModel string

// loadTagger loads the tagger from the embedded compact model (perf31_model.go).
func loadTagger() (*tagger, error) { return loadModel(compactModel) }

// proseTagger decodes prose's own averaged-perceptron model; the compact
// model is made from it (TestCompactModel).
func proseTagger() (*tagger, error) {
	var (
		classes []string
		tags    map[string]string
		weights map[string]map[string]float64
	)
	for _, a := range []struct {
		name string
		v    any
	}{
		{"classes.gob", &classes},
		{"tags.gob", &tags},
		{"weights.gob", &weights},
	} {
		b, err := prose.Asset("model/AveragedPerceptron/" + a.name)
		if err != nil {
			return nil, fmt.Errorf("load tagger model %q: %w", a.name, err)
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(a.v); err != nil {
			return nil, fmt.Errorf("decode tagger model %q: %w", a.name, err)
		}
	}
	index := make(map[string]int32, len(classes))
	for n, c := range classes {
		index[c] = int32(n)
	}
	t := &tagger{classes: classes, tags: tags, weights: make(map[string][]weight, len(weights))}
	for feat, ws := range weights {
		list := make([]weight, 0, len(ws))
		for c, w := range ws {
			n, ok := index[c]
			if !ok || w == 0 {
				continue
			}
			list = append(list, weight{n, w})
		}
		if len(list) > 0 {
			t.weights[feat] = list
		}
	}
	if len(t.classes) == 0 || len(t.weights) == 0 {
		return nil, fmt.Errorf("load tagger model: empty model")
	}
	if len(t.classes) > maxClasses {
		return nil, fmt.Errorf("load tagger model: %d classes, at most %d", len(t.classes), maxClasses)
	}
	t.ix = buildIndex(t)
	t.ix.bounded = boundedWeights(t.ix.w)
	t.indexLex()
	return t, nil
}

// normalize maps a word to the form the model's context features use.
func normalize(w string) string {
	if w == "" {
		return w
	}
	if strings.Contains(w, "-") && w[0] != '-' {
		return "!HYPHEN"
	}
	if len(w) == 4 && isSignedDigits(w) {
		return "!YEAR"
	}
	if w[0] >= '0' && w[0] <= '9' {
		return "!DIGITS"
	}
	return strings.ToLower(w)
}

// isSignedDigits reports whether w is what strconv.Atoi reads: an optional
// sign and one or more ASCII digits ("2024", "+123"). Testing first spares
// the error Atoi allocates for every word.
func isSignedDigits(w string) bool {
	if w != "" && (w[0] == '+' || w[0] == '-') {
		w = w[1:]
	}
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// maxClasses bounds the classes of a model: predict keeps one bit of a
// word for each.
const maxClasses = 64

// tagScratch holds a call's buffers.
type tagScratch struct {
	ctx []string
	// scores holds predict's score of each class.
	scores [maxClasses]float64
	// The index entries of ctx[p], looked up when first needed.
	words    []*wordFeats
	suffixes []*suffixFeats
	looked   []bool
	// toks, inWords, fixed and tags are Analyze's buffers.
	toks                 []span
	inWords, fixed, tags []string
	// runes is Analyze's text decoded (runesOf).
	runes []rune
	// lowered and spans are normalizeAll's buffers.
	lowered []byte
	spans   []loweredSpan
	// lexed holds the lex entries of tag's words (lexWords).
	lexed []lexEntry
}

// tag sets tags[n] for every word, where fixed[n] is a tag already known
// (punctuation, numbers) or "".
func (t *tagger) tag(words, fixed, tags []string, sc *tagScratch) {
	ctx := sc.ctx[:0]
	ctx = append(ctx, "-START-", "-START2-")
	ctx = sc.normalizeAll(ctx, words)
	ctx = append(ctx, "-END-", "-END2-")
	sc.ctx = ctx
	if cap(sc.looked) < len(ctx) {
		sc.words = make([]*wordFeats, len(ctx)+16)
		sc.suffixes = make([]*suffixFeats, len(ctx)+16)
		sc.looked = make([]bool, len(ctx)+16)
	}
	clear(sc.looked[:len(ctx)])
	lexed := sc.lexWords(t, words, fixed)
	ix := t.ix
	p1, p2 := ix.id("-START-"), ix.id("-START2-")
	for n, w := range words {
		tag := fixed[n]
		id := int32(-1)
		if tag == "" {
			if e := lexed[n]; e.known {
				tag, id = e.tag, e.id
			} else {
				c := t.predict(n, w, p1, p2, sc)
				if c < 0 {
					tag = "NN"
				} else {
					tag, id = t.classes[c], ix.classID[c]
				}
			}
		}
		if id < 0 {
			id = ix.id(tag)
		}
		tags[n] = tag
		p2, p1 = p1, id
	}
}

// at returns the index entries of the context word at position p.
func (t *tagger) at(p int, sc *tagScratch) (*wordFeats, *suffixFeats) {
	if !sc.looked[p] {
		sc.words[p], sc.suffixes[p] = t.ix.context(sc.ctx[p])
		sc.looked[p] = true
	}
	return sc.words[p], sc.suffixes[p]
}

// predict scores the classes for word w at position n with the features
// prose's tagger uses, given the ids of the two tags before it, and returns
// the best class or -1 when no feature has a weight.
func (t *tagger) predict(n int, w string, p1, p2 int32, sc *tagScratch) int {
	scores := &sc.scores
	clear(scores[:len(t.classes)])
	ix := t.ix
	// spans are the runs added, for best (perf26_best.go)
	var spans [maxFeatures]wspan
	ns := 0
	add := func(s wspan) {
		cls, ws := ix.weights(s)
		ws = ws[:len(cls)]
		for k, c := range cls {
			// A model has at most maxClasses classes (checked at load), so
			// the mask changes nothing and spares the bounds checks.
			scores[c&(maxClasses-1)] += ws[k]
		}
		spans[ns&(maxFeatures-1)] = s
		ns++
	}
	i := n + 2
	word, suf := t.at(i, sc)
	prevWord, prevSuf := t.at(i-1, sc)
	prev2Word, _ := t.at(i-2, sc)
	nextWord, nextSuf := t.at(i+1, sc)
	next2Word, _ := t.at(i+2, sc)
	// The word as written has the suffix of its normalised form unless
	// they end differently ("Attack" and "attack" share "ack").
	own := suf
	if sw := suffix3(w); w != sc.ctx[i] && sw != suffix3(sc.ctx[i]) {
		own = ix.suffix(sw)
	}
	// The order of the features is prose's: it fixes the rounding.
	add(ix.bias)
	if own != nil {
		add(own.at)
	}
	add(ix.pref1[w[0]])
	add(ix.prevTag(p1, false))
	add(ix.prevTag(p2, true))
	add(ix.tagPair(p1, p2))
	if word != nil {
		add(word.at)
		add(word.after(p1))
	}
	if prevWord != nil {
		add(prevWord.prev1)
	}
	if prevSuf != nil {
		add(prevSuf.prev1)
	}
	if prev2Word != nil {
		add(prev2Word.prev2)
	}
	if nextWord != nil {
		add(nextWord.next1)
	}
	if nextSuf != nil {
		add(nextSuf.next1)
	}
	if next2Word != nil {
		add(next2Word.next2)
	}
	return t.best(scores, spans[:ns])
}

// suffix3 returns the last three bytes of w, as the model was trained.
func suffix3(w string) string {
	if len(w) > 3 {
		return w[len(w)-3:]
	}
	return w
}

// fixedTag returns the tag of a token the model need not guess: punctuation,
// symbols and figures. prev is the rune before the token (0 at the start of
// the sentence). It also returns the word to give the model for context.
func fixedTag(text string, prev rune) (tag, word string) {
	switch text {
	case ",":
		return ",", text
	case ".", "!", "?":
		return ".", text
	case ";", ":", "—", "–", "―", "-", "--", "…":
		return ":", text
	case "(", "[", "{":
		return "(", text
	case ")", "]", "}":
		return ")", text
	case "$", "£", "€":
		return "$", text
	case "#":
		return "#", text
	case "%":
		return "NN", text
	case "“", "‘", "«":
		return "``", "``"
	case "”", "»":
		return "''", "''"
	case "\"":
		if prev == 0 || unicode.IsSpace(prev) || isOpener(prev) {
			return "``", "``"
		}
		return "''", "''"
	case "'", "’":
		if prev == 's' || prev == 'S' {
			return "POS", "'"
		}
		return "''", "''"
	}
	if strings.Trim(text, ".") == "" {
		return ":", text
	}
	if isFigure(text) {
		return "CD", text
	}
	if strings.ContainsRune(text, '’') {
		return "", strings.ReplaceAll(text, "’", "'")
	}
	if !utf8.ValidString(text) {
		return "", strings.ToValidUTF8(text, "\uFFFD")
	}
	return "", text
}

// isFigure reports whether s is digits with optional grouping commas and a
// decimal point ("23", "1,200", "7.5").
func isFigure(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && c != ',' && c != '.' {
			return false
		}
	}
	c := s[len(s)-1]
	return c >= '0' && c <= '9'
}
