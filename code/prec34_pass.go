package code

// Background pass of issue 3 (prec34), asked by backgroundPrec32: each
// rule lives in its own prec34_*.go file.

import "time"

// backgroundPrec34 returns why the trigger cd tells background rather
// than news, or "": an act after the lead told in the simple past with a
// date well before the news, or hung on one ("signed a pact with Beijing
// in April", "was arrested on Dec. 7 after …"), see prec34_dated.go; an
// act only feared ("for fear of shelling"), see prec34_feared.go.
func backgroundPrec34(st *sent, cd *candidate, published time.Time) string {
	if datedRecallPrec34(st, cd, published) {
		return "an act after the lead dated well before the news, or hung on one (\"signed a pact with Beijing in April\", \"arrested on Dec. 7 after …\")"
	}
	if fearedActPrec34(st, cd) {
		return "an act only feared or grown weary of (\"for fear of shelling\", \"tired of being kidnapped\")"
	}
	if aimedPerfectPrec36(st, cd) {
		return "an aim told in the past perfect (\"had called the rally to demand\", \"had wanted to protest\")"
	}
	return ""
}
