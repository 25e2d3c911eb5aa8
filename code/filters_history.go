package code

// Background and history: triggers a past date, a "since" or a relative
// clause sets before the news, and spans that only say how long.

import (
	"strings"
	"time"

	"github.com/truce-project/truce/when"
)

// historical reports whether the trigger's clause sets it in the past
// before the article's time: "since the Taliban took over Kabul in 2021",
// "the war began … in 2023", "since the summer".
func historical(st *sent, cd *candidate, published time.Time) bool {
	if published.IsZero() || findingFrame(st, cd.i) || ownRecentDate(st, cd, published) {
		return false
	}
	for _, x := range st.dates {
		k := st.tokenAtByte(x.Start)
		if k < 0 || st.clause[k] != st.clause[cd.i] && !(k > 0 && st.low[k-1] == "since") && !datedRelative(st, k, cd.i) && !perfectSpan(st, cd, k) && !datedMain(st, x, cd.i) {
			continue
		}
		if d := k - cd.j; d > 8 && !perfectSpan(st, cd, k) || cd.i-k > 10 {
			continue // "extradited … a man accused of taking part in the 1994 genocide"
		}
		// "marched on Wednesday to mark a year since the blast",
		// "commemorating ten years since the war": an anniversary dates
		// what is remembered, not the act that marks it.
		if k > 0 && k > cd.i && anniversaryWords.has(st.low[k-1]) {
			continue
		}
		// "landed on Tuesday, nearly two years after the government
		// appealed for help": a span after the act measures back to
		// what the clause after "after" tells; the act is the news.
		if k > cd.i && strings.HasSuffix(strings.ToLower(x.Text), " after") {
			continue
		}
		// "a partial mobilisation, the first since World War Two", "the
		// deadliest attack since 2014": a comparison, not a date.
		if comparisonSince(st, k) {
			continue
		}
		end := st.tokenAtByte(x.End - 1)
		// "a year of protests", "more than a decade of isolation": the
		// span dates only the noun after "of".
		if end >= 0 {
			governed := -1
			switch {
			case st.low[end] == "of":
				governed = end + 1
			case end+1 < len(st.low) && st.low[end+1] == "of":
				governed = end + 2
			}
			if governed >= 0 && cd.i != governed && cd.i != governed+1 {
				continue
			}
			if possessiveDateAfter(st, k, end, cd) {
				continue
			}
		}
		// "the 1960 pact", "its 2002 treaty": a year naming a thing,
		// not a time. (But "the 1994 genocide" dates the genocide
		// itself.)
		if x.Precision == when.Year && k > 0 && namingDeterminers.has(st.low[k-1]) && end >= 0 && end+1 < len(st.toks) && strings.HasPrefix(st.toks[end+1].tag, "NN") &&
			(cd.i > end+2 && !relativeBetween(st, end+1, cd.i) || cd.j <= k || cd.i < k) && cd.i != end+1 {
			continue
		}
		if x.Precision == when.Year && yearNamesObject(st, cd, k, end) {
			continue
		}
		if x.Precision == when.Year && lex38DatedNounPhrase(st, cd, k, end) {
			continue
		}
		if x.Precision == when.Year && hist33AdjunctNamesThing(st, cd, k, end) {
			continue
		}
		if hist34ParticipleOwnsDate(st, cd, k) {
			continue
		}
		// "Hernández, who left the presidency three months ago, was
		// extradited": a date inside a relative clause closed by a comma.
		if k < cd.i && (inRelative(st, k, cd.i) || inApposition(st, k, cd.i)) {
			continue
		}
		// "islands held by Iran since 1971, and urged Tehran …": a date
		// before "and" dates the other predicate.
		if k < cd.i && andBetween(st, k, cd.i) {
			continue
		}
		// "would reopen the crossing for three months", "will spend
		// 200 million over four years": how long a plan lasts, not
		// when it happened.
		if futureSpan(st, x, cd) {
			continue
		}
		// "suspended the charity for three months", "jailed for five
		// years": how long an act lasts. Only a perfect ("has fought for
		// two years") reaches back.
		if strings.HasPrefix(strings.ToLower(x.Text), "for ") && !perfectBefore(st, k) {
			continue
		}
		// "last year" dates a reported event; "in 2021", "since the
		// summer", "the 1990s" set it in the background.
		// A weekday or month that falls in the previous calendar year
		// ("on Wednesday" in a 1 January report) is still news.
		old := x.Date.Year() < published.Year()-1
		if x.Precision == when.Year {
			old = old || x.Date.Year() < published.Year() && !strings.Contains(strings.ToLower(x.Text), "last")
		} else {
			old = old || x.Date.Before(published.AddDate(-1, 0, 0))
		}
		if x.Past || old {
			return true
		}
	}
	// "since 2021 the group has …"; but "islands held by Iran since 1971,
	// and urged Tehran …" dates the holding, not the urging.
	for k := 0; k < len(st.low); k++ {
		if st.low[k] == "since" && st.clause[k] == st.clause[cd.i] && k < cd.i && !andBetween(st, k+1, cd.i) && !inRelative(st, k, cd.i) && !adverbSince(st, k) {
			return true
		}
	}
	if yearsAfter(st, cd.i) || cumulativeToll(st, cd.i) || longAgo(st, cd.i, cd.j) || earlierPerfect(st, cd) {
		return true
	}
	// "the answer has long been pressure": a habit, not an act.
	for k := 1; k+1 < len(st.low); k++ {
		if (st.low[k-1] == "has" || st.low[k-1] == "have") && st.low[k] == "long" && k < cd.i {
			return true
		}
	}
	if habitualPresent(st, cd) {
		return true
	}
	// "…, a charge Kigali has repeatedly denied": a denial that answers
	// the charge this sentence tells is news with it.
	return habitualPerfect(st, cd.i) && !answeredCharge(st, cd)
}

// repeatWords, between a perfect's auxiliary and its verb, make it a habit
// told as background: "has repeatedly denied", "have often clashed".
var repeatWords = filtered(wordSet("repeatedly", "consistently", "frequently", "often", "routinely", "regularly", "persistently", "long", "always", "previously"))

// habitualPerfect reports whether the trigger at i is governed by a perfect
// of repetition in its own part of the sentence: "Damascus has repeatedly
// denied using chemical weapons", "Kigali has often accused Kinshasa of
// arming the militia". What has been done again and again over the years
// is background; "repeatedly shelled the town on Sunday" is news.
func habitualPerfect(st *sent, i int) bool {
	for k := i - 1; k >= 1 && k >= i-10; k-- {
		// "a militia that had long guarded the town said it had cut
		// its ties": the habit is the speaker's, the news what it said.
		if frameBreaks.has(st.low[k]) || st.low[k] == "," || reportVerbs.has(st.low[k]) {
			return false
		}
		if !repeatWords.has(st.low[k]) {
			continue
		}
		switch st.low[k-1] {
		case "has", "have", "had", "'ve":
			return k+1 < len(st.toks) && strings.HasPrefix(st.toks[k+1].tag, "VB")
		}
	}
	return false
}

// frequencyWords, before a verb in the present, make it a habit: "gangs
// often seize students", "herders routinely raid villages".
var frequencyWords = filtered(wordSet("often", "usually", "routinely", "regularly", "frequently", "typically", "generally", "sometimes", "rarely", "seldom", "normally", "commonly"))

// habitualPresent reports whether the trigger verb at cd tells a habit or a
// policy in the present simple rather than an act: an adverb of frequency
// before it ("militias frequently attack convoys on the road"), or "only"
// after it ("says it strikes only fighters", "the two sides meet only at
// tournaments"). An auxiliary before the adverb makes it a perfect, a
// future or a past ("had often", "will usually"), read elsewhere.
func habitualPresent(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' {
		return false
	}
	switch st.toks[cd.i].tag {
	case "VBD", "VBN", "VBG", "MD":
		return false
	}
	// The habit's purpose goes with it: "often seize students to
	// demand ransom".
	for k := cd.i - 1; k >= 0 && k >= cd.i-8; k-- {
		w := st.low[k]
		if w == "," || frameBreaks.has(w) || k < cd.i-1 && finiteVerb(st.toks[k].tag) && !frequencyWords.has(st.low[max(k-1, 0)]) {
			break
		}
		if frequencyWords.has(w) && (k == cd.i-1 || st.low[cd.i-1] == "to") {
			return k == 0 || !auxiliaryWords.has(st.low[k-1])
		}
	}
	present := st.toks[cd.i].tag == "VBZ" || st.toks[cd.i].tag == "VBP"
	return present && cd.j < len(st.low) && st.low[cd.j] == "only"
}

// auxiliaryWords carry tense before an adverb and a verb.
var auxiliaryWords = filtered(wordSet("has", "have", "had", "will", "would", "could", "can", "may", "might", "shall", "should", "must", "was", "were", "is", "are", "did", "do", "does", "to"))

// lapseWords negate a perfect: "have not met", "has never visited".
var lapseWords = filtered(wordSet("not", "n't", "never"))

// perfectSpan reports whether the trigger cd is a perfect ("have killed",
// "has been mediating") whose own clause ends in a "since" span at k,
// however long the object between: "insurgents have killed more than
// 3,000 people in the gas-rich province since 2017". A span from a date
// before the news makes the act a total to date or a long-running state.
// So does it for an act named by a noun that is the subject or object of
// such a perfect: "attacks on civilians have risen every year since 2020",
// "the front has stepped up its attacks since 2023", and for a noun
// entry met as a perfect verb ("have boycotted parliament since 2016").
// One a speaker reports ("…since 2018, a rights group said on Tuesday")
// is that speaker's finding, which is news, as in findingFrame.
func perfectSpan(st *sent, cd *candidate, k int) bool {
	if k < 1 || st.low[k-1] != "since" && st.low[k] != "since" || k < cd.j || k-cd.j > 18 || reporter(st, cd.i) != nil {
		return false
	}
	for n := cd.j; n < k; n++ {
		switch st.low[n] {
		case ",", "which", "who", "that", "when", "where":
			return false
		}
		if frameBreaks.has(st.low[n]) {
			return false
		}
	}
	if cd.e.pos == 'V' {
		return perfectAt(st, cd.i)
	}
	// "opposition parties have boycotted parliament since 2016": a noun
	// entry met in a verb's form is read as the verb it is.
	if strings.HasPrefix(st.toks[cd.i].tag, "VB") && perfectAt(st, cd.i) {
		return true
	}
	return perfectSubject(st, cd.j, k) || perfectObject(st, cd.i)
}

// perfectAt reports whether the verb at i is a perfect, active or
// progressive: "have killed", "has repeatedly shelled", "has been
// mediating". A negated one ("have not met since 2018") tells a lapse up
// to the news, which is news of its own.
func perfectAt(st *sent, i int) bool {
	switch perfectAuxAt(st, i) {
	case "has", "have", "'ve":
		return true
	}
	return false
}

// perfectAuxAt returns the auxiliary a perfect verb at i would hang on, past
// one adverb and a "been" ("has repeatedly shelled", "had been cut"), or
// "" when there is none or the adverb tells a lapse ("have not met").
func perfectAuxAt(st *sent, i int) string {
	n := i - 1
	if n >= 0 && st.toks[n].tag == "RB" {
		if lapseWords.has(st.low[n]) {
			return ""
		}
		n--
	}
	if n >= 1 && st.low[n] == "been" {
		n--
	}
	if n < 0 {
		return ""
	}
	return st.low[n]
}

// perfectSubject reports whether a perfect verb follows the noun ending at
// j, before k and with no other verb first: "clashes between the two
// camps have left dozens dead since …".
func perfectSubject(st *sent, j, k int) bool {
	for n := j; n+1 < k; n++ {
		if finiteVerb(st.toks[n].tag) && st.low[n] != "has" && st.low[n] != "have" {
			return false
		}
		if (st.low[n] == "has" || st.low[n] == "have") && strings.HasPrefix(st.toks[n+1].tag, "VB") {
			return perfectAt(st, n+1)
		}
	}
	return false
}

// perfectObject reports whether the noun at i stands in the predicate of
// a perfect verb a few words before it: "has stepped up its attacks",
// "has lost over 100 peacekeepers to attacks".
func perfectObject(st *sent, i int) bool {
	k := verbOfObject(st, i, func(k int) bool { return strings.HasPrefix(st.toks[k].tag, "VB") })
	return k >= 0 && perfectAt(st, k)
}

// verbOfObject returns the nearest token before the noun at i, within
// eight words of its clause, that isVerb accepts, or -1 when a comma, a
// relative pronoun or a frame word comes first.
func verbOfObject(st *sent, i int, isVerb func(k int) bool) int {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := st.low[k]
		if w == "," || frameBreaks.has(w) || w == "which" || w == "who" || w == "that" {
			return -1
		}
		if isVerb(k) {
			return k
		}
	}
	return -1
}

// adverbSince reports whether "since" at k is the adverb "after that"
// between an auxiliary and its verb: "the government has since suspended
// the increase", "thousands have since fled" tell of acts after an earlier
// one, not of a span reaching back from a past date.
func adverbSince(st *sent, k int) bool {
	if k == 0 || k+1 >= len(st.low) {
		return false
	}
	switch st.low[k-1] {
	case "has", "have", "had":
		return strings.HasPrefix(st.toks[k+1].tag, "VB")
	}
	return false
}

// findingFrame reports whether the trigger at i is told as the finding of
// an inquiry: "inspectors concluded in 2023 that a helicopter dropped
// chlorine in 2018", "investigators said on Friday". The finding is the
// news however old the act it establishes.
func findingFrame(st *sent, i int) bool {
	for _, k := range st.findingPlaces() {
		switch {
		case findingVerbs.has(st.low[k]) && k < i:
			for n := k + 1; n < i && n <= k+6; n++ {
				if st.low[n] == "that" {
					return true
				}
			}
		case inquiryNouns.has(st.low[k]):
			for n := k + 1; n < len(st.low) && n <= k+12; n++ {
				if findingVerbs.has(st.low[n]) || st.low[n] == "said" {
					return true
				}
			}
		}
	}
	return false
}

// findingVerbs state what an inquiry established: "concluded that",
// "determined that".
var findingVerbs = filtered(map[string]bool{
	"concluded": true, "concludes": true, "determined": true, "determines": true,
	"established": true, "establishes": true,
})

// inquiryNouns name the people and bodies whose statements are findings:
// "investigators … said", "a fact-finding mission concluded".
var inquiryNouns = filtered(map[string]bool{
	"investigators": true, "inspectors": true, "fact-finding": true, "inquiry": true,
})

// anniversaryWords come before the span an anniversary measures: "to
// mark a year since", "commemorating five years since".
var anniversaryWords = filtered(map[string]bool{
	"mark": true, "marks": true, "marked": true, "marking": true,
	"commemorate": true, "commemorates": true, "commemorated": true, "commemorating": true,
})

// perfectBefore reports whether a perfect or passive auxiliary stands in
// the clause before k: "has fought for", "have been held for".
func perfectBefore(st *sent, k int) bool {
	for n := k - 1; n >= 0 && n >= k-8 && st.clause[n] == st.clause[k]; n-- {
		switch st.low[n] {
		case "has", "have", "had", "been", "'ve":
			return true
		}
	}
	return false
}

// comparisonSince reports whether the date at k follows "since" in a
// comparison with the past: "the first since", "the worst such attack
// since".
func comparisonSince(st *sent, k int) bool {
	at := -1
	switch {
	case st.low[k] == "since":
		at = k
	case k > 0 && st.low[k-1] == "since":
		at = k - 1
	}
	for n := at - 1; at > 0 && n >= 0 && n >= at-4; n-- {
		switch st.low[n] {
		case "first", "biggest", "largest", "worst", "deadliest", "highest", "lowest", "heaviest", "bloodiest", "most", "strongest", "fiercest":
			return true
		}
	}
	return false
}

// yearsAfter reports whether the trigger at i tells what happened years
// before the news, measured from it: "Ten years after gunmen killed 147
// students, survivors gathered …", "to mark 30 years since the genocide
// in which militias killed …". The span is counted in years, so the act
// is history whatever its own date.
// So is one a month or more before the news that an after-clause recalls
// as its lead-up: "recaptured the port on Sunday, a year after the
// insurgents overran it", "extradited him, two months after he was
// arrested". (Days and weeks before, the lead-up is often news of its
// own: "a day after police opened fire on the crowd".)
func yearsAfter(st *sent, i int) bool {
	for k := i - 1; k >= 1 && k >= i-12; k-- {
		w := st.low[k]
		if w == "after" && monthsOrMore.has(st.low[k-1]) {
			return st.clause[k] == st.clause[i] || relativeBetween(st, k+1, i) && st.clause[i] == st.clause[k]+1
		}
		if (w == "after" || w == "since") && (st.low[k-1] == "years" || st.low[k-1] == "decades") {
			return st.clause[k] == st.clause[i] || relativeBetween(st, k+1, i) && st.clause[i] == st.clause[k]+1
		}
		if w == "," || w == ";" || w == "and" || w == "but" {
			return false
		}
	}
	return false
}

// monthsOrMore count a span before "after" long enough to make what the
// clause tells background: "a year after", "two months after".
var monthsOrMore = filtered(wordSet("month", "months", "year"))

// wholeWarNouns name a whole war, whose toll to date is background: "the
// insurgency has killed".
var wholeWarNouns = filtered(map[string]bool{"war": true, "conflict": true, "insurgency": true, "rebellion": true, "uprising": true, "civil": true})

// cumulativeToll reports whether the trigger at i, in the perfect with a
// whole war as its subject, tells that war's toll to date: "the
// insurgency has killed tens of thousands", "the civil war has killed".
// "Gunmen have killed 14 villagers since Monday" is news.
func cumulativeToll(st *sent, i int) bool {
	return i >= 2 && (st.low[i-1] == "has" || st.low[i-1] == "have") && wholeWarNouns.has(st.low[i-2])
}

// agoSpans count back in spans too long for news: "decades ago", "years
// ago". A count of them ("two years ago") is a date the date reader
// resolves; the bare plural is not.
var agoSpans = filtered(map[string]bool{"years": true, "decades": true, "centuries": true, "generations": true})

// longAgo reports whether the trigger at [i, j) is set "years ago" or
// "decades ago" near it in its own clause: "Decades ago the army shelled
// the old town", "rebels ambushed a convoy there years ago". A span far
// after the trigger dates something else: "asked Spain to apologise for
// abuses committed during the conquest five centuries ago". One that
// opens the sentence ("Thirty years ago this week, the two leaders shook
// hands and signed …") sets all of it, up to a "but" or ";".
func longAgo(st *sent, i, j int) bool {
	for k := 1; k < len(st.low); k++ {
		if st.low[k] != "ago" || !agoSpans.has(st.low[k-1]) {
			continue
		}
		if k <= 3 && k < i && !breakBetween(st, k, i) {
			return true
		}
		if st.clause[k] == st.clause[i] && k-j <= 6 && i-k <= 10 {
			return true
		}
	}
	return false
}

// earlierWords, between "had" and a participle, set an act before the
// news as its background: "Khartoum had earlier agreed to pay", "the
// envoy had previously held talks with the group". "Had already" is left
// out: "its troops had already come under fire" is often the news itself.
var earlierWords = filtered(wordSet("earlier", "previously", "once"))

// earlierPerfect reports whether the trigger verb at cd.i is a past
// perfect marked as earlier than the news: "had earlier agreed", "had
// already suspended". A plain "had agreed" is often the news itself,
// told after a report verb, and stays.
func earlierPerfect(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' || cd.i < 2 {
		return false
	}
	return earlierWords.has(st.low[cd.i-1]) && st.low[cd.i-2] == "had"
}

// breakBetween reports whether a word that ends what an opening phrase
// governs ("but", ";") lies between tokens from and to.
func breakBetween(st *sent, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if frameBreaks.has(st.low[k]) {
			return true
		}
	}
	return false
}

// possessiveDateAfter reports whether the date from k to end is a
// possessive ("last year's", "Sunday's") that follows the trigger past
// some words of its own: it dates only the noun it owns, "marched to
// demand answers over last year's ferry fire", not the act that names
// that noun. Right after the verb it is the act's own object and dates
// it: "investigating last year's blast".
func possessiveDateAfter(st *sent, k, end int, cd *candidate) bool {
	poss := st.low[end] == "'s" || st.low[end] == "’s"
	if !poss && end+1 < len(st.low) {
		poss = st.low[end+1] == "'s" || st.low[end+1] == "’s"
	}
	return poss && k > cd.j
}
