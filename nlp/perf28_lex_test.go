package nlp

import (
	"strings"
	"testing"
)

// After tag, every context entry lexWords recorded is what context looks
// up for the word at its position, and every word's lex entry is lex's,
// or none for a word lex lacks or one fixed: on the bench corpus and on
// sentences of unknown, capitalised and fixed words.
func TestLexWordsMatchContext(t *testing.T) {
	p := MustPipeline(t)
	tg := p.tagger
	text, _ := benchCorpus(t)
	text += " Zorblax militants from Qwertania shelled Xyzzyville, police said on Monday. " +
		"THE UN ENVOY MET Grundlefoo in New York; 12 people, 3.5% of them children, fled. " +
		"Attack attack ATTACK attacked Attacked the the The."
	sc := &tagScratch{}
	checked, unknown := 0, 0
	for _, s := range p.Analyze(text) {
		var words, fixed []string
		for k, tok := range s.Tokens {
			words = append(words, tok.Text)
			f := ""
			if k%7 == 3 || strings.ContainsAny(tok.Text, ",.;%0123456789") {
				f = "CD" // a tag already known, as for punctuation and figures
			}
			fixed = append(fixed, f)
		}
		tags := make([]string, len(words))
		tg.tag(words, fixed, tags, sc)
		for n, w := range words {
			want, ok := tg.lex[w]
			if fixed[n] != "" || !ok {
				want = lexEntry{id: -1, word: -1}
			}
			if !ok && fixed[n] == "" {
				unknown++
			}
			if got := sc.lexed[n]; got != want {
				t.Fatalf("lexed[%d] (%q) = %+v, want %+v", n, w, got, want)
			}
		}
		for q, looked := range sc.looked[:len(sc.ctx)] {
			if !looked {
				continue
			}
			gw, gs := tg.ix.context(sc.ctx[q])
			if sc.words[q] != gw || sc.suffixes[q] != gs {
				t.Fatalf("context of %q at %d = %p, %p; context gives %p, %p", sc.ctx[q], q, sc.words[q], sc.suffixes[q], gw, gs)
			}
			checked++
		}
	}
	if checked < 1000 || unknown < 5 {
		t.Fatalf("%d context entries, %d unknown words: too few to tell", checked, unknown)
	}
}
