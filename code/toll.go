package code

import (
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/nlp"
)

var (
	// Words after a count that say what it counts: "23 killed", "dozens
	// dead", "17 bodies were found".
	deathWords = filtered(map[string]bool{"killed": true, "dead": true, "died": true, "deaths": true, "fatalities": true, "lives": true, "slain": true,
		"bodies": true, "corpses": true})
	// "four fighters suffered breathing problems" after a chemical attack
	// counts wounded too.
	injuryWords = filtered(map[string]bool{"wounded": true, "injured": true, "hurt": true, "injuries": true, "maimed": true,
		"hospitalised": true, "hospitalized": true, "respiratory": true, "breathing": true, "suffocation": true})
	// Verbs before a count that say what it counts: "killing 5", "lynched
	// two men", "wounding 12".
	tollVerbs = map[string]string{"dead": "fatalities", "killed": "fatalities", "killing": "fatalities", "kills": "fatalities", "kill": "fatalities",
		"lynched": "fatalities", "lynching": "fatalities", "murdered": "fatalities", "murdering": "fatalities",
		"massacred": "fatalities", "massacring": "fatalities", "slaughtered": "fatalities", "slaughtering": "fatalities",
		"beheaded": "fatalities", "beheading": "fatalities", "executed": "fatalities", "executing": "fatalities",
		"wounded": "injuries", "wounding": "injuries", "injured": "injuries", "injuring": "injuries",
		"maimed": "injuries", "maiming": "injuries",
		"death": "fatalities"} // "beat to death a woman"
	// auxiliaries may stand between a count and its toll word ("two
	// soldiers had been killed"); any other finite verb ends the search
	// ("only one exploded, and nobody was hurt").
	auxiliaries = filtered(map[string]bool{"was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true,
		"been": true, "be": true, "being": true, "got": true, "remain": true, "remained": true})
	// Words right after a figure that make it a measure, a time or a date,
	// not a count of people: "40 percent", "3 hours", "5 May".
	notCounted = filtered(map[string]bool{"percent": true, "per": true, "%": true, "pc": true, "hours": true, "hour": true, "days": true,
		"weeks": true, "months": true, "years": true, "year": true, "minutes": true, "km": true, "kilometres": true,
		"kilometers": true, "miles": true, "metres": true, "meters": true, "am": true, "pm": true, "a.m.": true, "p.m.": true,
		"o'clock": true, "times": true})
	// months, written with a capital, make a figure next to them a date:
	// "on 5 May", "May 5".
	months = filtered(map[string]bool{"January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
		"July": true, "August": true, "September": true, "October": true, "November": true, "December": true,
		"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sep": true,
		"Sept": true, "Oct": true, "Nov": true, "Dec": true})
	// Nouns that quantify rather than name a victim: "killed a number of
	// civilians" does not kill one.
	quantityNouns = filtered(map[string]bool{"number": true, "group": true, "total": true, "series": true, "couple": true,
		"handful": true, "lot": true, "host": true, "third": true, "quarter": true, "half": true, "majority": true,
		"dozen": true, "score": true, "family": true, "crowd": true})
	// Words for a body of people, not one person: "the Israeli army".
	collectiveNouns = filtered(map[string]bool{"army": true, "military": true, "police": true, "government": true, "administration": true,
		"junta": true, "regime": true, "force": true, "forces": true, "militia": true, "group": true, "movement": true,
		"navy": true, "guard": true, "ministry": true, "cabinet": true, "parliament": true, "coalition": true,
		"alliance": true, "command": true, "authorities": true, "opposition": true, "people": true, "population": true})
	// Nouns of time: "killed a day after the truce" names no victim.
	timeNouns = filtered(map[string]bool{"day": true, "week": true, "month": true, "year": true, "night": true, "morning": true,
		"evening": true, "afternoon": true, "hour": true, "time": true, "decade": true, "moment": true, "while": true})
	// Nouns for one person that the tagger may read as adjectives.
	// "an army general" is a general.
	personCompounds = filtered(map[string]bool{"passer-by": true, "passerby": true, "bystander": true, "onlooker": true, "general": true})
	// Things, not people, that a figure may count: "clashes in several
	// towns, leaving …", "two drones killed five".
	thingNouns = filtered(map[string]bool{"towns": true, "villages": true, "cities": true, "districts": true, "provinces": true,
		"regions": true, "areas": true, "countries": true, "states": true, "houses": true, "homes": true, "buildings": true,
		"vehicles": true, "cars": true, "trucks": true, "tanks": true, "drones": true, "missiles": true, "rockets": true,
		"shells": true, "bombs": true, "mortars": true, "sites": true, "positions": true, "locations": true,
		"neighbourhoods": true, "neighborhoods": true, "camps": true, "streets": true, "boats": true, "aircraft": true,
		"planes": true, "helicopters": true, "hospitals": true, "schools": true, "mosques": true, "churches": true,
		"shops": true, "cylinders": true, "weeks": true, "nights": true, "occasions": true, "incidents": true,
		"attacks": true, "strikes": true, "airstrikes": true, "explosions": true, "blasts": true, "raids": true})
	objectPronouns = filtered(map[string]bool{"them": true, "him": true, "her": true, "both": true})
	possessives    = filtered(map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true})
	weekdays       = filtered(map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
		"saturday": true, "sunday": true})
)

// tollRead is one count of dead or wounded read in a sentence: tokens [i,
// end), its field, the toll word at k (-1 when a verb before it or the word
// "toll" said what it counts), and whether it adds to a toll told before.
type tollRead struct {
	field  string
	count  truce.Count
	i, end int
	k      int
	more   bool
	// total is set for a running total a verb carries the toll to:
	// "bringing the death toll to 14".
	total bool
}

// readTolls reads the counts of dead and wounded in a sentence, in order.
func readTolls(st *sent) []tollRead {
	var out []tollRead
	for i := 0; i < len(st.low); i++ {
		// Most tokens start no count, so the verb before is looked up only
		// for one that does, or for "a", "an" or "another", which a verb
		// of killing before makes one victim ("killing a woman"), and for
		// "the" or a possessive, which a verb of wounding makes one too
		// ("wounding his driver"): that is all such a verb adds to what
		// countAt reads.
		cnt, n, ok := countAt(st, i, false)
		before := ""
		if ok || opensObject(st.low[i]) {
			before = tollVerbBefore(st, i)
		}
		self := 0
		if ok && before == "" {
			before, self = toll56SelfAnd(st, i)
		}
		switch {
		case !ok && before == "fatalities" && opensSingle(st.low[i]):
			cnt, n, ok = countAt(st, i, true)
		case !ok && before == "injuries":
			cnt, n, ok = woundedObject(st, i)
		}
		if !ok || before == "" && inNounPhrase(st, i) && toll53NumberAt(st, i) == "" {
			continue
		}
		cnt, end := conjoined(st, cnt, i+n, before != "")
		if end > i+n && (deathWords.has(st.low[end-1]) || injuryWords.has(st.low[end-1])) {
			end-- // the tagger took "dead" into "a rebel fighter dead"
		}
		field, k := before, -1
		if field == "" {
			field, k = tollWordAfter(st, i, end)
		}
		if field == "" {
			field, k = toll40ThemKilled(st, i, end, cnt.Min)
		}
		more := false
		if field == "injuries" && (woundedDied(st, end, k) || toll46WoundedThenDied(st, end, k)) {
			// "two of the wounded later died": dead added to the toll
			field, more = "fatalities", true
		}
		total := false
		if field == "" {
			field = tollBefore(st, i)
			total = field != "" && broughtTo(st, i)
		}
		stale := staleToll(st, i)
		if stale && fromTo(st, i, i+n) {
			// "the toll rose from 6 to 19": the new figure is 19
			cnt, stale = truce.Count{Min: cnt.Max, Max: cnt.Max}, false
		}
		if field == "" || subsetAside(st, i) || toll37InAside(st, i) || stale || toll46InYear(st, end, k) || toll46OfOne(st, i) || len(out) > 0 && i > 0 && st.low[i-1] == "," && countOfThem(st, i+n) {
			i += n - 1
			continue
		}
		if bodiesAmong(st, out, field, cnt, k) {
			i = end - 1
			continue
		}
		cnt.Min, cnt.Max = cnt.Min+self, cnt.Max+self
		if k >= 0 {
			// "a tribal elder was killed along with four others"
			more := alongWith(st, k+1)
			cnt = truce.Count{Min: cnt.Min + more, Max: cnt.Max + more}
		}
		more = more || additive(st, i, end, k) || len(out) > 0 && k >= 0 && joinedToll(st, out[len(out)-1], field, i) || toll46AttackersToo(st, out, field, i)
		out = append(out, tollRead{field: field, count: cnt, i: i, end: end, k: k, more: more, total: total})
		i = end - 1
	}
	return out
}

// woundedDied reports whether a count ending at token end picks some of
// the wounded who then died, the toll word at k naming the wounded: "[two]
// of the wounded later died", "three of the injured have since died",
// "[two] wounded villagers died in hospital".
func woundedDied(st *sent, end, k int) bool {
	switch {
	case k < 0:
		return false
	case k == end+2 && st.low[end] == "of" && st.low[end+1] == "the":
	case k == end && k+1 < len(st.low) && strings.HasPrefix(st.toks[k+1].tag, "NN"):
		k++ // the toll word describes the noun after it
	default:
		return false
	}
	for n := k + 1; n < len(st.low) && n <= k+4; n++ {
		switch w := st.low[n]; {
		case w == "died" || w == "succumbed":
			return true
		case auxiliaries.has(w) || st.toks[n].tag == "RB":
		default:
			return false
		}
	}
	return false
}

// bodiesAmong reports whether a count of bodies found follows a higher
// toll of dead in the same sentence, and so counts some of those dead, not
// a rival figure: "the toll rose to 60, adding that 25 bodies had been
// pulled from the river".
func bodiesAmong(st *sent, before []tollRead, field string, cnt truce.Count, k int) bool {
	if field != "fatalities" || k < 0 || st.low[k] != "bodies" && st.low[k] != "corpses" {
		return false
	}
	for _, r := range before {
		if r.field == "fatalities" && r.count.Min > cnt.Max {
			return true
		}
	}
	return false
}

// tolls gives each count of dead and wounded in reads (readTolls) to the
// violent event it reports: the one its toll word names ("were killed in an
// ambush"), else the nearest before it, else the first after it.
func (c *Coder) tolls(st *sent, cands []*candidate, reads []tollRead) {
	var claims []tollClaim
	// counted holds the toll words whose count went to an event: their
	// verb kills no one more ("two people, among them a photographer,
	// were killed when rioters …" gives the riot two dead, and the
	// killing one none of its own).
	counted := map[int]bool{}
	for n, r := range reads {
		if partOfTotal(st, reads[:n], r) {
			continue
		}
		cd := coordinatedToll(st, cands, r)
		if cd == nil {
			cd = tollEvent(st, cands, r)
		}
		if cd != nil && toll56Elsewhere(st, cd, r) {
			// "…, while two more were shot dead in Itahari": another
			// act's dead, its own toll when its verb codes an event.
			if own := toll56OwnAct(cands, r.k); own != nil && own != cd {
				claims = append(claims, tollClaim{cd: own, field: r.field, count: r.count, by: claimantBefore(st, r.i), end: r.end})
			}
			continue
		}
		if cd != nil {
			if r.k >= 0 {
				counted[r.k] = true
			}
			by := claimantBefore(st, r.i)
			if n := len(claims) - 1; n >= 0 && claims[n].cd == cd && claims[n].field == r.field && toll56AfterAnother(st, claims[n], r, by) {
				continue
			}
			if toll56InAll(st, r) {
				// "…, killing three people in all": the attacks told
				// share the total.
				if evs, shares := toll56Shares(cands, cd, r.count); evs != nil {
					for n, p := range evs {
						claims = append(claims, tollClaim{cd: p, field: r.field, count: shares[n], by: by, more: r.more, end: r.end})
					}
					continue
				}
			}
			claims = append(claims, tollClaim{cd: cd, field: r.field, count: r.count, by: by, more: r.more, total: r.total, end: r.end})
		}
	}
	settleClaims(claims)
	zero := zeroTolls(st)
	// "Journalist X was shot dead", "the president was assassinated": a
	// killing of one named or singular victim with no count kills one.
	for _, cd := range cands {
		if cd.folded || cd.ev.ID == "" || cd.ev.Fatalities != nil {
			continue
		}
		verb := killVerbOf(cands, cd)
		if verb != nil && (killsNone(zero, verb.i) || counted[verb.i]) {
			// "No one was killed when a rocket hit a school": the
			// verb's subject names no one, whatever the target.
			continue
		}
		if verb == nil {
			// "stormed the embassy, shooting dead the head of its
			// security service": one victim of a comma participle.
			if k := toll53CommaKill(st, cd); k >= 0 && objectOne(st, k) {
				cd.ev.Fatalities = &truce.Count{Min: 1, Max: 1}
				continue
			}
			// "X, the commander, who died in a drone strike": a death
			// told of one named person.
			if n := diedIn(st, cd); n > 0 {
				cd.ev.Fatalities = &truce.Count{Min: n, Max: n}
			}
			continue
		}
		// "killed the governor, his driver and two bodyguards": the dead
		// listed one by one.
		if n := listedDead(st, toll50KillWord(st, cd)); n > 0 {
			cd.ev.Fatalities = &truce.Count{Min: n, Max: n}
			continue
		}
		one := len(cd.tgt) == 1 && singleVictim(st, cd.tgt[0]) || singularObject(st, verb) || passiveSingular(st, verb.i) ||
			objectOne(st, toll38KillWord(st, cands, cd))
		if n := namedDead(st, cd); n > 1 || n == 1 && !one {
			// "killed General X and Y": each named person is one dead
			n += andOthers(st, verb.j)
			cd.ev.Fatalities = &truce.Count{Min: n, Max: n}
			continue
		}
		if !one {
			continue
		}
		// "was killed along with his deputy": the one named and those
		// with him; "shot dead the governor, X, and five other people":
		// the one named and the others.
		n := 1 + alongWithAfter(st, verb.j) + andOthers(st, verb.j)
		cd.ev.Fatalities = &truce.Count{Min: n, Max: n}
	}
	// "…, but no one was hurt": a toll of none, where no figure was read.
	zeroes(st, cands)
}

// killsNone reports whether the verb at token k is the verb of a toll of
// none read in the sentence: "[no one was killed]".
func killsNone(zero []tollRead, k int) bool {
	for _, r := range zero {
		if r.field == "fatalities" && r.i <= k && k < r.end {
			return true
		}
	}
	return false
}

// tollVerbBefore returns the field a toll verb right before token i counts:
// "killing 5", "wounding 12", "burned alive two men", "the bodies of five
// men", "beat two men to death".
func tollVerbBefore(st *sent, i int) string {
	if i == 0 {
		return ""
	}
	if f := tollVerbs[st.low[i-1]]; f != "" {
		return f
	}
	if hurtBefore(st, i) {
		return "injuries"
	}
	switch {
	case i >= 2 && (st.low[i-1] == "all" || st.low[i-1] == "the") && tollVerbs[st.low[i-2]] != "":
		return tollVerbs[st.low[i-2]] // "killing all nine crew members", "killed the three attackers"
	case i >= 2 && st.low[i-1] == "of" && deathNouns.has(st.low[i-2]):
		return "fatalities" // "claimed the lives of 11 people"
	case i >= 2 && st.low[i-1] == "alive" && (st.low[i-2] == "burned" || st.low[i-2] == "burnt" || st.low[i-2] == "buried"):
		return "fatalities"
	case i >= 2 && st.low[i-1] == "of" && (st.low[i-2] == "bodies" || st.low[i-2] == "corpses" || st.low[i-2] == "remains"):
		return "fatalities"
	case violentDeaths.has(st.low[i-1]) && toDeathAfter(st, i):
		return "fatalities"
	case toll40SetAlightBefore(st, i):
		return "fatalities" // "beat and set alight a man"
	case beatings.has(st.low[i-1]):
		return "injuries" // "beat at least two reporters"
	case sentToHospital(st, i):
		return "injuries"
	case st.toks[i-1].tag == "POS":
		return toll38VerbBeforePossessor(st, i)
	}
	return toll46GroupOf(st, i)
}

// toDeathAfter reports whether "to death" closes the short noun phrase
// starting at token i: "beat [a man] to death".
func toDeathAfter(st *sent, i int) bool {
	for k := i + 1; k+1 < len(st.low) && k <= i+5; k++ {
		if st.low[k] == "to" {
			return st.low[k+1] == "death"
		}
		if clauseBreaks.has(st.low[k]) || st.low[k] == "," {
			return false
		}
	}
	return false
}

// tollWordAfter finds the word after a count that says it counts dead or
// wounded ("Eleven soldiers, among them a major, were killed") and returns
// the field and the word's token. The word may come after an aside, but not
// after another count, a clause break or a verb that is not a toll ("only
// one exploded, and nobody was hurt").
func tollWordAfter(st *sent, i, end int) (string, int) {
	stop := end + 16
	for k := end; k < len(st.low) && k < stop; k++ {
		w := st.low[k]
		// "About 30 gunmen killed a police officer": the count is of
		// those who killed, not of the dead.
		if activeToll(st, k) && !(k == end && injuryWords.has(w)) {
			// "two [wounded] villagers" describes the villagers
			return "", -1
		}
		if deathWords.has(w) || w == "death" && k >= 2 && st.low[k-1] == "to" && violentDeaths.has(st.low[k-2]) {
			return "fatalities", k
		}
		if injuryWords.has(w) || suffered(st, k) || breathless(st, k) || sickened(st, k) || harmLeft(st, i, k) || beatenHurt(st, k) || shotHurt(st, k) || toll46Stabbed(st, k) {
			return "injuries", k
		}
		if lostLives(st, k) {
			return "fatalities", k // "19 people lost their lives"
		}
		if n := toll56PassiveKill(st, k); n >= 0 {
			return "fatalities", n // "17 people were massacred"
		}
		if w == "," {
			if close := asideEnd(st, k); close > k {
				k, stop = close, max(stop, close+toll47PastAsideWords)
				continue
			}
			// "a passer-by, who was hit by splinters, died"
			if after := afterRelative(st, k); after > k {
				k = after - 1
				continue
			}
		}
		tag := st.toks[k].tag
		if w == "and" && k+2 < len(st.low) && tollVerbs[st.low[k+1]] != "" && objectPronouns.has(st.low[k+2]) {
			return tollVerbs[st.low[k+1]], k + 1 // "dragged two women from their homes and killed them"
		}
		if tag == "CD" && (inNounPhrase(st, k) || toll46OfOne(st, k)) {
			continue // "three reporters [from two channels] were wounded"
		}
		if f, n := relativeToll(st, k); f != "" {
			return f, n // "17 of its members who had died"
		}
		if w == "and" && (k == end || verbPhraseAt(st, k+1)) || clauseBreaks.has(w) || tag == "CD" {
			break
		}
		if participleAside(st, k) {
			k++ // "two men [armed with] rifles were shot dead"
			continue
		}
		// A verb form before a noun describes it ("affiliated fighters").
		// After a noun it is the verb of that subject ("two of its members
		// detonated explosive belts").
		if (tag == "VBD" || tag == "VBZ" || tag == "VBP") && !auxiliaries.has(w) &&
			(!(k+1 < len(st.toks) && strings.HasPrefix(st.toks[k+1].tag, "NN")) || strings.HasPrefix(st.toks[k-1].tag, "NN")) {
			break
		}
		if tag == "VBN" && strings.HasPrefix(st.toks[k-1].tag, "NN") && k+1 < len(st.toks) && strings.HasPrefix(st.toks[k+1].tag, "JJ") {
			break
		}
	}
	return "", -1
}

// activeToll reports whether the toll word at token k is an active verb
// with an object of its own, so that the count before it counts those who
// did it: "30 gunmen [killed a police officer]", "two snipers [wounded
// three soldiers]". "five soldiers killed on Monday", "12 killed last
// week" and "were killed at least" are no such verb.
func activeToll(st *sent, k int) bool {
	switch st.low[k] {
	case "killed", "wounded", "injured":
	default:
		return false
	}
	if k+1 >= len(st.low) || passiveBefore(st, k) || diedVerbs.has(st.low[k+1]) {
		// "three of the wounded succumbed": the tagger may take a rare
		// verb after the toll word for its object.
		return false
	}
	n := k + 1
	switch tag := st.toks[n].tag; {
	case st.low[n] == "at" && n+1 < len(st.low) && st.low[n+1] == "least":
		return true
	case tag == "PRP$" || tag == "CD":
		return true
	case tag == "DT" && st.low[n] != "this" && st.low[n] != "that" && st.low[n] != "last" && st.low[n] != "each":
	case strings.HasPrefix(tag, "NN") || strings.HasPrefix(tag, "JJ"):
	default:
		return false
	}
	// the object's head must not be a time: "killed the next day"
	for ; n < len(st.low) && n <= k+5; n++ {
		w, tag := st.low[n], st.toks[n].tag
		if timeNouns.has(w) || weekdays.has(w) || months.has(st.toks[n].text) || w == "overnight" || w == "yesterday" || w == "today" {
			return false
		}
		if tag != "DT" && tag != "CD" && !strings.HasPrefix(tag, "JJ") && !strings.HasPrefix(tag, "NN") && tag != "HYPH" {
			break
		}
	}
	return n > k+1
}

// asideEnd returns the comma closing an aside that opens at the comma at
// token k and says who was among a toll ("12 people, including three
// children, were killed"; "40 soldiers, among them a colonel, died"; "five
// men, two of them brothers, were shot"), or -1.
func asideEnd(st *sent, k int) int {
	if k+1 >= len(st.low) {
		return -1
	}
	switch st.low[k+1] {
	case "including", "among", "mostly", "most", "many", "all":
	default:
		if _, n, ok := nlp.ParseCount(wordsFrom(st, k+1)); !ok || !countOfThem(st, k+1+n) {
			return -1
		}
	}
	for n := k + 2; n < len(st.low) && n <= k+12; n++ {
		switch st.low[n] {
		case ",":
			return n
		case ";", ".":
			return -1
		}
	}
	return toll47LongAsideEnd(st, k)
}

// verbPhraseAt reports whether a verb with an object of its own starts at
// token k: "and [killed 30 people]", not "and [affiliated fighters]".
func verbPhraseAt(st *sent, k int) bool {
	if k+1 >= len(st.toks) || !strings.HasPrefix(st.toks[k].tag, "VB") {
		return false
	}
	return !strings.HasPrefix(st.toks[k+1].tag, "NN")
}

// joinedToll reports whether a count of the given field at token i opens a
// clause joined by "and" to the toll told just before, its own toll word
// after it, so that it counts other victims: "one policeman was killed
// [and two attackers died]", "four soldiers were killed in the attack [and
// six assailants died]".
func joinedToll(st *sent, prev tollRead, field string, i int) bool {
	if prev.field != field || prev.k < 0 || prev.total || i < 1 || st.low[i-1] != "and" || i-prev.k > 8 {
		return false
	}
	for n := prev.k + 1; n < i-1; n++ {
		switch st.low[n] {
		case ",", ";", "and", "but", "while", "including", "said", "says":
			return false
		}
	}
	return true
}

// additive reports whether the count spanning tokens [i, end) adds to a toll
// told before rather than restating it: "3 attackers were also killed",
// "another 4 died", "two more", "5 others".
func additive(st *sent, i, end, k int) bool {
	if st.low[i] == "another" || st.low[i] == "further" || st.low[i] == "a" && i+1 < len(st.low) && ordinals.has(st.low[i+1]) || i+1 < len(st.low) && st.low[i] == "a" && st.low[i+1] == "further" {
		return true
	}
	if end < len(st.low) && (st.low[end] == "more" || st.low[end] == "others" || st.low[end] == "other") {
		return true
	}
	if i > 0 && st.low[i-1] == "also" {
		return true
	}
	for n := end; n < k; n++ {
		if st.low[n] == "also" {
			return true
		}
	}
	return false
}

// isViolent reports whether a candidate codes a violent event that can
// carry a toll: "destroyed an armoured vehicle … two wounded" counts too.
func isViolent(cd *candidate) bool {
	return cd.ev.ID != "" && (cd.e.has(flagViolent) || cd.ev.Type == truce.Assault || isRiot(cd))
}

// violentDeaths are the verbs before "to death" that kill ("were beaten
// to death"), unlike "sentenced to death".
var violentDeaths = filtered(map[string]bool{
	"beaten": true, "beat": true, "stoned": true, "hacked": true, "burned": true, "burnt": true,
	"stabbed": true, "clubbed": true, "crushed": true, "shot": true, "tortured": true, "starved": true,
	"choked": true, "suffocated": true, "trampled": true, "bludgeoned": true, "kicked": true, "strangled": true,
})

// isRiot reports whether cd is a riot (PROTEST, mode riot).
func isRiot(cd *candidate) bool {
	return cd.ev.Type == truce.Protest && cd.ev.Mode == "riot"
}
