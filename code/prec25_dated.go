package code

// Backstory told in the simple past: after the lead, a verb whose own
// clause dates it to an earlier month or year recalls what led up to the
// news ("In March the navy freed 20 fishermen as a goodwill gesture",
// "the two juntas left the bloc earlier this year").

import (
	"strings"
	"time"

	"github.com/truce-project/truce/when"
)

// pastDatedRecall reports whether the verb trigger cd, told in the simple
// past outside the article's first sentence, is dated by words of its own
// clause to a month or year before the one the article was published in:
// a date that opens the sentence ("In March, Ruvia expelled two envoys")
// or one among the verb's own words ("Ruvia recalled its ambassador in
// January", "signed a defence pact with Oster last year"). Such a sentence
// recalls the lead-up; the news is told elsewhere. Days and weeks ("on
// Friday", "last week") are left alone: they often date the news itself,
// and so is a verb that a finding or a report frames ("the inquiry found
// the militia killed 30 in March").
func pastDatedRecall(st *sent, cd *candidate, published time.Time) bool {
	if published.IsZero() || st.s.Index == 0 || cd.e.pos != 'V' || findingFrame(st, cd.i) {
		return false
	}
	if !simplePast(st, cd.i) {
		return false
	}
	end := ownWordsEnd(st, cd.j)
	for _, x := range st.dates {
		k, last := st.tokenAtByte(x.Start), st.tokenAtByte(x.End-1)
		fronted := k >= 0 && k <= 1 && last >= 0 && last < cd.i
		own := k >= cd.j && k < end && st.clause[k] == st.clause[cd.i]
		if (fronted || own) && earlierMonth(st, x, published) {
			return true
		}
	}
	return false
}

// simplePast reports whether the verb at i is a past tense with no
// perfect or modal before it, or a passive "was"/"were" with its
// participle: "freed", "was hit". Perfects are the other rules' concern.
func simplePast(st *sent, i int) bool {
	switch st.toks[i].tag {
	case "VBD":
		return i == 0 || st.toks[i-1].tag != "MD"
	case "VBN":
		return i > 0 && (st.low[i-1] == "was" || st.low[i-1] == "were")
	}
	return false
}

// earlierMonth reports whether the date expression x, told as the time
// of an act ("in April", "earlier this year", "in 2019", "two years
// ago", "last year"), falls two calendar months or more before the publication's
// month, or in an earlier year. "Last month" and a day ("on 28 June") are
// often the news retold and do not count, nor does a year that modifies
// a noun ("the 2020 ceasefire") or a span ("for three months").
func earlierMonth(st *sent, x when.Expr, published time.Time) bool {
	text := strings.ToLower(x.Text)
	k := st.tokenAtByte(x.Start)
	timed := strings.HasPrefix(text, "in ") || strings.HasPrefix(text, "earlier ") || strings.HasSuffix(text, " ago") || text == "last year" ||
		k > 0 && (st.low[k-1] == "in" || st.low[k-1] == "earlier")
	if !timed {
		return false
	}
	if strings.Contains(text, "earlier this year") || strings.Contains(text, "last year") {
		return true
	}
	switch x.Precision {
	case when.Month:
		return x.Date.Before(time.Date(published.Year(), published.Month()-1, 1, 0, 0, 0, 0, time.UTC))
	case when.Year:
		return x.Date.Year() < published.Year()
	}
	return false
}
