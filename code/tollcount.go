package code

import (
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/nlp"
)

// countAt reads a count of people at token i. It leaves out figures that
// are measures, years, dates, ages, labels or negated ("a 5-year-old",
// "Route 9", "on 5 May", "aged 30", "40 percent", "no one was hurt") and
// "one of the …", which picks one out of a toll told already. After a verb
// of killing, one victim named with "a" or "an" counts one ("killing a
// woman").
func countAt(st *sent, i int, afterKill bool) (truce.Count, int, bool) {
	t := st.toks[i]
	lw := loweredAs(st, i)
	if nlp.IsMeasure(lw) || isYear(t.text) || toll37AgeAside(st, i) {
		return truce.Count{}, 0, false
	}
	if i > 0 {
		switch prev := st.low[i-1]; {
		case prev == "no" || prev == "aged" || prev == "age" || prev == "ages":
			return truce.Count{}, 0, false
		case isFigure(t.text) && st.toks[i-1].tag == "NNP" && !weekdays.has(prev):
			return truce.Count{}, 0, false // "Route 9", "Resolution 2334", "May 5"
		}
	}
	if st.low[i] == "one" && i+2 < len(st.low) && st.low[i+1] == "of" {
		switch st.low[i+2] {
		case "the", "those", "these":
			return truce.Count{}, 0, false
		}
	}
	if st.low[i] == `"` {
		cnt, n, ok := quotedCount(st, i)
		if !ok || thingsCounted(st, i+n) {
			return truce.Count{}, 0, false
		}
		return cnt, n, true
	}
	// ParseCount gives up at once on a first word no count can start
	// with; asking first spares gathering the words for every token.
	var cnt truce.Count
	var n int
	var ok bool
	if nlp.MayStartCount(lw) {
		cnt, n, ok = nlp.ParseCount(countWords(st, i))
	}
	if !ok {
		if n, ok := loneOther(st, i); ok {
			return truce.Count{Min: 1, Max: 1}, n, true
		}
		if n, ok := loneObject(st, i); ok && afterKill {
			return truce.Count{Min: 1, Max: 1}, n, true
		}
		if n, ok := possessedSingle(st, i); ok && passiveToll(st, i+n) {
			return truce.Count{Min: 1, Max: 1}, n, true
		}
		if n, ok := singleNoun(st, i); ok && (afterKill && !passiveBefore(st, i-1) || passiveToll(st, i+n) || pairedPassive(st, i+n) || leftHarmed(st, i, n) || harmedSingle(st, i+n)) {
			return truce.Count{Min: 1, Max: 1}, n, true
		}
		// "The governor, his driver and two bodyguards were killed",
		// "Commander X and his deputy were killed": one person named by
		// role or name opens a list of the dead.
		if w := st.low[i]; (w == "the" || possessives.has(w) || capitalised(st.toks[i].text)) && (passiveAhead(st, i) || toll46WasAhead(st, i)) {
			if c, e, ok := deadPerson(st, i); ok && c == 1 && (pairedPassive(st, e) || toll46HurtOne(st, e)) {
				return truce.Count{Min: 1, Max: 1}, e - i, true
			}
		}
		return truce.Count{}, 0, false
	}
	if e := i + n; e < len(st.low) && (notCounted.has(st.low[e]) || months.has(st.toks[e].text)) {
		return truce.Count{}, 0, false
	}
	if thingsCounted(st, i+n) {
		return truce.Count{}, 0, false
	}
	return cnt, n, true
}

// quotedCount reads a count set in quotes at the quote mark at token i,
// as a speaker's own word for the toll: killing ["scores"] of fighters,
// wounding ["at least 30"]. The quotes must hold the count and nothing
// else; an "of" after the closing mark belongs to the count.
func quotedCount(st *sent, i int) (truce.Count, int, bool) {
	for k := i + 2; k < len(st.low) && k <= i+5; k++ {
		if st.low[k] != `"` {
			continue
		}
		cnt, n, ok := nlp.ParseCount(wordsFrom(st, i+1)[:k-i-1])
		if !ok {
			return truce.Count{}, 0, false
		}
		if n != k-i-1 {
			// ["dozens of fighters"]: the count and its noun
			if e := quotedPhraseEnd(st, i, n); e > 0 {
				return cnt, e, true
			}
			return truce.Count{}, 0, false
		}
		n = k + 1 - i
		if k+1 < len(st.low) && st.low[k+1] == "of" {
			n++
		}
		return cnt, n, true
	}
	return truce.Count{}, 0, false
}

// thingsCounted reports whether the noun a count begins at token k names
// things, not people: "[several northern towns], leaving …", "[two drones]
// killed five".
func thingsCounted(st *sent, k int) bool {
	for n := k; n < len(st.low) && n < k+4; n++ {
		if thingNouns.has(st.low[n]) {
			return true
		}
		if !strings.HasPrefix(st.toks[n].tag, "JJ") && !strings.HasPrefix(st.toks[n].tag, "NN") && st.toks[n].tag != "HYPH" {
			return false
		}
	}
	return false
}

// passiveToll reports whether "was" and a toll word follow token k: "a
// seven-year-old boy [was killed]", "a soldier [was reportedly wounded]".
//
// The verb may follow an aside ("a passer-by, [who was also hit by
// splinters], died later") and a perfect ("a police officer [had been
// seriously injured]"); "died" alone tells a death too.
func passiveToll(st *sent, k int) bool {
	k = afterRelative(st, k)
	if k+1 < len(st.low) && (st.low[k] == "had" || st.low[k] == "has") && st.low[k+1] == "been" {
		k++
	}
	if k < len(st.low) && st.low[k] == "died" {
		return true
	}
	if k+1 >= len(st.low) || st.low[k] != "was" && st.low[k] != "been" {
		return false
	}
	w := st.low[k+1]
	if st.toks[k+1].tag == "RB" && k+2 < len(st.low) {
		w = st.low[k+2]
	}
	return deathWords.has(w) || injuryWords.has(w) || w == "shot" && k+2 < len(st.low) && st.low[k+2] == "dead" || shotHurt(st, k+1) || toll43LeftHurt(st, k+1) || toll46Stabbed(st, k+1)
}

// possessedSingle reads one person named after a possessive at token i,
// as the subject of a toll: "[its pilot] was killed", "[his elderly
// driver] died". It returns the tokens it spans.
func possessedSingle(st *sent, i int) (int, bool) {
	if !possessives.has(st.low[i]) || i > 0 && (st.toks[i-1].tag == "IN" || strings.HasPrefix(st.toks[i-1].tag, "VB")) {
		return 0, false
	}
	k := i + 1
	if k+1 < len(st.toks) && strings.HasPrefix(st.toks[k].tag, "JJ") {
		k++
	}
	if k >= len(st.toks) || st.toks[k].tag != "NN" && !personCompounds.has(st.low[k]) || quantityNouns.has(st.low[k]) || collectiveNouns.has(st.low[k]) || timeNouns.has(st.low[k]) {
		return 0, false
	}
	return k + 1 - i, true
}

// afterRelative returns the token after a relative clause set off by
// commas at token k (", who was also hit by splinters,"), or k when none
// opens there.
func afterRelative(st *sent, k int) int {
	if k+1 >= len(st.low) || st.low[k] != "," || st.low[k+1] != "who" {
		return k
	}
	for n := k + 2; n < len(st.low) && n <= k+12; n++ {
		switch st.low[n] {
		case ",":
			return n + 1
		case ";", ".":
			return k
		}
	}
	return k
}

// passiveBefore reports whether the verb at token k is passive, so that a
// noun after it is not its object: "two soldiers were killed [a day]
// later".
func passiveBefore(st *sent, k int) bool {
	for n := k - 1; n >= 0 && n >= k-2; n-- {
		if auxiliaries.has(st.low[n]) {
			return !toll38PerfectOnly(st, n, k)
		}
		if st.toks[n].tag != "RB" {
			return false
		}
	}
	return false
}

// isFigure reports whether a token is written in digits: "9", "2,334".
func isFigure(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// conjoined adds to a count the counts joined to it by "and" or listed
// with commas: "four soldiers and six attackers dead" is ten, "nine
// children and a woman" ten, "three soldiers, two police officers and a
// child" six, "a woman and her two sons" three. end is the token after the
// first count. After a toll verb ("killing 5 soldiers and …"), a conjunct
// that is the subject of a verb of its own ("… and 3 were wounded") is
// another toll, not part of this one.
func conjoined(st *sent, cnt truce.Count, end int, afterVerb bool) (truce.Count, int) {
	if c, e, ok := toll44Breakdown(st, cnt, end); ok {
		return c, e // "killed three people, two Indians and a Pakistani"
	}
	// "killing 26 people, a hospital official and residents said": a
	// list after a comma that ends in a verb of saying names who gives
	// the toll, not more dead.
	before, beforeEnd, listed := cnt, end, false
	for {
		k := nounEnd(st, toll50PartitiveEnd(st, end))
		if k+1 < len(st.low) && st.low[k] == "of" && st.low[k+1] == "them" {
			k += 2 // "killing nine of them and a guard"
		} else if k < len(st.low) && st.low[k] == "them" && k > 0 && st.low[k-1] == "of" {
			k++
		}
		k = partAsideEnd(st, k) // "four farmers, two of them women, and a teacher"
		k = toll37PastAge(st, k)
		if listed && saidAfter(st, k) {
			return before, beforeEnd
		}
		if k+1 >= len(st.low) || st.low[k] != "and" && st.low[k] != "," {
			return cnt, end
		}
		comma := st.low[k] == ","
		if comma && st.low[k+1] == "and" {
			k++
		}
		more, n, ok := conjunctAt(st, k+1)
		if !ok {
			if listed && saidAfter(st, k) {
				return before, beforeEnd
			}
			return cnt, end
		}
		next := nounEnd(st, k+1+n)
		vb := toll39OfThemEnd(st, next)
		// "and an army general being flown out": a participle describes
		// the conjunct, it is no verb of its own.
		if afterVerb && vb < len(st.low) && (auxiliaries.has(st.low[vb]) && st.low[vb] != "being" || strings.HasPrefix(st.toks[vb].tag, "VB") && st.toks[vb].tag != "VBG") {
			return cnt, end
		}
		// "killing 12 people, 5 of them children": after a comma, only a
		// list that goes on is summed.
		if comma && st.low[k] == "," && (next >= len(st.low) || st.low[next] != "," && st.low[next] != "and") {
			return cnt, end
		}
		if comma && !listed {
			before, beforeEnd, listed = cnt, end, true
		}
		cnt = truce.Count{Min: cnt.Min + more.Min, Max: cnt.Max + more.Max}
		end = next
	}
}

// conjunctAt reads the count of a conjunct at token k: a figure or number
// word ("six attackers"), one person ("a woman"), or either after a
// possessive ("her two sons", "his driver").
func conjunctAt(st *sent, k int) (truce.Count, int, bool) {
	skip := 0
	if possessives.has(st.low[k]) && k+1 < len(st.toks) {
		skip = 1
	}
	if c, n, ok := nlp.ParseCount(wordsFrom(st, k+skip)); ok && !nlp.IsMeasure(st.toks[k+skip].text) {
		return c, skip + n, true
	}
	if n, ok := singleNoun(st, k); ok {
		return truce.Count{Min: 1, Max: 1}, n, true
	}
	if skip == 1 && st.toks[k+1].tag == "NN" && !quantityNouns.has(st.low[k+1]) && !collectiveNouns.has(st.low[k+1]) {
		return truce.Count{Min: 1, Max: 1}, 2, true
	}
	// "and their civilian driver"
	if skip == 1 && k+2 < len(st.toks) && strings.HasPrefix(st.toks[k+1].tag, "JJ") && st.toks[k+2].tag == "NN" && !quantityNouns.has(st.low[k+2]) && !collectiveNouns.has(st.low[k+2]) {
		return truce.Count{Min: 1, Max: 1}, 3, true
	}
	return truce.Count{}, 0, false
}

// nounEnd returns the first token from k on that is not part of the noun
// phrase a count began: "170 [Afghans] and", "two [passers-by] ,".
func nounEnd(st *sent, k int) int {
	for stop := k + 5; k < len(st.toks) && k < stop; k++ {
		tag := st.toks[k].tag
		// "eight members [of a police unit] and their driver"
		if st.low[k] == "of" && k > 0 && strings.HasPrefix(st.toks[k-1].tag, "NN") && k+1 < len(st.toks) &&
			(st.toks[k+1].tag == "DT" || strings.HasPrefix(st.toks[k+1].tag, "NN") || strings.HasPrefix(st.toks[k+1].tag, "JJ")) &&
			st.low[k+1] != "them" {
			stop = k + 7
			continue
		}
		if tag == "DT" && k > 0 && st.low[k-1] == "of" {
			continue
		}
		// A count's noun may stand in quotation marks, the words of
		// whoever gave the toll: `26 "armed criminals" and 18 members
		// of the security forces` counts 44, as the list without the
		// marks does (toll55; dev: 4 of 4 such tolls count the quoted
		// people).
		if quoteMarks.has(st.low[k]) {
			stop++
			continue
		}
		// "eleven [suspected] militants and a policeman": a participle
		// before a noun describes it.
		if tag == "VBN" && !deathWords.has(st.low[k]) && !injuryWords.has(st.low[k]) && k+1 < len(st.toks) && strings.HasPrefix(st.toks[k+1].tag, "NN") {
			continue
		}
		if !strings.HasPrefix(tag, "NN") && !strings.HasPrefix(tag, "JJ") && tag != "HYPH" && tag != "POS" {
			break
		}
		if deathWords.has(st.low[k]) || injuryWords.has(st.low[k]) {
			break
		}
	}
	return k
}

// countWindow is how many tokens a count is read from: "no fewer than
// twenty-three" and "between 10 and 15" fit.
const countWindow = 6

// wordsFrom returns the tokens as written from i on, at most countWindow.
// The words sit in an array that, once wordsFrom is inlined, stays on the
// caller's stack when the caller keeps no hold of them (nlp.ParseCount
// keeps none): counts are tried at every token of every sentence.
func wordsFrom(st *sent, i int) []string {
	var buf [countWindow]string
	ws := buf[:0]
	for k := i; k < len(st.toks) && k < i+countWindow; k++ {
		ws = append(ws, st.toks[k].text)
	}
	return ws
}

// loweredAs returns token i lowered where that is all st.low did to it,
// else as written. Readers that lower a word themselves (nlp.IsMeasure,
// nlp.ParseCount) then copy none: countAt tries every token of every
// sentence. st.low also straightens curly quotes (normQuote), whose UTF-8
// all begin with the byte 0xE2.
func loweredAs(st *sent, i int) string {
	if strings.IndexByte(st.toks[i].text, 0xE2) >= 0 {
		return st.toks[i].text
	}
	return st.low[i]
}

// countWords returns the words a count at token i is read from, lowered
// where loweredAs would give them lowered, without copying them.
func countWords(st *sent, i int) []string {
	end := min(i+countWindow, len(st.low))
	for k := i; k < end; k++ {
		if strings.IndexByte(st.toks[k].text, 0xE2) >= 0 {
			return wordsFrom(st, i)
		}
	}
	return st.low[i:end]
}

// isYear reports whether a token is a four-digit year from 1900 to 2099.
func isYear(s string) bool {
	return len(s) == 4 && (s[:2] == "19" || s[:2] == "20") && s[2] >= '0' && s[2] <= '9' && s[3] >= '0' && s[3] <= '9'
}

// nounPreps open a phrase that may describe the people a count counts:
// "three reporters [from two channels]", "four soldiers [in two vehicles]".
var nounPreps = filtered(map[string]bool{"from": true, "in": true, "at": true, "across": true, "with": true})

// inNounPhrase reports whether the count at token i stands in a phrase
// describing a plural noun just before it, so that it counts no victims
// itself: "four soldiers from [two] units were wounded" is four wounded.
func inNounPhrase(st *sent, i int) bool {
	return i >= 2 && nounPreps.has(st.low[i-1]) && st.toks[i-2].tag == "NNS"
}

// tollBefore returns the field a count tells when it follows the word
// "toll" in the same clause ("bringing the death toll from the unrest to
// 100", "the toll rose to 40"), follows a verb of rising whose subject is a
// toll ("the toll from Sunday's bombing in the north of the province rose
// to 54"), or is the number of dead put at a figure ("put the number of
// dead at 46"). It returns "" otherwise.
func tollBefore(st *sent, i int) string {
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		w := st.low[k]
		if w == "toll" || w == "tolls" {
			if k > 0 && (st.low[k-1] == "injury" || st.low[k-1] == "casualty") {
				return "" // a count of the wounded or of both
			}
			return "fatalities"
		}
		if clauseBreaks.has(w) || st.toks[k].tag == "CD" || w == "," || w == "." {
			break
		}
	}
	if totalTo(st, i) || figurePut(st, i) {
		return "fatalities"
	}
	if i >= 4 && (st.low[i-1] == "at" || st.low[i-1] == "to") && st.low[i-3] == "of" && st.low[i-4] == "number" {
		switch st.low[i-2] {
		case "dead", "deaths", "killed", "fatalities":
			return "fatalities"
		case "wounded", "injured", "injuries":
			return "injuries"
		}
	}
	if f := toll53NumberAt(st, i); f != "" {
		return f // "put the number of dead attackers at 50"
	}
	v := i - 1
	if v > 0 && (st.low[v] == "to" || st.low[v] == "at") {
		v--
	}
	// "the toll rose from 3 to 20": the rise is before the old figure
	if v >= 2 && st.toks[v].tag == "CD" && st.low[v-1] == "from" {
		v -= 2
	}
	if v < 1 || !tollRises.has(st.low[v]) {
		return ""
	}
	for k := v - 1; k >= 0 && k >= v-30; k-- {
		switch st.low[k] {
		case "toll", "tolls":
			if k > 0 && (st.low[k-1] == "injury" || st.low[k-1] == "casualty") {
				return ""
			}
			return "fatalities"
		case "number":
			if f := numberOf(st, k); f != "" {
				return f
			}
		case ";", ".", "said", "says":
			return ""
		}
	}
	return ""
}

// numberOf returns the field that "number" at token k counts when a word
// for the dead or wounded follows it closely: "the number [of people
// killed]", "the number [of wounded]". It returns "" otherwise.
func numberOf(st *sent, k int) string {
	if k+1 >= len(st.low) || st.low[k+1] != "of" {
		return ""
	}
	for n := k + 2; n < len(st.low) && n <= k+4; n++ {
		switch w := st.low[n]; {
		case w == "killed" || w == "dead" || w == "deaths" || w == "fatalities":
			return "fatalities"
		case w == "wounded" || w == "injured" || w == "injuries":
			return "injuries"
		case w != "people" && w != "those" && w != "persons" && w != "civilians":
			return ""
		}
	}
	return ""
}

// totalTo reports whether the count at token i closes "bringing the
// total to", after a death told earlier in the sentence: "a wounded
// officer died in hospital, bringing the total to 12". A total with words
// of its own ("the total killed since January to 300") is a cumulative
// figure, not read here; a total after no death ("arrested three more,
// bringing the total to 12") counts no dead.
func totalTo(st *sent, i int) bool {
	if i < 4 || st.low[i-1] != "to" || st.low[i-2] != "total" || st.low[i-3] != "the" || !bringsTo.has(st.low[i-4]) {
		return false
	}
	return deathBefore(st, i-4)
}

// deathBefore reports whether a word for the dead or for killing stands
// before token i in the sentence.
func deathBefore(st *sent, i int) bool {
	for k := 0; k < i; k++ {
		if deathWords.has(st.low[k]) || tollVerbs[st.low[k]] == "fatalities" {
			return true
		}
	}
	return false
}

// figurePut reports whether the count at token i is a rival figure for
// dead told before in the sentence, put by someone: "Kyiv said 60 died;
// Moscow put the figure at 11", "rebels put their estimate at 200".
func figurePut(st *sent, i int) bool {
	if i < 4 || st.low[i-1] != "at" || !figureNouns.has(st.low[i-2]) {
		return false
	}
	switch st.low[i-3] {
	case "the", "their", "its", "his", "her":
	default:
		return false
	}
	switch st.low[i-4] {
	case "put", "puts", "putting", "placed", "placing":
		return deathBefore(st, i-4)
	}
	return false
}

// figureNouns are the nouns for a toll given again by another source:
// "put the [figure] at 11".
var figureNouns = filtered(map[string]bool{"figure": true, "estimate": true, "tally": true, "count": true})

// broughtTo reports whether a verb that carries a toll to a new figure
// stands shortly before the count at token i in its clause: "bringing the
// death toll from the week of strikes [to 14]".
func broughtTo(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		w := st.low[k]
		if bringsTo.has(w) {
			return true
		}
		if clauseBreaks.has(w) || w == "," || w == "." || w == ";" {
			return false
		}
	}
	return false
}

// bringsTo are the verbs that carry a toll to a new figure: "bringing the
// total to 12".
var bringsTo = filtered(map[string]bool{"bringing": true, "brings": true, "brought": true, "raising": true, "raised": true,
	"taking": true, "took": true, "pushing": true})

// tollRises are the verbs that move a toll to a new figure: "rose to 54",
// "climbed to 40", "reached 100".
var tollRises = filtered(map[string]bool{"rose": true, "risen": true, "rises": true, "rising": true, "climbed": true,
	"climbs": true, "jumped": true, "increased": true, "reached": true, "hit": true, "stood": true, "stands": true,
	"mounted": true})

// deathNouns are the nouns whose "of" before a count makes it a count of
// the dead: "the lives of 11 people", "the killing of five villagers".
var deathNouns = filtered(map[string]bool{"lives": true, "deaths": true, "killing": true, "killings": true,
	"murder": true, "murders": true, "massacre": true})

// lostLives reports whether token k starts "lost their lives" or "lost his
// life", which make the count before it a count of the dead: "19 people
// [lost their lives]". "lost their homes" is no toll.
func lostLives(st *sent, k int) bool {
	switch st.low[k] {
	case "lost", "lose", "losing":
	default:
		return false
	}
	return k+2 < len(st.low) && possessives.has(st.low[k+1]) && (st.low[k+2] == "lives" || st.low[k+2] == "life")
}

// diedVerbs are the verbs that tell a death with no object: "three of
// the wounded [succumbed]".
var diedVerbs = filtered(map[string]bool{"died": true, "succumbed": true, "perished": true, "die": true})

// leftHarmed reports whether the single person named at token i (n
// tokens) is left dead or wounded by the act before: "clashed, leaving [a
// soldier] and a rebel dead", "the blast left [a guard] wounded". The toll
// word must close the phrase, alone or after others joined to it, so that
// "leaving a crater" counts no one.
func leftHarmed(st *sent, i, n int) bool {
	if i == 0 {
		return false
	}
	switch st.low[i-1] {
	case "leaving", "left", "leaves":
	default:
		return false
	}
	_, end := conjoined(st, truce.Count{Min: 1, Max: 1}, i+n, false)
	// the tagger may take the toll word into the last noun phrase ("a
	// fighter dead"), and an adverb may stand before it ("badly wounded")
	for k := end - 1; k < len(st.low) && k <= end+1; k++ {
		if w := st.low[k]; k > i+1 && (deathWords.has(w) || injuryWords.has(w)) {
			return true
		}
		if k >= end && st.toks[k].tag != "RB" {
			return false
		}
	}
	return false
}

// saidAfter reports whether a verb of saying closes the list at token k,
// alone or after one more noun phrase joined by "and": "[said]", "[and
// residents said]".
func saidAfter(st *sent, k int) bool {
	if k < len(st.low) && st.low[k] == "and" {
		k = toll39SaidSkip(st, k+1)
	}
	return k < len(st.low) && reportVerbs.has(st.low[k])
}
