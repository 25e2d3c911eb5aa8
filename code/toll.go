package code

import (
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/nlp"
)

var (
	// Words after a count that say what it counts: "23 killed", "dozens
	// dead", "17 bodies were found".
	deathWords = map[string]bool{"killed": true, "dead": true, "died": true, "deaths": true, "fatalities": true, "lives": true, "slain": true,
		"bodies": true, "corpses": true}
	// "four fighters suffered breathing problems" after a chemical attack
	// counts wounded too.
	injuryWords = map[string]bool{"wounded": true, "injured": true, "hurt": true, "injuries": true,
		"hospitalised": true, "hospitalized": true, "respiratory": true, "breathing": true, "suffocation": true}
	// Verbs before a count that say what it counts: "killing 5", "lynched
	// two men", "wounding 12".
	tollVerbs = map[string]string{"dead": "fatalities", "killed": "fatalities", "killing": "fatalities", "kills": "fatalities", "kill": "fatalities",
		"lynched": "fatalities", "lynching": "fatalities", "murdered": "fatalities", "murdering": "fatalities",
		"massacred": "fatalities", "massacring": "fatalities", "slaughtered": "fatalities", "slaughtering": "fatalities",
		"beheaded": "fatalities", "beheading": "fatalities", "executed": "fatalities", "executing": "fatalities",
		"wounded": "injuries", "wounding": "injuries", "injured": "injuries", "injuring": "injuries",
		"death": "fatalities"} // "beat to death a woman"
	// auxiliaries may stand between a count and its toll word ("two
	// soldiers had been killed"); any other finite verb ends the search
	// ("only one exploded, and nobody was hurt").
	auxiliaries = map[string]bool{"was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true,
		"been": true, "be": true, "being": true, "got": true, "remain": true, "remained": true}
	// Words right after a figure that make it a measure, a time or a date,
	// not a count of people: "40 percent", "3 hours", "5 May".
	notCounted = map[string]bool{"percent": true, "per": true, "%": true, "pc": true, "hours": true, "hour": true, "days": true,
		"weeks": true, "months": true, "years": true, "year": true, "minutes": true, "km": true, "kilometres": true,
		"kilometers": true, "miles": true, "metres": true, "meters": true, "am": true, "pm": true, "a.m.": true, "p.m.": true,
		"o'clock": true, "times": true}
	// months, written with a capital, make a figure next to them a date:
	// "on 5 May", "May 5".
	months = map[string]bool{"January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
		"July": true, "August": true, "September": true, "October": true, "November": true, "December": true,
		"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sep": true,
		"Sept": true, "Oct": true, "Nov": true, "Dec": true}
	// Nouns that quantify rather than name a victim: "killed a number of
	// civilians" does not kill one.
	quantityNouns = map[string]bool{"number": true, "group": true, "total": true, "series": true, "couple": true,
		"handful": true, "lot": true, "host": true, "third": true, "quarter": true, "half": true, "majority": true,
		"dozen": true, "score": true, "family": true, "crowd": true}
	// Words for a body of people, not one person: "the Israeli army".
	collectiveNouns = map[string]bool{"army": true, "military": true, "police": true, "government": true, "administration": true,
		"junta": true, "regime": true, "force": true, "forces": true, "militia": true, "group": true, "movement": true,
		"navy": true, "guard": true, "ministry": true, "cabinet": true, "parliament": true, "coalition": true,
		"alliance": true, "command": true, "authorities": true, "opposition": true, "people": true, "population": true}
	// Nouns of time: "killed a day after the truce" names no victim.
	timeNouns = map[string]bool{"day": true, "week": true, "month": true, "year": true, "night": true, "morning": true,
		"evening": true, "afternoon": true, "hour": true, "time": true, "decade": true, "moment": true, "while": true}
	// Nouns for one person that the tagger may read as adjectives.
	// "an army general" is a general.
	personCompounds = map[string]bool{"passer-by": true, "passerby": true, "bystander": true, "onlooker": true, "general": true}
	// Things, not people, that a figure may count: "clashes in several
	// towns, leaving …", "two drones killed five".
	thingNouns = map[string]bool{"towns": true, "villages": true, "cities": true, "districts": true, "provinces": true,
		"regions": true, "areas": true, "countries": true, "states": true, "houses": true, "homes": true, "buildings": true,
		"vehicles": true, "cars": true, "trucks": true, "tanks": true, "drones": true, "missiles": true, "rockets": true,
		"shells": true, "bombs": true, "mortars": true, "sites": true, "positions": true, "locations": true,
		"neighbourhoods": true, "neighborhoods": true, "camps": true, "streets": true, "boats": true, "aircraft": true,
		"planes": true, "helicopters": true, "hospitals": true, "schools": true, "mosques": true, "churches": true,
		"shops": true, "cylinders": true, "weeks": true, "nights": true, "occasions": true, "incidents": true,
		"attacks": true, "strikes": true, "airstrikes": true, "explosions": true, "blasts": true, "raids": true}
	objectPronouns = map[string]bool{"them": true, "him": true, "her": true, "both": true}
	possessives    = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true}
	weekdays       = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
		"saturday": true, "sunday": true}
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
}

// readTolls reads the counts of dead and wounded in a sentence, in order.
func readTolls(st *sent) []tollRead {
	var out []tollRead
	for i := 0; i < len(st.low); i++ {
		before := tollVerbBefore(st, i)
		cnt, n, ok := countAt(st, i, before == "fatalities")
		if !ok {
			continue
		}
		cnt, end := conjoined(st, cnt, i+n, before != "")
		field, k := before, -1
		if field == "" {
			field, k = tollWordAfter(st, i, end)
		}
		if field == "" {
			field = tollBefore(st, i)
		}
		stale := staleToll(st, i)
		if stale && fromTo(st, i, i+n) {
			// "the toll rose from 6 to 19": the new figure is 19
			cnt, stale = truce.Count{Min: cnt.Max, Max: cnt.Max}, false
		}
		if field == "" || subsetAside(st, i) || stale || len(out) > 0 && i > 0 && st.low[i-1] == "," && ofThem(st, i+n) {
			i += n - 1
			continue
		}
		if k >= 0 {
			// "a tribal elder was killed along with four others"
			more := alongWith(st, k+1)
			cnt = truce.Count{Min: cnt.Min + more, Max: cnt.Max + more}
		}
		out = append(out, tollRead{field: field, count: cnt, i: i, end: end, k: k, more: additive(st, i, end, k)})
		i = end - 1
	}
	return out
}

// staleToll reports whether the count at token i is a figure a new toll
// replaces: "raising an earlier toll of three", "up from 12", "rose from 3
// to 20", "the previous count of 40".
func staleToll(st *sent, i int) bool {
	if i >= 2 && st.low[i-1] == "from" && (st.low[i-2] == "up" || tollRises[st.low[i-2]]) {
		return true
	}
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		switch st.low[k] {
		case "toll", "tolls", "figure", "count", "estimate":
			switch st.low[k-1] {
			case "earlier", "previous", "initial", "original", "preliminary", "old", "first":
				return true
			}
			return false
		}
	}
	return false
}

// fromTo reports whether the count spanning tokens [i, end) after "from"
// reads as a range with "to" ("from 6 to 19"): the old and the new figure.
func fromTo(st *sent, i, end int) bool {
	if i == 0 || st.low[i-1] != "from" {
		return false
	}
	for k := i + 1; k < end; k++ {
		if st.low[k] == "to" {
			return true
		}
	}
	return false
}

// subsetAside reports whether the count at token i names some of a toll
// given just before: "12 people, including [four] children, …", "nine
// soldiers, among them [a] captain, …".
func subsetAside(st *sent, i int) bool {
	if i < 2 {
		return false
	}
	switch {
	case st.low[i-1] == "including" || st.low[i-1] == "among":
		return st.low[i-2] == ","
	case st.low[i-1] == "them" && st.low[i-2] == "among":
		return i >= 3 && st.low[i-3] == ","
	}
	return false
}

// ofThem reports whether "of them" or "of whom" follows token k, so that
// the count before it picks some out of a toll told just before: "five
// soldiers were wounded, [one of whom] lost a leg".
func ofThem(st *sent, k int) bool {
	if k+1 >= len(st.low) || st.low[k] != "of" {
		return false
	}
	switch st.low[k+1] {
	case "them", "whom", "those", "these":
		return true
	}
	return false
}

// tolls reads the counts of dead and wounded in a sentence and gives each to
// the violent event it reports: the one its toll word names ("were killed
// in an ambush"), else the nearest before it, else the first after it.
func (c *Coder) tolls(st *sent, cands []*candidate) {
	var claims []tollClaim
	for _, r := range readTolls(st) {
		cd := violentAt(cands, r.k)
		// "72 people were taken to hospital": the harm phrase that
		// counts the wounded is no seizure of its own.
		if cd != nil && r.k >= 0 && cd.i == r.k && suffered(st, r.k) {
			cd = nil
		}
		// "killing 5 soldiers; 3 attackers were also killed": a toll
		// that adds to one told before belongs to that event, not to
		// its own verb.
		if cd == nil || cd.i == r.k && (r.more || relativeTo(st, cands, r.i)) {
			if near := violentNear(cands, r.i); near != nil && (cd == nil || near.i < r.i) {
				cd = near
			}
		}
		if cd == nil {
			cd = protestBefore(cands, r.i)
		}
		if cd != nil {
			claims = append(claims, tollClaim{cd: cd, field: r.field, count: r.count, by: claimantBefore(st, r.i), more: r.more})
		}
	}
	settleClaims(claims)
	// "Journalist X was shot dead", "the president was assassinated": a
	// killing of one named or singular victim with no count kills one.
	for _, cd := range cands {
		if cd.folded || cd.ev.ID == "" || cd.ev.Fatalities != nil {
			continue
		}
		verb := killVerbOf(cands, cd)
		if verb == nil {
			continue
		}
		one := len(cd.tgt) == 1 && singleVictim(st, cd.tgt[0]) || singularObject(st, verb) || passiveSingular(st, verb.i)
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
		n := 1 + alongWith(st, verb.j) + andOthers(st, verb.j)
		cd.ev.Fatalities = &truce.Count{Min: n, Max: n}
	}
}

// protestBefore returns the protest told before token i when a sentence
// tells no violent event to carry its toll: "days of protests that left
// seven people dead".
func protestBefore(cands []*candidate, i int) *candidate {
	var best *candidate
	for _, cd := range cands {
		if cd.i < i && !cd.folded && cd.ev.ID != "" && cd.ev.Type == truce.Protest {
			best = cd
		}
	}
	return best
}

// namedDead counts the named persons a verb of killing at or shortly after
// event cd takes as its object: "a drone strike killed [General X and Y]"
// is two, "killed [a commander]" none (that is a count, read elsewhere).
// A title or demonym may stand before the first name ("killed Iranian
// general X").
func namedDead(st *sent, cd *candidate) int {
	k := -1
	for n := cd.i; n < len(st.low) && n <= cd.j+8; n++ {
		switch st.low[n] {
		case "killed", "killing", "kills", "assassinated", "assassinating":
			k = n
		}
		if k >= 0 {
			break
		}
	}
	if k < 0 || passiveBefore(st, k) {
		return 0
	}
	m := (*mention)(nil)
	for n := k + 1; n < len(st.low) && n <= k+4; n++ {
		if p := st.mentionAt(n); p != nil && p.kind == "person" {
			m = p
			break
		}
		if tag := st.toks[n].tag; !strings.HasPrefix(tag, "JJ") && !strings.HasPrefix(tag, "NN") {
			return 0
		}
	}
	count := 0
	for m != nil {
		if m.j < len(st.low) && st.low[m.j] == "'s" {
			return count // "killed X's bodyguard" names another
		}
		count++
		if m.j+1 >= len(st.low) || st.low[m.j] != "and" && st.low[m.j] != "," {
			break
		}
		next := st.mentionAt(m.j + 1)
		if next == nil || next.kind != "person" || next.i != m.j+1 {
			break
		}
		m = next
	}
	return count
}

// killVerbOf returns the verb of killing that tells event cd's dead: cd's
// own trigger ("assassinated"), or a verb folded into it ("was killed when
// a bomb exploded", "was killed in a drone strike"). It returns nil when no
// verb of killing tells cd.
func killVerbOf(cands []*candidate, cd *candidate) *candidate {
	if cd.e.has(flagKill) || cd.e.cameo == "186" {
		return cd
	}
	for n, f := range cands {
		if f.i >= cd.i || !f.folded || f.corefOf != nil || !f.e.has(flagKill) {
			continue
		}
		// the first event after the folded verb is the one it names
		for _, next := range cands[n+1:] {
			if !next.folded {
				if next == cd {
					return f
				}
				break
			}
		}
	}
	if cd.killed {
		return cd
	}
	return nil
}

// passiveSingular reports whether the verb at token i is a passive with
// "was", whose subject is one victim: "Darya Dugina, the daughter of …, was
// killed when …". "No one was killed" names none.
func passiveSingular(st *sent, i int) bool {
	k := i - 1
	for k >= 0 && st.toks[k].tag == "RB" {
		k--
	}
	if k < 0 || st.low[k] != "was" || !strings.HasPrefix(st.toks[i].tag, "VBN") {
		return false
	}
	for n := k - 1; n >= 0 && n >= k-3; n-- {
		switch st.low[n] {
		case "no", "nobody", "none", "one", "toll", "number":
			return false // "no one was killed", "one of them was"
		}
	}
	return true
}

// singularObject reports whether a verb of killing names one victim by a
// pronoun: "beat him to death", "shot her dead".
func singularObject(st *sent, verb *candidate) bool {
	for k := verb.i; k <= verb.j && k < len(st.low); k++ {
		if st.low[k] == "him" || st.low[k] == "her" && (k+1 >= len(st.low) || !strings.HasPrefix(st.toks[k+1].tag, "NN")) {
			return true
		}
	}
	return false
}

// alongWith counts the dead named after "along with" at token k: one person
// ("along with his deputy", "along with Abu Mahdi al-Muhandis") or a figure
// ("along with four others"). A vague plural ("along with several others")
// adds nothing, by ACLED's conservative rule.
func alongWith(st *sent, k int) int {
	for k < len(st.low) && st.toks[k].tag == "RB" {
		k++
	}
	if k+2 >= len(st.low) || st.low[k] != "along" || st.low[k+1] != "with" {
		return 0
	}
	k += 2
	if m := st.mentionAt(k); m != nil && m.kind == "person" {
		return 1
	}
	if c, _, ok := nlp.ParseCount(wordsFrom(st, k)); ok && isFigureOrWord(st.low[k]) {
		return c.Min
	}
	if _, ok := singleNoun(st, k); ok {
		return 1
	}
	if (possessives[st.low[k]] || st.low[k] == "the") && k+1 < len(st.toks) {
		if h := st.toks[k+1]; h.tag == "NN" && !quantityNouns[h.low] && !collectiveNouns[h.low] {
			return 1
		}
		if st.mentionAt(k+1) != nil && singleVictim(st, st.mentionAt(k+1)) {
			return 1
		}
	}
	return 0
}

// andOthers counts the others killed with a victim, named after "and" in
// the object of a verb of killing that ends at token k: "shot dead the
// mayor, Ana Ruiz, and at least five other people" adds five. A vague
// plural ("and several others") adds nothing, as in alongWith.
func andOthers(st *sent, k int) int {
	if k > 0 && passiveBefore(st, k-1) {
		return 0
	}
	for n := k; n+2 < len(st.low) && n <= k+16; n++ {
		w := st.low[n]
		if clauseBreaks[w] || w == "." || w == "said" || st.toks[n].tag == "VBD" || st.toks[n].tag == "VBZ" {
			return 0
		}
		if w != "and" {
			continue
		}
		c, m, ok := nlp.ParseCount(wordsFrom(st, n+1))
		if !ok || !isFigureOrWord(st.low[n+1]) && st.low[n+1] != "at" {
			return 0
		}
		e := n + 1 + m
		if e >= len(st.low) || st.low[e] != "other" && st.low[e] != "others" {
			return 0
		}
		// "X was killed and six other reporters were wounded": others
		// with a verb of their own are no object of this one.
		if v := nounEnd(st, e+1); v < len(st.low) && (auxiliaries[st.low[v]] || strings.HasPrefix(st.toks[v].tag, "VB") && st.toks[v].tag != "VBG") {
			return 0
		}
		return c.Min
	}
	return 0
}

// isFigureOrWord reports whether a count starts with a figure or a number
// word, not a vague quantity: "four others", not "several others".
func isFigureOrWord(w string) bool {
	if isFigure(w) {
		return true
	}
	_, _, ok := nlp.ParseCount([]string{w})
	switch w {
	case "several", "many", "dozens", "scores", "hundreds", "thousands", "multiple", "numerous", "some":
		return false
	}
	return ok
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
	switch {
	case i >= 2 && st.low[i-1] == "alive" && (st.low[i-2] == "burned" || st.low[i-2] == "burnt" || st.low[i-2] == "buried"):
		return "fatalities"
	case i >= 2 && st.low[i-1] == "of" && (st.low[i-2] == "bodies" || st.low[i-2] == "corpses" || st.low[i-2] == "remains"):
		return "fatalities"
	case violentDeaths[st.low[i-1]] && toDeathAfter(st, i):
		return "fatalities"
	}
	return ""
}

// toDeathAfter reports whether "to death" closes the short noun phrase
// starting at token i: "beat [a man] to death".
func toDeathAfter(st *sent, i int) bool {
	for k := i + 1; k+1 < len(st.low) && k <= i+5; k++ {
		if st.low[k] == "to" {
			return st.low[k+1] == "death"
		}
		if clauseBreaks[st.low[k]] || st.low[k] == "," {
			return false
		}
	}
	return false
}

// countAt reads a count of people at token i. It leaves out figures that
// are measures, years, dates, ages, labels or negated ("a 5-year-old",
// "Route 9", "on 5 May", "aged 30", "40 percent", "no one was hurt") and
// "one of the …", which picks one out of a toll told already. After a verb
// of killing, one victim named with "a" or "an" counts one ("killing a
// woman").
func countAt(st *sent, i int, afterKill bool) (truce.Count, int, bool) {
	t := st.toks[i]
	if nlp.IsMeasure(t.text) || isYear(t.text) {
		return truce.Count{}, 0, false
	}
	if i > 0 {
		switch prev := st.low[i-1]; {
		case prev == "no" || prev == "aged" || prev == "age" || prev == "ages":
			return truce.Count{}, 0, false
		case isFigure(t.text) && st.toks[i-1].tag == "NNP" && !weekdays[prev]:
			return truce.Count{}, 0, false // "Route 9", "Resolution 2334", "May 5"
		}
	}
	if st.low[i] == "one" && i+2 < len(st.low) && st.low[i+1] == "of" {
		switch st.low[i+2] {
		case "the", "those", "these":
			return truce.Count{}, 0, false
		}
	}
	cnt, n, ok := nlp.ParseCount(wordsFrom(st, i))
	if !ok {
		if n, ok := loneOther(st, i); ok {
			return truce.Count{Min: 1, Max: 1}, n, true
		}
		if n, ok := singleNoun(st, i); ok && (afterKill && !passiveBefore(st, i-1) || passiveToll(st, i+n)) {
			return truce.Count{Min: 1, Max: 1}, n, true
		}
		return truce.Count{}, 0, false
	}
	if e := i + n; e < len(st.low) && (notCounted[st.low[e]] || months[st.toks[e].text]) {
		return truce.Count{}, 0, false
	}
	if thingsCounted(st, i+n) {
		return truce.Count{}, 0, false
	}
	return cnt, n, true
}

// thingsCounted reports whether the noun a count begins at token k names
// things, not people: "[several northern towns], leaving …", "[two drones]
// killed five".
func thingsCounted(st *sent, k int) bool {
	for n := k; n < len(st.low) && n < k+4; n++ {
		if thingNouns[st.low[n]] {
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
	return deathWords[w] || injuryWords[w] || w == "shot" && k+2 < len(st.low) && st.low[k+2] == "dead"
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
		if auxiliaries[st.low[n]] {
			return true
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

// ordinals name one more victim after a toll: "two were killed and [a
// third] lost a leg".
var ordinals = map[string]bool{"second": true, "third": true, "fourth": true, "fifth": true, "sixth": true}

// loneOther reads one more victim standing alone as a subject at token i,
// "another" or "a third", and returns the tokens it spans: "[another] was
// wounded", "[a third] lost a leg". "a third of the town" is a share.
func loneOther(st *sent, i int) (int, bool) {
	n := 0
	switch {
	case st.low[i] == "another":
		n = 1
	case st.low[i] == "a" && i+1 < len(st.low) && ordinals[st.low[i+1]]:
		n = 2
	default:
		return 0, false
	}
	k := i + n
	if k >= len(st.toks) {
		return 0, false
	}
	tag := st.toks[k].tag
	if auxiliaries[st.low[k]] || suffered(st, k) || tag == "VBD" || tag == "VBZ" || tag == "VBN" && !strings.HasPrefix(st.toks[k-1].tag, "NN") {
		return n, true
	}
	return 0, false
}

// singleNoun reads "a"/"an" and a noun phrase naming one person at token
// i ("a woman", "a senior al-Shabaab bomb-maker", "a 17-year-old") and
// returns the tokens it spans. "a number of", "a group of" name no one.
func singleNoun(st *sent, i int) (int, bool) {
	if st.low[i] != "a" && st.low[i] != "an" && st.low[i] != "another" {
		return 0, false
	}
	head := -1
	k := i + 1
	for ; k < len(st.toks) && k < i+6; k++ {
		tag := st.toks[k].tag
		if personCompounds[st.low[k]] {
			tag = "NN" // the tagger reads "a passer-by" as an adjective
		}
		// "a [mentally] ill man", "an [elderly]": an adverb before an
		// adjective stays in the phrase
		if tag == "RB" && head < 0 && k+1 < len(st.toks) && strings.HasPrefix(st.toks[k+1].tag, "JJ") {
			continue
		}
		if !strings.HasPrefix(tag, "JJ") && !strings.HasPrefix(tag, "NN") && tag != "HYPH" && tag != "VBN" && !nlp.IsMeasure(st.toks[k].text) {
			break
		}
		// the head is the last noun: "a soldier dead" is one soldier
		if head >= 0 && strings.HasPrefix(st.toks[head].tag, "NN") && !strings.HasPrefix(tag, "NN") && !strings.HasSuffix(st.toks[k].low, "-old") {
			break
		}
		head = k
	}
	if head < 0 {
		return 0, false
	}
	// The tagger may misread a sector noun ("a soldier dead" as an
	// adjective); a known actor word is a noun.
	// But "an army officer" is an officer: a noun head after it stays.
	for n := i + 1; n < k; n++ {
		if n < head && (strings.HasPrefix(st.toks[head].tag, "NN") || personCompounds[st.low[head]]) {
			continue
		}
		if m := st.mentionAt(n); m != nil && m.kind == "sector" && !strings.HasSuffix(st.low[n], "s") {
			head = n
		}
	}
	h := st.toks[head]
	singular := h.tag == "NN" || personCompounds[h.low] || h.tag == "NNP" && !strings.HasSuffix(h.low, "s") || strings.HasSuffix(h.low, "-old") || st.mentionAt(head) != nil && st.mentionAt(head).kind == "sector" && !strings.HasSuffix(h.low, "s")
	if !singular || quantityNouns[h.low] || collectiveNouns[h.low] || timeNouns[h.low] {
		return 0, false
	}
	return head + 1 - i, true
}

// conjoined adds to a count the counts joined to it by "and" or listed
// with commas: "four soldiers and six attackers dead" is ten, "nine
// children and a woman" ten, "three soldiers, two police officers and a
// child" six, "a woman and her two sons" three. end is the token after the
// first count. After a toll verb ("killing 5 soldiers and …"), a conjunct
// that is the subject of a verb of its own ("… and 3 were wounded") is
// another toll, not part of this one.
func conjoined(st *sent, cnt truce.Count, end int, afterVerb bool) (truce.Count, int) {
	for {
		k := nounEnd(st, end)
		if k+1 >= len(st.low) || st.low[k] != "and" && st.low[k] != "," {
			return cnt, end
		}
		comma := st.low[k] == ","
		if comma && st.low[k+1] == "and" {
			k++
		}
		more, n, ok := conjunctAt(st, k+1)
		if !ok {
			return cnt, end
		}
		next := nounEnd(st, k+1+n)
		// "and an army general being flown out": a participle describes
		// the conjunct, it is no verb of its own.
		if afterVerb && next < len(st.low) && (auxiliaries[st.low[next]] && st.low[next] != "being" || strings.HasPrefix(st.toks[next].tag, "VB") && st.toks[next].tag != "VBG") {
			return cnt, end
		}
		// "killing 12 people, 5 of them children": after a comma, only a
		// list that goes on is summed.
		if comma && st.low[k] == "," && (next >= len(st.low) || st.low[next] != "," && st.low[next] != "and") {
			return cnt, end
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
	if possessives[st.low[k]] && k+1 < len(st.toks) {
		skip = 1
	}
	if c, n, ok := nlp.ParseCount(wordsFrom(st, k+skip)); ok && !nlp.IsMeasure(st.toks[k+skip].text) {
		return c, skip + n, true
	}
	if n, ok := singleNoun(st, k); ok {
		return truce.Count{Min: 1, Max: 1}, n, true
	}
	if skip == 1 && st.toks[k+1].tag == "NN" && !quantityNouns[st.low[k+1]] && !collectiveNouns[st.low[k+1]] {
		return truce.Count{Min: 1, Max: 1}, 2, true
	}
	// "and their civilian driver"
	if skip == 1 && k+2 < len(st.toks) && strings.HasPrefix(st.toks[k+1].tag, "JJ") && st.toks[k+2].tag == "NN" && !quantityNouns[st.low[k+2]] && !collectiveNouns[st.low[k+2]] {
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
		if !strings.HasPrefix(tag, "NN") && !strings.HasPrefix(tag, "JJ") && tag != "HYPH" && tag != "POS" {
			break
		}
		if deathWords[st.low[k]] || injuryWords[st.low[k]] {
			break
		}
	}
	return k
}

// tollWordAfter finds the word after a count that says it counts dead or
// wounded ("Eleven soldiers, among them a major, were killed") and returns
// the field and the word's token. The word may come after an aside, but not
// after another count, a clause break or a verb that is not a toll ("only
// one exploded, and nobody was hurt").
func tollWordAfter(st *sent, i, end int) (string, int) {
	for k := end; k < len(st.low) && k < end+16; k++ {
		w := st.low[k]
		// "About 30 gunmen killed a police officer": the count is of
		// those who killed, not of the dead.
		if activeToll(st, k) {
			return "", -1
		}
		if deathWords[w] || w == "death" && k >= 2 && st.low[k-1] == "to" && violentDeaths[st.low[k-2]] {
			return "fatalities", k
		}
		if injuryWords[w] || suffered(st, k) {
			return "injuries", k
		}
		if w == "," {
			if close := asideEnd(st, k); close > k {
				k = close
				continue
			}
			// "a passer-by, who was hit by splinters, died"
			if after := afterRelative(st, k); after > k {
				k = after - 1
				continue
			}
		}
		tag := st.toks[k].tag
		if w == "and" && k+2 < len(st.low) && tollVerbs[st.low[k+1]] != "" && objectPronouns[st.low[k+2]] {
			return tollVerbs[st.low[k+1]], k + 1 // "dragged two women from their homes and killed them"
		}
		if w == "and" && (k == end || verbPhraseAt(st, k+1)) || clauseBreaks[w] || tag == "CD" {
			break
		}
		// A verb form before a noun describes it ("affiliated fighters").
		// After a noun it is the verb of that subject ("two of its members
		// detonated explosive belts").
		if (tag == "VBD" || tag == "VBZ" || tag == "VBP") && !auxiliaries[w] &&
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
	if k+1 >= len(st.low) || passiveBefore(st, k) {
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
		if timeNouns[w] || weekdays[w] || months[st.toks[n].text] || w == "overnight" || w == "yesterday" || w == "today" {
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
// children, were killed"; "40 soldiers, among them a colonel, died"), or
// -1.
func asideEnd(st *sent, k int) int {
	if k+1 >= len(st.low) {
		return -1
	}
	switch st.low[k+1] {
	case "including", "among", "mostly", "most", "many", "all":
	default:
		return -1
	}
	for n := k + 2; n < len(st.low) && n <= k+12; n++ {
		switch st.low[n] {
		case ",":
			return n
		case ";", ".":
			return -1
		}
	}
	return -1
}

// verbPhraseAt reports whether a verb with an object of its own starts at
// token k: "and [killed 30 people]", not "and [affiliated fighters]".
func verbPhraseAt(st *sent, k int) bool {
	if k+1 >= len(st.toks) || !strings.HasPrefix(st.toks[k].tag, "VB") {
		return false
	}
	return !strings.HasPrefix(st.toks[k+1].tag, "NN")
}

// suffered reports whether token k starts a phrase of harm that makes the
// count before it a count of the wounded: "three soldiers sustained
// burns", "a fourth lost both legs", "40 people were taken to hospital",
// "200 needed treatment".
func suffered(st *sent, k int) bool {
	switch st.low[k] {
	case "suffered", "sustained", "suffering":
	case "lost", "losing":
		return lostLimb(st, k+1)
	case "taken", "rushed", "admitted", "brought", "evacuated", "airlifted", "sent":
		return toHospital(st, k+1)
	case "needed", "required", "received", "receiving", "underwent", "needing", "requiring":
		return k+1 < len(st.low) && st.low[k+1] == "treatment" ||
			k+2 < len(st.low) && (st.low[k+1] == "medical" || st.low[k+1] == "hospital") && st.low[k+2] == "treatment"
	case "treated":
		// "were treated for burns", not "were treated as suspects"
		return k+1 < len(st.low) && (st.low[k+1] == "for" || st.low[k+1] == "in" || st.low[k+1] == "at")
	default:
		return false
	}
	for n := k + 1; n < len(st.low) && n <= k+3; n++ {
		switch st.low[n] {
		case "injuries", "wounds", "burns", "fractures", "breathing", "respiratory", "suffocation", "symptoms":
			return true
		}
	}
	return false
}

// limbs are the body parts whose loss makes a victim wounded: "lost a
// leg", "lost both hands".
var limbs = map[string]bool{"leg": true, "legs": true, "arm": true, "arms": true, "hand": true, "hands": true,
	"foot": true, "feet": true, "eye": true, "eyes": true, "limb": true, "limbs": true, "sight": true, "fingers": true}

// lostLimb reports whether a body part lost follows token k: "[a] leg",
// "[both] legs", "[his] sight". "lost ground" or "lost the town" is no
// wound.
func lostLimb(st *sent, k int) bool {
	for n := k; n < len(st.low) && n <= k+2; n++ {
		if limbs[st.low[n]] {
			return true
		}
		switch st.low[n] {
		case "a", "an", "one", "both", "his", "her", "their", "two", "left", "right":
		default:
			return false
		}
	}
	return false
}

// toHospital reports whether "to hospital" follows token k: "were taken
// [to hospital]", "were rushed [to the hospital]", "admitted [to
// hospitals]".
func toHospital(st *sent, k int) bool {
	if k >= len(st.low) || st.low[k] != "to" {
		return false
	}
	for n := k + 1; n < len(st.low) && n <= k+3; n++ {
		switch st.low[n] {
		case "hospital", "hospitals", "clinic", "clinics":
			return true
		case "the", "a", "local", "nearby", "several", "various", "two", "three":
		default:
			return false
		}
	}
	return false
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
		if clauseBreaks[w] || st.toks[k].tag == "CD" || w == "," || w == "." {
			break
		}
	}
	if i >= 4 && (st.low[i-1] == "at" || st.low[i-1] == "to") && st.low[i-3] == "of" && st.low[i-4] == "number" {
		switch st.low[i-2] {
		case "dead", "deaths", "killed", "fatalities":
			return "fatalities"
		case "wounded", "injured", "injuries":
			return "injuries"
		}
	}
	v := i - 1
	if v > 0 && (st.low[v] == "to" || st.low[v] == "at") {
		v--
	}
	// "the toll rose from 3 to 20": the rise is before the old figure
	if v >= 2 && st.toks[v].tag == "CD" && st.low[v-1] == "from" {
		v -= 2
	}
	if v < 1 || !tollRises[st.low[v]] {
		return ""
	}
	for k := v - 1; k >= 0 && k >= v-30; k-- {
		switch st.low[k] {
		case "toll", "tolls":
			if k > 0 && (st.low[k-1] == "injury" || st.low[k-1] == "casualty") {
				return ""
			}
			return "fatalities"
		case ";", ".", "said", "says":
			return ""
		}
	}
	return ""
}

// tollRises are the verbs that move a toll to a new figure: "rose to 54",
// "climbed to 40", "reached 100".
var tollRises = map[string]bool{"rose": true, "risen": true, "rises": true, "rising": true, "climbed": true,
	"climbs": true, "jumped": true, "increased": true, "reached": true, "hit": true, "stood": true, "stands": true,
	"mounted": true}

// additive reports whether the count spanning tokens [i, end) adds to a toll
// told before rather than restating it: "3 attackers were also killed",
// "another 4 died", "two more", "5 others".
func additive(st *sent, i, end, k int) bool {
	if st.low[i] == "another" || st.low[i] == "further" || st.low[i] == "a" && i+1 < len(st.low) && ordinals[st.low[i+1]] || i+1 < len(st.low) && st.low[i] == "a" && st.low[i+1] == "further" {
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

// singleVictim reports whether a mention names one person: a named person,
// a singular noun ("a woman", "journalist"), or a title with or without a
// name ("Haitian President Jovenel Moïse").
func singleVictim(st *sent, m *mention) bool {
	if m.kind == "person" {
		return true
	}
	last := st.toks[m.j-1]
	singular := last.tag == "NN" || last.tag == "NNP" && !strings.HasSuffix(last.low, "s")
	if m.kind == "sector" && singular {
		return true
	}
	if m.kind != "demonym" || m.actor.Sector == "" || !singular || collectiveNouns[last.low] {
		return false
	}
	return m.j < len(st.toks) && st.toks[m.j].tag == "NNP" && st.mentionAt(m.j) == nil || m.j-m.i > 1
}

// violentAt returns the event a toll word at token k names: the word's own
// trigger, or a violent noun right after it ("were killed in an ambush").
func violentAt(cands []*candidate, k int) *candidate {
	if k < 0 {
		return nil
	}
	for _, cd := range cands {
		if cd.i < k || cd.i > k+4 {
			continue
		}
		if cd.corefOf != nil {
			return cd.head()
		}
		if !cd.folded && isViolent(cd) {
			return cd
		}
	}
	return nil
}

// relativeTo reports whether the count at token i is in a relative clause
// about the violent event before it ("a raid in which nine were killed"),
// so that a toll verb of its own does not make it another event's toll.
func relativeTo(st *sent, cands []*candidate, i int) bool {
	near := violentNear(cands, i)
	if near == nil || near.i >= i {
		return false
	}
	for k := near.j; k < i; k++ {
		switch st.low[k] {
		case "which", "where", "that", "whom":
			return true
		case "after", "before", "when", "while", "as", "since", "said", ";":
			return false
		}
	}
	return false
}

// isViolent reports whether a candidate codes a violent event that can
// carry a toll: "destroyed an armoured vehicle … two wounded" counts too.
func isViolent(cd *candidate) bool {
	return cd.ev.ID != "" && (cd.e.has(flagViolent) || cd.ev.Type == truce.Assault || cd.ev.Type == truce.Protest && cd.ev.Mode == "riot")
}

// violentNear returns the violent event whose trigger is nearest before
// token i, else the first after it.
func violentNear(cands []*candidate, i int) *candidate {
	var best *candidate
	for _, cd := range cands {
		if cd.corefOf != nil && cd.i < i {
			best = cd.head()
			continue
		}
		if cd.folded || !isViolent(cd) {
			continue
		}
		if cd.i < i {
			best = cd
		} else if best == nil {
			return cd
		}
	}
	return best
}

func wordsFrom(st *sent, i int) []string {
	end := i + 6
	if end > len(st.toks) {
		end = len(st.toks)
	}
	ws := make([]string, 0, end-i)
	for k := i; k < end; k++ {
		ws = append(ws, st.toks[k].text)
	}
	return ws
}

// isYear reports whether a token is a four-digit year from 1900 to 2099.
func isYear(s string) bool {
	return len(s) == 4 && (s[:2] == "19" || s[:2] == "20") && s[2] >= '0' && s[2] <= '9' && s[3] >= '0' && s[3] <= '9'
}

// tollClaim is one count of dead or wounded read for an event, with who
// gave it.
type tollClaim struct {
	cd    *candidate
	field string // "fatalities" or "injuries"
	count truce.Count
	by    *mention
	// more is set when the count adds to the toll rather than restating
	// it: "3 attackers were also killed".
	more bool
}

// settleClaims gives each event its tolls. One figure is the toll; figures
// that disagree ("Pakistan's military said 23 … Kabul said 58") are all kept
// as claims with their claimants, and the toll is the lowest, as ACLED
// counts. Figures that add to the toll ("3 attackers were also killed") are
// summed onto it.
func settleClaims(claims []tollClaim) {
	type key struct {
		cd    *candidate
		field string
	}
	groups := map[key][]tollClaim{}
	var order []key
	for _, cl := range claims {
		k := key{cl.cd, cl.field}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], cl)
	}
	for _, k := range order {
		var base []tollClaim
		var extra truce.Count
		for _, cl := range groups[k] {
			if cl.more {
				extra.Min += cl.count.Min
				extra.Max += cl.count.Max
			} else {
				base = append(base, cl)
			}
		}
		low, differ := lowestClaim(base)
		low.Min += extra.Min
		low.Max += extra.Max
		ev := &k.cd.ev
		if k.field == "fatalities" {
			ev.Fatalities = &low
		} else {
			ev.Injuries = &low
		}
		if !differ {
			continue
		}
		for _, cl := range base {
			c := truce.Claim{Field: cl.field, Count: cl.count}
			if cl.by != nil {
				a := cl.by.actor
				c.By = &a
			}
			ev.Claims = append(ev.Claims, c)
		}
	}
}

// lowestClaim returns the lowest of competing figures and whether they
// disagree; with none it returns zero.
func lowestClaim(g []tollClaim) (truce.Count, bool) {
	if len(g) == 0 {
		return truce.Count{}, false
	}
	low := g[0].count
	differ := false
	for _, cl := range g[1:] {
		if cl.count != g[0].count {
			differ = true
		}
		if cl.count.Min < low.Min {
			low = cl.count
		}
	}
	return low, differ
}

// claimantBefore finds who gives the count at token i: the actor before a
// reporting verb shortly before it ("Kabul said killed 58", "according to
// the ministry, 12 died").
func claimantBefore(st *sent, i int) *mention {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if st.low[k] == ";" || st.low[k] == "." {
			break
		}
		if reportVerbs[st.low[k]] || st.low[k] == "put" {
			for n := k - 1; n >= 0 && n >= k-4; n-- {
				if m := st.mentionAt(n); m != nil && !m.place {
					return m
				}
			}
		}
		if st.low[k] == "according" && k+2 < len(st.low) {
			if m := st.mentionAt(k + 2); m != nil {
				return m
			}
		}
	}
	return nil
}

// violentDeaths are the verbs before "to death" that kill ("were beaten
// to death"), unlike "sentenced to death".
var violentDeaths = map[string]bool{
	"beaten": true, "beat": true, "stoned": true, "hacked": true, "burned": true, "burnt": true,
	"stabbed": true, "clubbed": true, "crushed": true, "shot": true, "tortured": true, "starved": true,
	"choked": true, "suffocated": true, "trampled": true, "bludgeoned": true, "kicked": true, "strangled": true,
}

// tollUpdate gives the tolls of a sentence that tells no attack of its own
// to the latest attack told shortly before in the article ("Gunmen stormed
// a market in Gao. At least 12 people died."). A figure that adds to the
// toll ("two others were also hurt") is summed onto it, a revised one ("The
// death toll rose to 31 on Saturday") replaces a lower one, as ACLED
// revises its records, and a figure that disagrees with no sign of revision
// is kept as a claim of whoever gave it. A subset of the dead ("three of
// them were children", "among the dead were …") is no toll.
func (c *Coder) tollUpdate(d *doc, st *sent, cands []*candidate) {
	for _, cd := range cands {
		if !cd.folded && isViolent(cd) {
			return
		}
	}
	var victims []*mention
	for _, cd := range cands {
		if cd.e.has(flagKill) {
			victims = append(victims, cd.tgt...)
		}
	}
	revised := revision(st)
	prev := latestViolent(d, st)
	if !revised {
		prev = tollTarget(d, st, victims)
	}
	if prev == nil {
		return
	}
	for _, r := range readTolls(st) {
		if subsetOf(st, r) {
			continue
		}
		slot := &prev.ev.Fatalities
		if r.field == "injuries" {
			slot = &prev.ev.Injuries
		}
		cnt := r.count
		switch old := *slot; {
		case old == nil:
			*slot = &cnt
		case r.more:
			*slot = &truce.Count{Min: old.Min + cnt.Min, Max: old.Max + cnt.Max}
		case cnt == *old:
		case revised:
			if cnt.Min > old.Min {
				*slot = &cnt
			}
		default:
			if len(prev.ev.Claims) == 0 {
				prev.ev.Claims = append(prev.ev.Claims, truce.Claim{Field: r.field, Count: *old})
			}
			cl := truce.Claim{Field: r.field, Count: cnt}
			if by := claimantBefore(st, r.i); by != nil {
				a := by.actor
				cl.By = &a
			}
			prev.ev.Claims = append(prev.ev.Claims, cl)
		}
	}
}

// latestViolent returns the latest violent event told in the two sentences
// before st, or nil: a toll further away more likely counts another event.
func latestViolent(d *doc, st *sent) *candidate {
	for m := len(d.cands) - 1; m >= 0; m-- {
		prev := d.cands[m]
		if prev.st == st || prev.folded || !isViolent(prev) {
			continue
		}
		if prev.st.s.Index < st.s.Index-2 {
			return nil
		}
		return prev
	}
	return nil
}

// tollTarget returns the attack a toll with no attack of its own counts:
// the latest one told shortly before, or, when that one already has its
// toll, an earlier one with none whose sides or place are the victims'
// country ("settlers rampaged through a Palestinian town, hours after a
// gunman shot dead two settlers. One Palestinian was killed").
func tollTarget(d *doc, st *sent, victims []*mention) *candidate {
	prev := latestViolent(d, st)
	if prev == nil || prev.ev.Fatalities == nil || !anyVictimCountry(victims) {
		return prev
	}
	for m := len(d.cands) - 1; m >= 0; m-- {
		p := d.cands[m]
		if p.st == st || p.folded || !isViolent(p) {
			continue
		}
		if p.st.s.Index < st.s.Index-2 {
			break
		}
		if p.ev.Fatalities == nil && victimsFit(p, victims) {
			return p
		}
	}
	return prev
}

// anyVictimCountry reports whether some victim is named with a country.
func anyVictimCountry(victims []*mention) bool {
	for _, m := range victims {
		if m.actor.Country != "" {
			return true
		}
	}
	return false
}

// revision reports whether a sentence revises a toll: "the toll rose to
// 31", "the number of dead later climbed to 40", "revised the toll".
func revision(st *sent) bool {
	for _, w := range st.low {
		if tollRises[w] || w == "revised" || w == "later" || w == "now" {
			return true
		}
	}
	return false
}

// subsetOf reports whether a count picks some out of a toll told before
// rather than giving one: "three of them were children", "two children
// were among the dead", "one of the wounded".
func subsetOf(st *sent, r tollRead) bool {
	if r.end < len(st.low) && st.low[r.end] == "of" {
		return true
	}
	stop := r.k
	if stop < 0 {
		stop = r.end
	}
	for n := r.end; n <= stop+1 && n < len(st.low); n++ {
		// "At least six civilians, including a priest, were killed": an
		// aside naming some of the dead leaves the count a toll.
		if st.low[n] == "," {
			if close := asideEnd(st, n); close > n {
				n = close
				continue
			}
		}
		if st.low[n] == "among" || st.low[n] == "including" {
			return true
		}
	}
	return false
}
