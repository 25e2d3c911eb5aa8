package nlp

import (
	"sync"
	"unicode/utf8"

	"github.com/truce-project/truce"
)

// Pipeline splits text into sentences and tags their words. Load it once
// with New (loading the tagger model takes a few hundred milliseconds); it is
// safe for concurrent use, since nothing in it changes after New and each
// call keeps its own buffers.
type Pipeline struct {
	tagger  *tagger
	scratch sync.Pool
}

// New loads the tagger model and returns a Pipeline.
func New() (*Pipeline, error) {
	t, err := loadTagger()
	if err != nil {
		return nil, err
	}
	p := &Pipeline{tagger: t}
	p.scratch.New = func() any { return new(tagScratch) }
	return p, nil
}

// Split returns the sentences of text, Index 0.. in order, without tokens.
// Start and End are code-point offsets into text, and Text is exactly the
// text between them, trimmed of white space. Newlines separate paragraphs:
// a sentence never spans a "\n".
func (p *Pipeline) Split(text string) []truce.Sentence {
	r := []rune(text)
	spans := splitSpans(r)
	out := make([]truce.Sentence, len(spans))
	for n, s := range spans {
		out[n] = truce.Sentence{Index: n, Text: string(r[s[0]:s[1]]), Start: s[0], End: s[1]}
	}
	return out
}

// Analyze is Split plus the tokens of every sentence: each token's text as
// written, its Penn Treebank tag, and its Start and End in code points into
// text.
func (p *Pipeline) Analyze(text string) []truce.Sentence {
	sc := p.scratch.Get().(*tagScratch)
	defer p.scratch.Put(sc)
	r := sc.runesOf(text)
	spans := splitSpans(r)
	out := make([]truce.Sentence, len(spans))
	// The buffers of the pooled scratch: growing them again for every
	// article was a fifth of Analyze's bytes.
	toks, words, fixed, tags := sc.toks, sc.inWords, sc.fixed, sc.tags
	// Tokens and sentences are slices of text, not copies, where text is
	// valid UTF-8: elsewhere []rune has turned bad bytes into U+FFFD, and
	// copies from r keep the replacement.
	at := byteCursor{r: r, valid: utf8.ValidString(text)}
	at.ascii = at.valid && len(r) == len(text)
	for n, s := range spans {
		toks = tokenize(r, s[0], s[1], toks[:0])
		words, fixed, tags = words[:0], fixed[:0], tags[:0]
		tokens := make([]truce.Token, len(toks))
		for x, t := range toks {
			txt := at.slice(text, t.start, t.end)
			var prev rune
			if t.start > s[0] {
				prev = r[t.start-1]
			}
			f, w := fixedTag(txt, prev)
			words = append(words, w)
			fixed = append(fixed, f)
			tags = append(tags, "")
			tokens[x] = truce.Token{Text: txt, Start: t.start, End: t.end}
		}
		p.tagger.tag(words, fixed, tags, sc)
		for x := range tokens {
			tokens[x].Tag = tags[x]
		}
		out[n] = truce.Sentence{Index: n, Text: at.slice(text, s[0], s[1]), Start: s[0], End: s[1], Tokens: tokens}
	}
	sc.toks, sc.inWords, sc.fixed, sc.tags = toks, words, fixed, tags
	return out
}

// byteCursor turns rune offsets into byte offsets of the text r was
// decoded from, walking from the last offset asked for: Analyze asks for
// them in order, token after token.
type byteCursor struct {
	r          []rune
	valid      bool // the text is valid UTF-8
	ascii      bool // and all ASCII, so a rune offset is a byte offset (perf28)
	rune, byte int
}

// slice returns the runes [i, j) of text: a slice of it when it is valid
// UTF-8, else a copy from c.r.
func (c *byteCursor) slice(text string, i, j int) string {
	if !c.valid {
		return string(c.r[i:j])
	}
	if c.ascii {
		return text[i:j]
	}
	a := c.seek(i)
	return text[a:c.seek(j)]
}

func (c *byteCursor) seek(i int) int {
	// Back by the runes' own lengths, as forward: the sentence's text is
	// asked for after its tokens, and going back to the start of the
	// article made Analyze quadratic in its length (perf26).
	for c.rune > i {
		c.rune--
		c.byte -= utf8.RuneLen(c.r[c.rune])
	}
	for ; c.rune < i; c.rune++ {
		c.byte += utf8.RuneLen(c.r[c.rune])
	}
	return c.byte
}
