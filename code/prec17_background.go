package code

// Backstory told in the perfect or in a relative clause: acts the writer
// recalls to explain the news, which code no event of their own.

import (
	"strings"
	"time"

	"github.com/truce-project/truce/when"
)

// backgroundAct returns why the trigger cd recalls backstory rather than
// telling news, or "": what the news "follows" ("the pullback follows a
// deal struck last month"), a verb after "once" ("rivals he once
// jailed"), a perfect that lasts for months or years ("Qatar had mediated
// between them for months"), a past perfect dated to an earlier month or
// year ("Mogadishu had expelled the envoy in April"), or an act inside a
// relative clause dated before the news ("the rebels, who seized the city
// earlier this year, said …").
func backgroundAct(st *sent, cd *candidate, published time.Time) string {
	if followedAct(st, cd) {
		return "the earlier act the news follows (\"the accord follows a deal reached last month\")"
	}
	if endedSpan(st, cd, published) {
		return "an act dated by a span of years that ended before the news (\"fought a 1998-2000 war\")"
	}
	if oldDatedSubject(st, cd, published) {
		return "an act whose verb is dated more than a year before the news (\"clashes killed 100 people in September 2022\")"
	}
	if perfectSinceEarlier(st, cd, published) {
		return "a perfect reaching back to an act dated before the news (\"have captured ten towns since the army began its pullout in May\")"
	}
	if why := backgroundPrec32(st, cd, published); why != "" {
		return why
	}
	if why := backgroundPrec74(st, cd, published); why != "" {
		return why
	}
	if cd.e.pos != 'V' {
		return ""
	}
	if onceDone(st, cd.i) {
		return "an act told with \"once\" or \"formerly\", before the news (\"traffickers he once extradited\")"
	}
	aux := governingPerfect(st, cd.i)
	// (One in a relative clause, "the group, which has fought the army
	// for a decade, ambushed a patrol", is left to the other rules.)
	if aux >= 0 && st.low[aux] != "been" && longSpanNear(st, aux, cd.j) && !inCommaRelative(st, cd.i) {
		return "a perfect lasting months or years, told as background (\"had mediated for months\")"
	}
	if aux >= 0 && st.low[aux] == "had" && !published.IsZero() && !findingFrame(st, cd.i) && earlierDateIn(findingDated(st, cd), aux, ownWordsEnd(st, cd.j), published, true) {
		return "a past perfect dated to an earlier month or year (\"had expelled the envoy in April\")"
	}
	if from, to := datedRelativeSpan(st, cd.i); from >= 0 && !published.IsZero() && earlierDateIn(st, from, to, published, false) {
		return "an act in a relative clause dated before the news (\"the rebels, who seized the city last year,\")"
	}
	return ""
}

// followedAct reports whether the trigger noun cd is the object of
// "follows", which sets an earlier act beside the news as its lead-up:
// "the pullback follows a deal struck in Geneva", "the accord follows
// weeks of talks between the two armies". The subject is the news; what
// it follows was told before or is background.
func followedAct(st *sent, cd *candidate) bool {
	if cd.e.pos != 'N' && !strings.HasPrefix(st.toks[cd.i].tag, "NN") {
		return false
	}
	for k := cd.i - 1; k >= 1 && k >= cd.i-6; k-- {
		if st.low[k] == "follows" || st.low[k] == "follow" {
			return st.toks[k-1].tag != "TO" && st.low[k-1] != "to" && !dayDatedAfter(st, cd.j)
		}
		if t := st.toks[k].tag; !isModifier(st.toks[k]) && t != "DT" && t != "PRP$" && st.low[k] != "of" {
			return false
		}
	}
	return false
}

// dayDatedAfter reports whether a date told to the day stands within a
// few words after token j: "a clash in the valley on June 15" is news
// told for the first time, not a lead-up recalled.
func dayDatedAfter(st *sent, j int) bool {
	for _, x := range st.dates {
		if k := st.tokenAtByte(x.Start); k >= j && k <= j+12 && x.Precision == when.Day {
			return true
		}
	}
	return false
}

// causeOfBackstory reports whether the trigger noun cd names what the
// backstory act bg was done after or in answer to: "Chad had threatened in
// November to quit the force after an attack on its base". What the
// backstory answered is older still.
func causeOfBackstory(st *sent, bg, cd *candidate) bool {
	if bg == nil || cd.e.pos != 'N' || cd.i < bg.j || cd.i-bg.j > 12 {
		return false
	}
	for k := cd.i - 1; k >= bg.j; k-- {
		switch w := st.low[k]; {
		case w == "after" || w == "following" || w == "over":
			return true
		case finiteVerb(st.toks[k].tag) && afterClauseVerb(st, k, bg.j):
			return true
		case w == "," || w == ";" || w == "and" || w == "but" || finiteVerb(st.toks[k].tag):
			return false
		}
	}
	return false
}

// afterClauseVerb reports whether the finite verb at k is the first verb
// of a clause opened by "after" or "following" no earlier than token from,
// with only its subject between: "had recalled its envoy in May after
// Kigali signed a pact with the rebels". What that clause tells came
// before the backstory act, so is older still.
func afterClauseVerb(st *sent, k, from int) bool {
	for n := k - 1; n >= from && n >= k-6; n-- {
		switch w := st.low[n]; {
		case w == "after" || w == "following":
			return n < k-1
		case w == "," || w == ";" || w == "and" || w == "but" || strings.HasPrefix(st.toks[n].tag, "VB"):
			return false
		}
	}
	return false
}

// inCommaRelative reports whether token i lies in a relative clause
// opened by ", which" or ", who".
func inCommaRelative(st *sent, i int) bool {
	from, _ := datedRelativeSpan(st, i)
	return from >= 0
}

// ownWordsEnd returns where the words of the verb ending at j stop: at
// the next verb, or eight words on. "Had released the workers it seized
// in March" dates the seizing, not the release.
func ownWordsEnd(st *sent, j int) int {
	for k := j; k < len(st.low) && k < j+8; k++ {
		if strings.HasPrefix(st.toks[k].tag, "VB") {
			return k
		}
	}
	return j + 8
}

// onceDone reports whether the past verb at i follows the adverb "once"
// or "formerly" right after its subject: "the traffickers he once
// extradited", "a group that formerly held the port". "Once Niger
// reopens the border" is a conjunction and opens a clause of its own.
func onceDone(st *sent, i int) bool {
	if i < 2 || st.low[i-1] != "once" && st.low[i-1] != "formerly" {
		return false
	}
	if t := st.toks[i].tag; t != "VBD" && t != "VBN" {
		return false
	}
	p := st.toks[i-2]
	return strings.HasPrefix(p.tag, "NN") || p.tag == "PRP" || p.low == "that" || p.low == "which" || p.low == "who" ||
		p.low == "had" || p.low == "has" || p.low == "have" || st.mentionAt(i-2) != nil
}

// governingPerfect returns the token of the perfect auxiliary ("has", "have",
// "had", or "had" before "been") that governs the verb at i, or -1. It
// steps over adverbs and a span set between auxiliary and verb ("has for
// years bombed"), and from a second verb joined by "and" to the first
// ("had expelled the envoy and threatened to …") back to the first one's
// auxiliary.
func governingPerfect(st *sent, i int) int {
	k := i - 1
	for k >= 0 && (st.toks[k].tag == "RB" || st.low[k] == "been") {
		k--
	}
	if k >= 0 && isLongUnit(st.low[k]) {
		// "has for years bombed", "have for decades fought".
		n := k - 1
		for n >= 0 && n >= k-3 && st.low[n] != "for" {
			n--
		}
		if n >= 0 && st.low[n] == "for" {
			k = n - 1
		}
	}
	if k >= 0 {
		switch st.low[k] {
		case "has", "have", "had", "'ve", "'d":
			return k
		}
	}
	// "had expelled the envoy in April and threatened …": the second
	// verb shares the first one's auxiliary.
	if i < 1 || st.low[i-1] != "and" || !strings.HasPrefix(st.toks[i].tag, "VB") {
		return -1
	}
	for n := i - 2; n >= 1 && n >= i-14 && st.clause[n] == st.clause[i]; n-- {
		if st.low[n] == "," || st.low[n] == ";" {
			return -1
		}
		if st.toks[n].tag == "VBN" || st.toks[n].tag == "VBD" {
			if a := governingPerfect(st, n); a >= 0 && st.low[a] == "had" {
				return a
			}
			return -1
		}
	}
	return -1
}

// longUnits are spans counted in months or more: an act that lasts one
// of them is a state, not news.
var longUnits = filtered(wordSet("months", "years", "decades", "year", "decade"))

// isLongUnit reports whether w names a span of months or more.
func isLongUnit(w string) bool { return longUnits.has(w) }

// longSpanNear reports whether "for" and a span of months or more stand
// between the auxiliary at aux and a few words after the verb ending at
// j, in the verb's clause: "had mediated between the two sides for
// months", "has fought the government for more than 15 years", "has for
// decades bombed". "For hours" and "for a third day" are news.
func longSpanNear(st *sent, aux, j int) bool {
	for k := aux + 1; k < len(st.low) && k <= j+10 && st.clause[k] == st.clause[aux]; k++ {
		// "had mediated between Doha and Cairo for months" holds an "and";
		// "had met and fought for years" starts a predicate of its own.
		if k >= j && (st.low[k] == "," || st.low[k] == ";" || st.low[k] == "and" && k+1 < len(st.low) && strings.HasPrefix(st.toks[k+1].tag, "VB")) {
			return false
		}
		if st.low[k] != "for" {
			continue
		}
		for n := k + 1; n < len(st.low) && n <= k+4; n++ {
			if isLongUnit(st.low[n]) {
				// "for a year" is one unit; "for the year" dates a plan.
				return st.low[n-1] != "the" && st.low[n-1] != "this"
			}
			if !spanModifiers.has(st.low[n]) && st.toks[n].tag != "CD" {
				break
			}
		}
	}
	return false
}

// spanModifiers may stand between "for" and its unit: "for more than
// three years", "for nearly a decade", "for many months".
var spanModifiers = filtered(wordSet("more", "than", "over", "almost", "nearly", "about", "around", "some",
	"several", "many", "a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))

// earlierDateIn reports whether a date between tokens from and to falls in a month or year before the one the article was
// published in: "in April" in a July report, "last year", "earlier this
// year". With sameClause the date must stand in from's clause. Days and weeks are left alone: "had stormed the post on Friday"
// is often the news itself.
func earlierDateIn(st *sent, from, to int, published time.Time, sameClause bool) bool {
	for _, x := range st.dates {
		k := st.tokenAtByte(x.Start)
		if k < from || k >= to || sameClause && st.clause[k] != st.clause[from] {
			continue
		}
		text := strings.ToLower(x.Text)
		if strings.Contains(text, "earlier this year") || strings.Contains(text, "last year") || strings.Contains(text, "last month") {
			return true
		}
		switch x.Precision {
		case when.Month:
			if x.Date.Before(time.Date(published.Year(), published.Month(), 1, 0, 0, 0, 0, time.UTC)) {
				return true
			}
		case when.Year:
			if x.Date.Year() < published.Year() {
				return true
			}
		}
	}
	for k := from; k+2 < to && k+2 < len(st.low); k++ {
		if st.low[k] == "earlier" && st.low[k+1] == "this" && st.low[k+2] == "year" {
			return true
		}
	}
	return false
}

// datedRelativeSpan returns the bounds of the relative clause set off by
// commas that holds token i ("the rebels, who seized the city in March,
// said"), or -1, -1. The clause may hold a clause of its own ("Hasina,
// who fled in August as crowds stormed her residence, faces …").
func datedRelativeSpan(st *sent, i int) (int, int) {
	open := -1
	for k := i - 1; k >= 1 && k >= i-14; k-- {
		if st.low[k] == "," {
			break
		}
		if (st.low[k] == "who" || st.low[k] == "which") && st.low[k-1] == "," {
			open = k
			break
		}
	}
	if open < 0 {
		return -1, -1
	}
	for k := i + 1; k < len(st.low) && k <= i+14; k++ {
		if st.low[k] == "," {
			return open, k
		}
	}
	return -1, -1
}
