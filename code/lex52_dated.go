package code

// A date told inside a verb's form (issue 3, clause readings): "called
// Thursday on the rebels to disarm", "appealed on Sunday to both sides",
// "called today for talks", "agreed this week to a truce". The date
// stands where an adverb may (lex49_adverb.go): between two literal words
// of a form, so the form the lexicon knows stays whole.

// lex52DateAt returns how many tokens (one to three) a day told at low[i]
// takes, or 0 where none stands there: a weekday ("Thursday", "Monday
// night"), "on" and a weekday ("on Sunday", "on Friday morning"), "late"
// or "early" before that ("late on Friday"), "today", "yesterday",
// "tonight", or "this", "last" or "earlier this" before a week, weekend or
// month ("this week", "earlier this month").
func lex52DateAt(low []string, i int) int {
	if i >= len(low) {
		return 0
	}
	switch w := low[i]; {
	case w == "today" || w == "yesterday" || w == "tonight":
		return 1
	case weekdays.has(w):
		return 1 + lex52PartOfDay(low, i+1)
	case w == "on":
		if i+1 < len(low) && weekdays.has(low[i+1]) {
			return 2 + lex52PartOfDay(low, i+2)
		}
	case w == "late" || w == "early":
		if i+2 < len(low) && low[i+1] == "on" && weekdays.has(low[i+2]) {
			return 3
		}
	case w == "this" || w == "last":
		if lex52Span(low, i+1) {
			return 2
		}
	case w == "earlier":
		if i+1 < len(low) && low[i+1] == "this" && lex52Span(low, i+2) {
			return 3
		}
	}
	return 0
}

// lex52PartOfDay returns 1 where a part of the day ("morning", "night")
// stands at low[k] after a weekday, else 0.
func lex52PartOfDay(low []string, k int) int {
	if k < len(low) {
		switch low[k] {
		case "morning", "afternoon", "evening", "night":
			return 1
		}
	}
	return 0
}

// lex52Span reports whether low[k] is a span "this" or "last" dates:
// "week", "weekend", "month".
func lex52Span(low []string, k int) bool {
	if k >= len(low) {
		return false
	}
	switch low[k] {
	case "week", "weekend", "month":
		return true
	}
	return false
}

// lex52DateAfterGap reports whether words, matched from token k right
// after a form's gap, matched only by stepping over a day at k: a gap
// takes a day in its own reach ("urged the rebels on Monday to"), and a
// day past it would stretch that reach ("extradited to the United States
// on Thursday to face" is no "extradited to * to face").
func lex52DateAfterGap(low []string, k int, words []string) bool {
	return len(words) > 0 && words[0] != "*" && k < len(low) && low[k] != words[0] && lex52DateAt(low, k) > 0
}
