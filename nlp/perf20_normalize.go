package nlp

import "slices"

// loweredSpan is a context word lowered into tagScratch.lowered: ctx[at]
// is lowered[start:end].
type loweredSpan struct{ at, start, end int }

// normalizeAll appends normalize(w) for each word to ctx. The words that
// strings.ToLower would copy, ASCII with a capital, are lowered into one
// string: one allocation a sentence instead of one a capitalised word.
func (sc *tagScratch) normalizeAll(ctx []string, words []string) []string {
	buf, spans := sc.lowered[:0], sc.spans[:0]
	for _, w := range words {
		if n, ok := specialForm(w); ok {
			ctx = append(ctx, n)
			continue
		}
		if ascii, upper := ASCIICase(w); !ascii || !upper {
			ctx = append(ctx, lowerUnlessASCII(w, ascii))
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
