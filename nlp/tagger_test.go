package nlp

import (
	"strconv"
	"strings"
	"testing"
)

// refTag is the tagger as prose writes it: every feature looked up by its
// string in the model's map. The feature index must give the same tags.
func refTag(t *tagger, words, fixed []string) []string {
	ctx := []string{"-START-", "-START2-"}
	for _, w := range words {
		ctx = append(ctx, normalize(w))
	}
	ctx = append(ctx, "-END-", "-END2-")
	tags := make([]string, len(words))
	p1, p2 := "-START-", "-START2-"
	for n, w := range words {
		tag := fixed[n]
		if tag == "" {
			var ok bool
			if tag, ok = t.tags[w]; !ok {
				scores := make([]float64, len(t.classes))
				seen := make([]bool, len(t.classes))
				add := func(parts ...string) {
					for _, cw := range t.weights[strings.Join(parts, " ")] {
						scores[cw.class] += cw.w
						seen[cw.class] = true
					}
				}
				i := n + 2
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
				tag = "NN"
				if best >= 0 {
					tag = t.classes[best]
				}
			}
		}
		tags[n] = tag
		p2, p1 = p1, tag
	}
	return tags
}

func TestFeatureIndexMatchesModel(t *testing.T) {
	p := MustPipeline(t)
	full, err := decodeModel([]byte(compactModel))
	if err != nil {
		t.Fatal(err)
	}
	text, _ := benchCorpus(t)
	text += "\nThe 2024 ceasefire -- brokered by Qatar's envoy -- held; +123 écoles, Ürümqi's 3rd-largest ward & Naïve résumés were shelled."
	sc := new(tagScratch)
	n := 0
	for _, s := range p.Split(text) {
		var words, fixed []string
		r := []rune(s.Text)
		for _, tk := range tokenize(r, 0, len(r), nil) {
			var prev rune
			if tk.start > 0 {
				prev = r[tk.start-1]
			}
			f, w := fixedTag(string(r[tk.start:tk.end]), prev)
			words, fixed = append(words, w), append(fixed, f)
		}
		want := refTag(full, words, fixed)
		got := make([]string, len(words))
		p.tagger.tag(words, fixed, got, sc)
		for i := range want {
			n++
			if got[i] != want[i] {
				t.Errorf("%q in %q: tag %s, string lookups give %s", words[i], s.Text, got[i], want[i])
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d words compared", n)
	}
}

func TestIsSignedDigitsLikeAtoi(t *testing.T) {
	for _, w := range []string{"", "2024", "+123", "-123", "+", "-", "12a4", "1,20", "0x1f", "1_000", "٢٠٢٤", "+-12", " 123"} {
		_, err := strconv.Atoi(w)
		if got := isSignedDigits(w); got != (err == nil) {
			t.Errorf("isSignedDigits(%q) = %v, Atoi err %v", w, got, err)
		}
	}
}
