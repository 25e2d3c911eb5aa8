package code

import (
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/nlp"
)

// lowerTokens sets low[i] to strings.ToLower(normQuote(toks[i].Text)). The
// tokens ToLower would copy, ASCII with a capital, are lowered into one
// string: one allocation a sentence instead of one a capitalised word.
func lowerTokens(toks []truce.Token, low []string) {
	var bufArr [256]byte
	var spanArr [32][3]int
	buf, spans := bufArr[:0], spanArr[:0] // spans: token, start, end in buf
	for i, t := range toks {
		w := normQuote(t.Text)
		if ascii, upper := nlp.ASCIICase(w); !ascii {
			low[i] = strings.ToLower(w)
			continue
		} else if !upper {
			low[i] = w // what ToLower returns
			continue
		}
		start := len(buf)
		for k := 0; k < len(w); k++ {
			c := w[k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
		}
		spans = append(spans, [3]int{i, start, len(buf)})
	}
	if len(spans) == 0 {
		return
	}
	joined := string(buf)
	for _, s := range spans {
		low[s[0]] = joined[s[1]:s[2]]
	}
}

// quoteReplacer spells curly quotes straight; a Replacer is safe to share.
var quoteReplacer = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`)

// asciiOnly reports whether s has no byte outside ASCII, so none of a curly
// quote's.
func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
