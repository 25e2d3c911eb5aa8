package nlp

import (
	"slices"
	"strings"
)

// loweredSpan is a context word lowered into tagScratch.lowered: ctx[at]
// is lowered[start:end].
type loweredSpan struct{ at, start, end int }

// normalizeAll appends normalize(w) for each word to ctx. The words that
// strings.ToLower would copy, ASCII with a capital, are lowered into one
// string: one allocation a sentence instead of one a capitalised word.
func (sc *tagScratch) normalizeAll(ctx []string, words []string) []string {
	buf, spans := sc.lowered[:0], sc.spans[:0]
	for _, w := range words {
		if !needsLowering(w) {
			ctx = append(ctx, normalize(w))
			continue
		}
		start := len(buf)
		buf, _ = lowerASCII(slices.Grow(buf, len(w)), w) // w is ASCII
		spans = append(spans, loweredSpan{at: len(ctx), start: start, end: len(buf)})
		ctx = append(ctx, "")
	}
	if len(spans) > 0 {
		joined := string(buf)
		for _, s := range spans {
			ctx[s.at] = joined[s.start:s.end]
		}
	}
	sc.lowered, sc.spans = buf, spans
	return ctx
}

// needsLowering reports whether normalize(w) is strings.ToLower(w) and
// that copies w: w is ASCII, has a capital, and none of normalize's
// special forms applies.
func needsLowering(w string) bool {
	if w == "" || strings.Contains(w, "-") && w[0] != '-' || len(w) == 4 && isSignedDigits(w) || w[0] >= '0' && w[0] <= '9' {
		return false
	}
	return ASCIIUpper(w)
}

// ASCIIUpper reports whether w is ASCII and has a capital letter: the
// words whose lower case strings.ToLower must copy, and a lowering byte by
// byte gives.
func ASCIIUpper(w string) bool {
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	return upper
}
