package code

// What a poll finds and what is said of a kind of act (prec74, found by
// probing): "polls show most voters back a deal", "a majority oppose
// sending tanks, according to a survey", "airstrikes rarely distinguish
// fighters from civilians", "roadside bombs remain the main threat to
// convoys". A poll's finding is what people think, and a statement about
// a kind of act in the present names no act that happened; the README
// lists analysis and opinion with background, which gives no event.

import "time"

// prec74PollNouns name an opinion poll. A survey is one only after
// "opinion": "a survey found 6,700 people were killed" counts the dead.
var prec74PollNouns = filtered(wordSet("poll", "polls", "survey", "surveys"))

// prec74FindingVerbs tell what a poll found.
var prec74FindingVerbs = filtered(wordSet("show", "shows", "showed", "shown", "showing", "suggest", "suggests",
	"suggested", "suggesting", "find", "finds", "found", "finding", "indicate", "indicates", "indicated",
	"indicating", "reveal", "reveals", "revealed", "revealing"))

// prec74PollContent reports whether the trigger cd stands in what an
// opinion poll found: after "polls show" or "an opinion survey published
// on Monday found that", or before a closing "according to a poll" or ", polls
// show.". A "survey ship" or the "survey of a mosque" a court ordered find
// nothing, so the poll must be the subject of a verb of finding or the
// object of "according to". Dev: 1 event, a plan to send missiles that a
// poll says most Germans oppose (unjudged).
func prec74PollContent(st *sent, cd *candidate) bool {
	for p := 0; p < len(st.low); p++ {
		if !prec74PollNouns.has(st.low[p]) || st.toks[p].tag[0] != 'N' || st.low[p][0] == 's' && (p == 0 || st.low[p-1] != "opinion") {
			continue
		}
		// "according to a new poll": what comes before is its finding.
		for k := p - 1; k >= 1 && k >= p-5; k-- {
			if st.low[k] == "to" && st.low[k-1] == "according" {
				return cd.j <= k-1
			}
			if !nounPremodifier(st.toks[k]) && st.toks[k].tag[0] != 'N' {
				break
			}
		}
		// "polls show …", "a survey published on Monday found that …",
		// "…, polls suggest."
		for k := p + 1; k < len(st.low) && k <= p+8; k++ {
			w := st.low[k]
			if prec74FindingVerbs.has(w) {
				if cd.i > k {
					return true
				}
				end := k + 1
				return cd.j <= p && (end >= len(st.low) || st.low[end] == "." || st.low[end] == "!")
			}
			if w == "," || w == ";" || w == "and" || w == "but" {
				break
			}
		}
	}
	return false
}

// prec74FrequencyWords say how often a kind of act happens.
var prec74FrequencyWords = filtered(wordSet("often", "usually", "rarely", "seldom", "routinely", "regularly",
	"frequently", "commonly", "typically", "generally", "sometimes", "occasionally", "normally",
	"habitually", "invariably", "customarily"))

// prec74NotPresent are the words before a frequency adverb that put its
// verb out of the present simple: "had often attacked", "would routinely
// detain", "were regularly shelled".
var prec74NotPresent = filtered(wordSet("has", "have", "had", "was", "were", "will", "would", "did", "could",
	"can", "may", "might", "should", "must", "to", "been", "be"))

// prec74PresentHabit reports whether the trigger cd is, or is the subject
// or object of, a verb in the present simple that a word of frequency
// governs ("police often use tear gas", "airstrikes rarely distinguish",
// "journalists are routinely detained"), or the main verb of a sentence
// opened by "each year," or "every week," ("Each year, clashes kill
// hundreds"). prec32's everyPeriodPrec32 reads "every year" after the
// verb, prec40 the perfect of habit; this is the present they leave.
// Dev: 0 events.
func prec74PresentHabit(st *sent, cd *candidate, _ time.Time) bool {
	cl := st.clause[cd.i]
	for a := 0; a+1 < len(st.low); a++ {
		if !prec74FrequencyWords.has(st.low[a]) || st.clause[a] != cl {
			continue
		}
		if a > 0 && prec74NotPresent.has(st.low[a-1]) {
			continue
		}
		v := a + 1
		switch st.toks[v].tag {
		case "VBP", "VBZ":
		case "VBN":
			if a == 0 || st.low[a-1] != "are" && st.low[a-1] != "is" {
				continue
			}
		default:
			continue
		}
		if prec74Governs(st, v, a, cd) {
			return true
		}
	}
	// "Each year, clashes between herders and farmers kill hundreds."
	if len(st.low) > 3 && (st.low[0] == "each" || st.low[0] == "every") && periodWords.has(st.low[1]) && st.low[2] == "," && cd.i > 2 {
		for v := 3; v < len(st.low); v++ {
			if t := st.toks[v].tag; t == "VBP" || t == "VBZ" {
				return !auxiliaryWords.has(st.low[v]) && prec74Governs(st, v, v, cd)
			}
			if t := st.toks[v].tag; t == "VBD" || t == "MD" || st.low[v] == "," {
				return false
			}
		}
	}
	return false
}

// prec74Governs reports whether the trigger cd is the verb at v, or the
// noun subject that ends before token before with no comma or verb
// between, or in the object or the aim after it within eight words of v
// ("use tear gas to break up marches").
func prec74Governs(st *sent, v, before int, cd *candidate) bool {
	if cd.i == v {
		return true
	}
	// A noun phrase trigger ("tear gas") may come from a verb's row.
	if verbAt(st, cd.i) {
		return false
	}
	if cd.j <= before {
		for k := cd.j; k < before; k++ {
			if st.low[k] == "," || finiteVerb(st.toks[k].tag) {
				return false
			}
		}
		return true
	}
	// The object, or the aim after it: "use tear gas to disperse crowds".
	if cd.i > v && cd.i <= v+8 {
		aim := false
		for k := v + 1; k < cd.i; k++ {
			t := st.toks[k].tag
			switch {
			case t == "TO":
				aim = true
			case aim && (t == "VB" || t == "RP"):
			case !nounPremodifier(st.toks[k]) && t[0] != 'N':
				return false
			}
		}
		return true
	}
	return false
}

// prec74Copulas link a kind of act to what is said of it.
var prec74Copulas = filtered(wordSet("are", "is", "remain", "remains", "become", "becomes"))

// prec74GenericAdjectives say how common, lawful or usual a kind of act
// is: "abductions are rare", "such raids are common".
var prec74GenericAdjectives = filtered(wordSet("rare", "common", "frequent", "commonplace", "routine",
	"widespread", "illegal", "unlawful", "banned", "prohibited", "rampant", "endemic", "unusual",
	"uncommon", "infrequent", "legal", "lawful", "normal", "typical", "inevitable", "ineffective",
	"counterproductive", "futile", "useless"))

// prec74RankWords after "the" rank an act among others and make it news:
// "protests are the largest since 2019".
var prec74RankWords = filtered(wordSet("first", "second", "third", "latest", "last", "largest", "biggest",
	"deadliest", "worst", "bloodiest", "heaviest", "most", "fiercest", "longest"))

// prec74GenericCopula reports whether the noun trigger cd is a bare
// plural opening the sentence (or a "that" clause) and the subject of a
// copula in the present whose complement says what the kind of act is
// ("are a constant worry", "remain the main threat", "are the leading
// cause of death") or how common or lawful it is ("are rare", "are
// illegal"). A plural with a determiner or a number ("the clashes are",
// "two strikes are") names acts, and a complement that ranks them ("are
// the largest since 2019") is news. Dev: 0 events.
func prec74GenericCopula(st *sent, cd *candidate, _ time.Time) bool {
	if cd.e.pos != 'N' || cd.j-1 >= len(st.low) {
		return false
	}
	last := st.low[cd.j-1]
	if len(last) < 2 || last[len(last)-1] != 's' {
		return false
	}
	s := cd.i
	for s > 0 && isModifier(st.toks[s-1]) && st.toks[s-1].tag != "CD" {
		s--
	}
	if s > 0 && st.low[s-1] != "that" || st.toks[s].tag == "DT" || st.toks[s].tag == "CD" || st.toks[s].tag == "PRP$" {
		return false
	}
	for c := cd.j; c+1 < len(st.low) && c <= cd.j+10; c++ {
		w := st.low[c]
		// (A participle right after the noun describes it: "rockets
		// fired from Gaza are".)
		if w == "," || w == ";" || st.toks[c].tag == "MD" || st.toks[c].tag == "VBD" && c > cd.j {
			return false
		}
		if !prec74Copulas.has(w) {
			continue
		}
		p := st.low[c+1]
		if prec74GenericAdjectives.has(p) {
			return true
		}
		if (p == "a" || p == "an" || p == "the") && c+2 < len(st.low) {
			return !prec74RankWords.has(st.low[c+2]) && st.toks[c+2].tag != "JJS" && st.toks[c+2].tag != "CD"
		}
		return false
	}
	return false
}

// prec74ClosedPeriodOpeners open a sentence with the period it recalls:
// "During the civil war,", "Under the previous regime,".
var prec74ClosedPeriodOpeners = filtered(wordSet("during", "under"))

// prec74PastRuleModifiers mark a rule as over after "under": "under the
// previous regime", "under the former president's rule".
var prec74PastRuleModifiers = filtered(wordSet("previous", "former", "old", "ousted", "late", "colonial", "deposed", "toppled", "fallen"))

// prec74FrontedClosedPeriod reports whether the verb trigger cd, a simple
// past, is in the main clause of a sentence that opens with a period
// that is over: "During the civil war, militias kidnapped thousands",
// "Under the previous regime, soldiers shot protesters". prec32's
// duringClosedPeriodPrec32 reads the period after the verb; this reads it
// fronted, before its comma. "Under" needs a word saying the rule is over
// ("under the deal," and "under his rule," may be the present). Dev: 0
// events.
func prec74FrontedClosedPeriod(st *sent, cd *candidate, _ time.Time) bool {
	if cd.e.pos != 'V' || len(st.low) < 5 || !prec74ClosedPeriodOpeners.has(st.low[0]) || !prec74PastVerb(st, cd.i) {
		return false
	}
	under := st.low[0] == "under"
	closed, over := false, !under
	comma := -1
	for k := 1; k < len(st.low) && k <= 7; k++ {
		w := st.low[k]
		if w == "," {
			comma = k
			break
		}
		if closedPeriodNouns.has(w) {
			closed = true
		}
		if prec74PastRuleModifiers.has(w) {
			over = true
		}
	}
	if comma < 0 || !closed || !over || cd.i < comma {
		return false
	}
	return reporter(st, cd.i) == nil && !findingFrame(st, cd.i)
}

// prec74PastVerb reports whether the verb at i is a simple past, or a
// past the tagger read as a present or a participle ("soldiers shot/VBP
// protesters"): a verb with no auxiliary, modal or "to" before it and
// not a gerund.
func prec74PastVerb(st *sent, i int) bool {
	if simplePast(st, i) {
		return true
	}
	t := st.toks[i].tag
	if t != "VBP" && t != "VBN" || i == 0 || auxiliaryWords.has(st.low[i-1]) || st.toks[i-1].tag == "MD" || st.toks[i-1].tag == "RB" {
		return false
	}
	w := st.low[i]
	return len(w) > 2 && w[len(w)-2:] == "ed" || irregularPastForms.has(w)
}

// irregularPastForms are past tenses of verbs of violence and force that
// do not end in "-ed": "shot", "hit", "fought".
var irregularPastForms = filtered(wordSet("shot", "hit", "struck", "fought", "took", "beat", "threw", "led", "held", "sent", "burnt", "set", "slew", "drove", "broke", "overran", "overthrew", "forced"))

// backgroundPrec74 returns why the trigger cd tells opinion or a kind of
// act rather than an act, or background recalled, or "".
func backgroundPrec74(st *sent, cd *candidate, published time.Time) string {
	switch {
	case prec74PresentHabit(st, cd, published):
		return "a habit told in the present with a word of frequency (\"police often use tear gas\", \"Each year, clashes kill hundreds\"): no act"
	case prec74GenericCopula(st, cd, published):
		return "a kind of act said to be common, unlawful or a threat (\"roadside bombs remain the main threat\", \"abductions are rare\"): no act"
	case prec74FrontedClosedPeriod(st, cd, published):
		return "an act in a sentence opened by a period that is over (\"During the civil war,\", \"Under the previous regime,\"): history"
	case prec74PollContent(st, cd):
		return "what an opinion poll found (\"polls show most voters back a deal\"): opinion, no act"
	}
	return ""
}
