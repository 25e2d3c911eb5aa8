package code

// Precision pass over a sentence's built events for constructions common
// to several blind batches (wire-, wire9–wire37): each rule lives in its
// own prec28_*.go file.

import (
	"strings"

	"github.com/truce-project/truce"
)

// prec28 drops, once a sentence's events are built, those a careful coder
// would not record: what an actor has done over time, told in a
// present-perfect relative clause set off by a comma ("Al-Shabaab, which
// has fought the government for 15 years, made no comment").
func (c *Coder) prec28(st *sent, cands, built []*candidate) {
	for _, cd := range built {
		if cd.folded {
			continue
		}
		if perfectAside(st, cd) && !foldedAfter(cands, cd) {
			cd.folded = true
			c.trace(st, cd, "what an actor has done over time, told in a perfect relative clause (\", which has fought the state for years,\")")
		}
	}
}

// perfectAside reports whether the verb trigger cd is the present perfect
// of a relative clause opened by ", which" or ", who": "the rebel front,
// which has seized most of the province, …", "the group, which has
// pledged allegiance to the Islamic State, …", "the activists, who have
// staged a roadside protest for five years, …". The clause tells who the
// actor is; the news is in the main clause. Words said are kept ("which
// has accused Cairo of meddling", "who has denied the charge"): a stance
// answered in the news. So is an act the clause dates to the last days
// ("who have seized two towns in the past week").
func perfectAside(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' || st.toks[cd.i].tag != "VBN" || cd.ev.Type == truce.Accuse || cd.ev.Type == truce.Reject {
		return false
	}
	k := cd.i - 1
	if k >= 0 && st.toks[k].tag == "RB" {
		k--
	}
	if k < 2 || st.low[k] != "has" && st.low[k] != "have" {
		return false
	}
	if (st.low[k-1] != "which" && st.low[k-1] != "who") || st.low[k-2] != "," {
		return false
	}
	for n := cd.j; n < len(st.low) && st.low[n] != "," && st.low[n] != ";"; n++ {
		if recentSpanWords.has(st.low[n]) || strings.HasSuffix(st.low[n], "day") {
			return false
		}
	}
	return true
}

// recentSpanWords, in a perfect's clause, date it to the last days: "in the
// past week", "this month", "hours earlier".
var recentSpanWords = filtered(wordSet("past", "last", "this", "recent", "recently", "hours", "days", "week", "weeks", "earlier", "tonight"))

// foldedAfter reports whether a trigger after cd's own clause was folded
// into it as the same event ("The KIA, which has fought the army for a
// decade, ambushed a patrol"): the main clause's act then rides on cd, and
// dropping cd would drop the news.
func foldedAfter(cands []*candidate, cd *candidate) bool {
	for _, o := range cands {
		if o != cd && o.folded && o.i > cd.j && o.ev.Type == cd.ev.Type {
			return true
		}
	}
	return false
}
