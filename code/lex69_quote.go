package code

// Quotation marks inside a form.

// lex69SkipQuote matches words (whose first is a literal word) from token
// i past a double quotation mark standing there: a speaker's words quoted
// inside a form's span read as the form does, so "called the releases a
// "publicity stunt"" is "called the releases a publicity stunt" and
// "branded the vote "a sham"" is "branded the vote a sham". It is called
// where low[i] is not words[0]. Single marks are left alone, as a lone
// one also closes a plural possessive ("the rebels' attack").
func lex69SkipQuote(low []string, i int, words []string) (int, bool) {
	if i+1 >= len(low) || !lex69DoubleQuote(low[i]) || lex69DoubleQuote(words[0]) {
		return 0, false
	}
	n, ok := matchFrom(low, i+1, words)
	return n + 1, ok
}

// lex69DoubleQuote reports whether a token is a double quotation mark,
// straight, curly or in the Penn form.
func lex69DoubleQuote(w string) bool {
	switch w {
	case `"`, "“", "”", "``", "''":
		return true
	}
	return false
}
