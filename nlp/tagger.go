package nlp

import (
	"bytes"
	_ "embed"
	"encoding/gob"
	"fmt"
	"strconv"
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
	tags    map[string]string
	weights map[string][]weight
}

//go:embed data/tagger.bin.gz
var compactModel []byte

// loadTagger loads the tagger from the embedded compact model.
func loadTagger() (*tagger, error) { return decodeModel(compactModel) }

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
	if _, err := strconv.Atoi(w); err == nil && len(w) == 4 {
		return "!YEAR"
	}
	if w[0] >= '0' && w[0] <= '9' {
		return "!DIGITS"
	}
	return strings.ToLower(w)
}

// tagScratch holds a call's buffers.
type tagScratch struct {
	ctx    []string
	key    []byte
	scores []float64
	seen   []bool
}

// tag sets tags[n] for every word, where fixed[n] is a tag already known
// (punctuation, numbers) or "".
func (t *tagger) tag(words, fixed, tags []string, sc *tagScratch) {
	ctx := sc.ctx[:0]
	ctx = append(ctx, "-START-", "-START2-")
	for _, w := range words {
		ctx = append(ctx, normalize(w))
	}
	ctx = append(ctx, "-END-", "-END2-")
	sc.ctx = ctx
	if cap(sc.scores) < len(t.classes) {
		sc.scores = make([]float64, len(t.classes))
		sc.seen = make([]bool, len(t.classes))
	}
	p1, p2 := "-START-", "-START2-"
	for n, w := range words {
		tag := fixed[n]
		if tag == "" {
			var ok bool
			if tag, ok = t.tags[w]; !ok {
				tag = t.predict(n, ctx, w, p1, p2, sc)
			}
		}
		tags[n] = tag
		p2, p1 = p1, tag
	}
}

// predict scores the classes for word w at position n with the features
// prose's tagger uses, and returns the best.
func (t *tagger) predict(n int, ctx []string, w, p1, p2 string, sc *tagScratch) string {
	scores, seen := sc.scores[:len(t.classes)], sc.seen[:len(t.classes)]
	clear(scores)
	clear(seen)
	i := n + 2
	add := func(parts ...string) {
		k := sc.key[:0]
		for x, p := range parts {
			if x > 0 {
				k = append(k, ' ')
			}
			k = append(k, p...)
		}
		sc.key = k
		for _, cw := range t.weights[string(k)] {
			scores[cw.class] += cw.w
			seen[cw.class] = true
		}
	}
	add("bias")
	add("i suffix", suffix3(w))
	add("i pref1", string(rune(w[0])))
	add("i-1 tag", p1)
	add("i-2 tag", p2)
	add("i tag+i-2 tag", p1, p2)
	add("i word", ctx[i])
	add("i-1 tag+i word", p1, ctx[i])
	add("i-1 word", ctx[i-1])
	add("i-1 suffix", suffix3(ctx[i-1]))
	add("i-2 word", ctx[i-2])
	add("i+1 word", ctx[i+1])
	add("i+1 suffix", suffix3(ctx[i+1]))
	add("i+2 word", ctx[i+2])
	best := -1
	for c := range scores {
		if seen[c] && (best < 0 || scores[c] > scores[best]) {
			best = c
		}
	}
	if best < 0 {
		return "NN"
	}
	return t.classes[best]
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
