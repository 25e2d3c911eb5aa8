package nlp

// runesOf returns text decoded as []rune(text) decodes it, invalid bytes
// as U+FFFD, in the scratch's buffer: Analyze decoded every article into a
// new slice, a twentieth of the bytes an article's coding allocates
// (perf25). The runes are valid until the next call.
func (sc *tagScratch) runesOf(text string) []rune {
	r := sc.runes[:0]
	for _, c := range text {
		r = append(r, c)
	}
	sc.runes = r
	return r
}
