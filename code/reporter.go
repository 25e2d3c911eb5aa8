package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// reporter finds who the sentence attributes the report to: "the UN
// reports that …", "…, officials said", "according to X", "a spokesman
// for X said", "…, it said". A country that speaks speaks through its
// government ("South Korea said …" is Seoul's word).
func reporter(st *sent, i int) *mention {
	return governmentVoice(st, speaker(st, i))
}

// speaker finds the mention reporter speaks through.
func speaker(st *sent, i int) *mention {
	if m := tollWitness(st, i); m != nil {
		return m
	}
	if k := governingReport(st, i); k >= 0 {
		// "met Foreign Minister Wang Yi, who said Beijing was ready to
		// …": the name the relative clause hangs from speaks.
		if m := relativeHead(st, k); m != nil {
			return m
		}
		if m := reportSpeaker(st, k); m != nil {
			return m
		}
	}
	// "…, citing reports of spying, the minister said": a noun "reports"
	// is no report verb; the speaker comes after it.
	for k := trailingReport(st, i); k >= 0; k = trailingReport(st, k) {
		if m := reportSpeaker(st, k); m != nil {
			return m
		}
		if !reportNoun(st, k) {
			break
		}
	}
	if m := relativeReport(st, i); m != nil {
		return m
	}
	// "…, the agency quoted a local official as saying."
	for k := i + 1; k < len(st.low); k++ {
		if st.low[k] == "," {
			if m := trailingQuote(st, k); m != nil {
				return m
			}
		}
	}
	if k := tollReport(st, i); k >= 0 {
		if m := reportSpeaker(st, k); m != nil {
			return m
		}
	}
	// "According to the UN, …" anywhere in the sentence.
	for k := 0; k+1 < len(st.low); k++ {
		if st.low[k] == "according" && st.low[k+1] == "to" {
			return reportSpeaker(st, k)
		}
	}
	return nil
}

// tollReport returns the report verb that opens the clause after a
// semicolon following the trigger and gives its toll, or -1: "gunmen
// stormed the village, burning homes; [the government said] at least 132
// people were killed". Who counts an attack's dead reports the attack.
func tollReport(st *sent, i int) int {
	semi := -1
	for k := i + 1; k < len(st.low); k++ {
		if st.low[k] == ";" {
			semi = k
			break
		}
	}
	if semi < 0 {
		return -1
	}
	v := -1
	for k := semi + 1; k < len(st.low) && k <= semi+8; k++ {
		if reportVerbs.has(st.low[k]) {
			v = k
			break
		}
	}
	if v < 0 {
		return -1
	}
	// The toll must be told of its victims ("20 people were killed"), not
	// by a deed of the speaker's own ("said it killed 20 rebels").
	for _, r := range readTolls(st) {
		if r.i > v && r.i <= v+6 && r.k >= 0 {
			return v
		}
	}
	return -1
}

// reportSpeaker returns who speaks through the report verb at k: the phrase
// after "according to" or after a verb that comes first ("said the army"),
// else the phrase before the verb ("Cameroonian state radio reported").
func reportSpeaker(st *sent, k int) *mention {
	if st.low[k] == "according" {
		e := phraseEnd(st, k+2)
		if m := speakerIn(st, k+2, e); m != nil {
			return m
		}
		if m := describedOrg(st, k+2, e); m != nil {
			return m
		}
		if m := describedTeller(st, k+2, e); m != nil {
			return m
		}
		// "according to Mohamed Hassan, a spokesman for the RSF": the
		// apposition after a name the coder does not know.
		if e+1 < len(st.low) && st.low[e] == "," {
			return speakerIn(st, e+1, phraseEnd(st, e+1))
		}
		return nil
	}
	if m, ok := quotedSpeaker(st, k); ok {
		return m
	}
	if k > 0 && st.low[k-1] == "," {
		// "…, said the army", not "…, said they had failed".
		if e := phraseEnd(st, k+1); st.low[k] != "told" && (e >= len(st.low) || !strings.HasPrefix(st.toks[e].tag, "VB") && st.toks[e].tag != "MD") {
			if m := speakerIn(st, k+1, e); m != nil {
				return m
			}
			if m := describedOrg(st, k+1, e); m != nil {
				return m
			}
			if m := describedTeller(st, k+1, e); m != nil {
				return m
			}
			// "…, said Roman Mrochko, head of the city's military
			// administration": the apposition after a name.
			if e+1 < len(st.low) && st.low[e] == "," {
				if m := speakerIn(st, e+1, phraseEnd(st, e+1)); m != nil {
					return m
				}
			}
		}
		// "Pakistan's defence minister, Khawaja Asif, told …": the name
		// set off by commas, else the phrase before it.
		// A long title may stand there: "Serdar Kilic, Ankara's special
		// envoy for normalising relations with Yerevan, said".
		if m := tell36RelativeTeller(st, k); m != nil {
			return m
		}
		c := k - 2
		for c > 0 && c > k-12 && st.low[c] != "," {
			c--
		}
		if c <= 0 || st.low[c] != "," {
			if m := longAside(st, k); m != nil {
				return m
			}
			return whichAside(st, k)
		}
		// "JNIM, al Qaeda's Sahel affiliate, said": the name the
		// apposition describes, though a tagger reads "affiliate" as a
		// verb.
		if m := describedName(st, c, k); m != nil {
			return m
		}
		// "Colombia's largest gang, known as the Gulf Clan, said": the
		// name the apposition gives.
		// ("called on Pakistan to stop" is no name).
		// "The Houthis, an Iran-backed armed movement, said": an
		// indefinite apposition describes the name before it, and its
		// participles are no verbs. (A person's apposition names the
		// body they speak for: "X, a spokesman for Hamas, said".)
		if st.low[c+1] == "a" || st.low[c+1] == "an" {
			if m := speakerIn(st, phraseStart(st, c), c); m != nil && m.kind != "person" {
				return m
			}
		}
		if naming := st.low[c+1] == "known" && c+2 < k && st.low[c+2] == "as"; naming || hasVerb(st, c+1, k-1) {
			if naming {
				return speakerIn(st, c+1, k-1)
			}
			// "General X, who heads Ukraine's air defence command,
			// said": the body the speaker heads.
			if c+2 < k-1 && st.low[c+1] == "who" && headVerbs.has(st.low[c+2]) {
				return speakerIn(st, c+3, k-1)
			}
			// "A spokesman for the agency, speaking in Geneva, said",
			// "a security official, who spoke on condition of
			// anonymity, said": the phrase before an aside of
			// circumstance.
			if (st.toks[c+1].tag == "VBG" || st.low[c+1] == "who" || st.low[c+1] == "which") && c > 0 {
				if m := speakerIn(st, phraseStart(st, c), c); m != nil {
					return m
				}
			}
			return nil // "…, called on Pakistan to stop, saying": no name
		}
		// "the African Union's mediator, former Nigerian President X,
		// said": the body the title serves, not the man's own country.
		before := speakerIn(st, phraseStart(st, c), c)
		if before != nil && before.actor.ID != "" && before.actor.Country == "" {
			return before
		}
		// "the national police commander, General X, said": the post
		// before the name says more than the rank in it.
		if m := speakerIn(st, c+1, k-1); m != nil && (before == nil || !rankOnly(st, m)) {
			return m
		}
		return before
	}
	if k > 0 {
		switch st.low[k-1] {
		case "was", "were", "been", "is", "are", "be", "being":
			return nil // "officers were accused of …": not a speaker
		case "it", "they":
			// "…, it said": the subject the sentence opened with.
			if f := st.firstActor(); f != nil && f.i < k-1 && k > 1 && st.low[k-2] == "," {
				return f
			}
			return openingPronoun(st, k-1)
		}
	}
	s := phraseStart(st, k)
	if m := speakerIn(st, s, k); m != nil {
		return tell36ToldBody(st, k, m)
	}
	if m := describedTeller(st, s, k); m != nil {
		return m
	}
	if m := tell36RelativeTeller(st, k); m != nil {
		return m
	}
	// "Israel halted the trucks, then said …", "…, while saying it had
	// hit …": a verb sharing the sentence's subject.
	if bareVerbPhrase(st, s, k) {
		if f := st.firstActor(); f != nil && f.j <= s {
			return f
		}
	}
	if st.low[k] != "told" {
		return nil
	}
	// "Survivors told UN investigators that …": the body that took the
	// report, when the teller is no one the coder knows.
	for n := k + 1; n < len(st.low) && n <= k+2; n++ {
		if m := st.mentionAt(n); m != nil && !m.place && m.actor.ID != "" {
			return m
		}
	}
	return nil
}

// hasVerb reports whether tokens [s, e) hold a verb phrase: a verb first
// ("called on Pakistan to stop"), or a finite or bare verb anywhere. A
// title ("special envoy for normalising ties") has none.
func hasVerb(st *sent, s, e int) bool {
	if s < e && s < len(st.toks) && strings.HasPrefix(st.toks[s].tag, "VB") {
		return true
	}
	for k := s; k < e && k < len(st.toks); k++ {
		if tag := st.toks[k].tag; tag == "VB" || tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD" {
			return true
		}
	}
	return false
}

// phraseStart returns where the subject phrase ending before token k
// begins: after a comma, "that", a clause break or ten words back.
func phraseStart(st *sent, k int) int {
	s := k
	for s > 0 && s > k-10 && st.low[s-1] != "," && st.low[s-1] != "that" && !frameBreaks.has(st.low[s-1]) &&
		st.clause[s-1] == st.clause[k] {
		s--
	}
	return s
}

// ownerPronoun open a speaker phrase that speaks for the actor the
// sentence is about: "its commander", "his office said".
var ownerPronoun = filtered(map[string]bool{"its": true, "their": true, "his": true, "her": true})

// stateOwned reports whether "state" qualifies the speaker in [s, g):
// "the state news agency", "state media".
func stateOwned(st *sent, s, g int) bool {
	for k := s; k <= g && k < len(st.low); k++ {
		if st.low[k] == "state" || st.low[k] == "state-run" || st.low[k] == "state-owned" {
			return true
		}
	}
	return false
}

// orgHeads are nouns a sentence uses to name again an organisation it
// named before: "UN peacekeepers handed over the base, the mission said".
var orgHeads = filtered(map[string]bool{
	"agency": true, "organisation": true, "organization": true, "mission": true, "body": true,
	"watchdog": true, "charity": true, "group": true, "bloc": true, "alliance": true,
})

// orgBefore returns the organisation a speaker phrase "the agency", "the
// organisation" in [s, e) points back to: the nearest earlier actor of no
// country, or for "the group" an armed group, or nil.
func orgBefore(st *sent, s, e int) *mention {
	if e-s != 2 || st.low[s] != "the" || !orgHeads.has(st.low[s+1]) {
		return nil
	}
	var found *mention
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.j > s || m.place || m.actor.ID == "" || m.kind == "pronoun" || m.kind == "anaphor" {
			continue
		}
		// "the organisation said" after the ICRC and the RSF: an armed
		// group is only ever "the group", as is a movement of a country's
		// own people ("a sit-in by the Baloch Yakjehti Committee …, the
		// group said").
		if m.actor.Country == "" && !armed(m.actor) || (armed(m.actor) || civicSectors.has(m.actor.Sector)) && st.low[s+1] == "group" {
			found = m
		}
	}
	return found
}

// civicSectors are the sectors of the named movements and bodies "the
// group" may name again.
var civicSectors = filtered(map[string]bool{"PRO": true, "NGO": true, "OPP": true, "LAB": true})

// namedBefore returns the named actor a definite speaker noun points back
// to, or nil: "the court" after "the International Court of Justice".
func namedBefore(st *sent, g *mention) *mention {
	if g.j-g.i != 1 || g.i == 0 || st.low[g.i-1] != "the" {
		return nil
	}
	head := st.low[g.i]
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.j > g.i || m.place || m.actor.ID == "" || m.j-m.i < 2 {
			continue
		}
		// "the army" after "the New People's Army": a state's forces,
		// not the rebels whose name holds the word.
		if armed(m.actor) && stateSectors.has(g.actor.Sector) {
			continue
		}
		for k := m.i; k < m.j; k++ {
			if st.low[k] == head {
				return m
			}
		}
	}
	return nil
}

// bareVerbPhrase reports whether the words [s, k) before a report verb
// are only adverbs and conjunctions ("then", "and later", "while"): the
// verb has no subject of its own.
func bareVerbPhrase(st *sent, s, k int) bool {
	if s > 0 && st.low[s-1] != "," && !frameBreaks.has(st.low[s-1]) && st.clause[s-1] == st.clause[k] {
		return false
	}
	for n := s; n < k; n++ {
		if tag := st.toks[n].tag; !strings.HasPrefix(tag, "RB") && tag != "CC" && !frameBreaks.has(st.low[n]) && st.low[n] != "while" {
			return false
		}
	}
	return true
}

// phraseEnd returns where the noun phrase starting at s ends: at a comma, a
// clause break or a verb.
func phraseEnd(st *sent, s int) int {
	e := s
	for e < len(st.low) && e < s+8 && st.low[e] != "," && st.low[e] != "." && (e == s || st.clause[e] == st.clause[s]) &&
		!strings.HasPrefix(st.toks[e].tag, "VB") {
		e++
	}
	return e
}

// speakerIn picks the speaker among tokens [s, e): a named actor, an
// anaphor ("the group's media office"), else a generic speaker given the
// country the phrase names or, for a state's own voice, the state the
// sentence opened with.
func speakerIn(st *sent, s, e int) *mention {
	// "both governments said", "officials from both sides": either side
	// speaks; the one the sentence opens with stands for them.
	for k := s; k < e; k++ {
		if st.low[k] == "both" || st.low[k] == "sides" || st.low[k] == "two" && k+1 < e && pluralStates.has(st.low[k+1]) {
			if f := st.firstActor(); f != nil && f.j <= s && isState(f.actor) {
				if st.low[e-1] == "governments" {
					return stateGovernment(f) // "the two governments said"
				}
				return f
			}
			return nil
		}
	}
	// "residents and a local official said": the first teller speaks.
	if a := pairSplit(st, s, e); a >= 0 {
		if m := speakerIn(st, s, a); m != nil {
			return m
		}
	}
	// "the junta's spokesman said": the rulers named before.
	if m := ownerBody(st, s, e); m != nil {
		return m
	}
	// "the bloc's secretariat said": the bloc named before.
	if m := orgOwner(st, s, e); m != nil {
		return m
	}
	// "the world body said": the UN, by its wire epithet.
	if m := epithetIn(st, s, e); m != nil {
		return m
	}
	// "the organisation said": the organisation named before, which an
	// anaphor may have taken for the last armed group.
	if m := orgBefore(st, s, e); m != nil {
		return m
	}
	// "the state news agency SANA": the agency by its name.
	if m := agencyIn(st, s, e); m != nil {
		return m
	}
	var named, generic *mention
	cc := ""
	for _, p := range st.places {
		if p.i >= s && p.j <= e && cc == "" {
			cc = p.place.Country // "Gaza's health ministry"
		}
	}
	if cc == "" {
		cc = placeOwner(st, s, e)
	}
	if m := employerOf(st, s, e); m != nil {
		return m
	}
	if m := aidesOf(st, s, e); m != nil {
		return m // "his aides said": the side of the man named before
	}
	// The head comes last: "state media", "a spokesman for the army".
	for k := s; k < e && k < len(st.low); k++ {
		if k+1 < e {
			if sector, ok := speakerPairs[st.low[k]+" "+st.low[k+1]]; ok {
				text := st.toks[k].text + " " + st.toks[k+1].text
				generic = &mention{i: k, j: k + 2, kind: "sector", actor: truce.Actor{Text: text, Name: text, Sector: sector}}
				k++
				continue
			}
		}
		m := st.mentionAt(k)
		if m == nil {
			// "the military's media wing", "the bloc's secretariat": the
			// owner speaks.
			owned := generic != nil && st.isPossessive(generic.j) || named != nil && st.isPossessive(named.j)
			if sector, ok := speakerNouns[st.low[k]]; ok && !owned {
				generic = &mention{i: k, j: k + 1, kind: "sector",
					actor: truce.Actor{Text: st.toks[k].text, Name: st.toks[k].text, Sector: sector}}
			} else if generic == nil {
				generic, k = rankSpeaker(st, k, e) // "…, Colonel X said"
			}
			continue
		}
		k = m.j - 1
		if m.actor.Country != "" && (cc == "" || m.kind == "demonym" || m.kind == "country") {
			cc = m.actor.Country
		}
		switch {
		case m.place:
		case m.kind == "anaphor" || m.actor.ID != "" && (m.actor.Sector != "" || m.kind != "demonym" && m.kind != "country"):
			// "the US-backed Syrian Democratic Forces": the group, not
			// the country named in its epithet.
			if named == nil || bareCountry(named) {
				named = m
			}
		case m.actor.ID == "" && m.actor.Sector != "":
			// "Army officials": the institution, not its people; "police
			// commander Colonel X": the post, not the rank.
			if generic == nil || !personNouns.has(st.low[m.j-1]) && !rankAfterPost(st, generic, m) {
				generic = m
			}
		case m.actor.ID != "" && named == nil && generic == nil:
			named = m // a bare country: "Azerbaijan said"
		}
	}
	if named != nil && generic != nil && placedPeople(st, generic, named) {
		named = nil // "residents of the capital Conakry said": the residents
	}
	if named != nil && (generic == nil || named.actor.Sector != "" || named.kind == "anaphor") {
		return named
	}
	if named == nil {
		if m := orgBefore(st, s, e); m != nil {
			return m
		}
	}
	if generic == nil {
		return named
	}
	if m := namedBefore(st, generic); m != nil {
		return m // "the court said": the court the sentence named
	}
	if m := bodySpokesman(st, s, e); m != nil {
		return m // "UNICEF delivered …, a spokesman said": the agency
	}
	if cc == "" && generic.actor.Country == "" && unnamedVoices.has(st.low[generic.j-1]) {
		return nil
	}
	g := *generic
	// "its new commander-in-chief": the state the sentence is about; but
	// "the territory's health ministry" speaks for the place.
	owned := false
	for k := s; k < g.i; k++ {
		owned = owned || st.isPossessive(k)
	}
	if cc == "" && (ownerPronoun.has(st.low[s]) || ownSideNouns.has(st.low[g.j-1]) && !owned && !placeVoice(st, s, e) || namedBody(st, &g)) {
		if f := st.firstActor(); f != nil && isState(f.actor) {
			cc = f.actor.Country
		}
	}
	// "Troops killed six Boko Haram fighters, the army's 7th Division
	// said": the army of the insurgents' own country.
	if cc == "" && ownSideNouns.has(st.low[g.j-1]) && !owned && (g.actor.Sector == "MIL" || g.actor.Sector == "COP") {
		cc = insurgentsHome(st)
	}
	// "Kenya expelled …, a government source said": the state the
	// sentence opens with, not one named on the way.
	if cc == "" && !owned {
		cc = subjectStateVoice(st, s, e, &g)
	}
	// "Saudi Arabia expelled …, the state news agency said": the state
	// media of the country the sentence opens with.
	if cc == "" && g.actor.Sector == "MED" && stateOwned(st, s, g.i) {
		if f := st.firstActor(); f != nil && f.actor.Country != "" {
			cc = f.actor.Country
		}
	}
	if cc != "" {
		g.actor.Country = cc
		g.actor.ID = cc + g.actor.Sector
	}
	return &g
}

// bareCountry reports whether m names only a country, with no institution.
func bareCountry(m *mention) bool {
	return (m.kind == "country" || m.kind == "demonym") && m.actor.Sector == ""
}

// stateSectors are the sectors of a state's own institutions.
var stateSectors = filtered(map[string]bool{"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true})

// employerNouns name who a person works for: "his employer said".
var employerNouns = filtered(map[string]bool{"employer": true, "employers": true})

// employerOf returns, for a speaker phrase "his employer" or "her
// employers" in [s, e), the kind of body the person told of before works
// for: a journalist's employer is a news outlet, an aid worker's an aid
// agency ("gunmen seized a reporter in Kano, her employer said").
func employerOf(st *sent, s, e int) *mention {
	if e-s != 2 || !ownerPronoun.has(st.low[s]) || !employerNouns.has(st.low[s+1]) {
		return nil
	}
	var worker *mention
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.j <= s && !m.place && m.kind == "sector" && m.actor.Sector != "" {
			worker = m
		}
	}
	if worker == nil {
		return nil
	}
	a := worker.actor
	a.Text, a.Name = st.toks[s].text+" "+st.toks[s+1].text, st.toks[s+1].text
	return &mention{i: s, j: e, kind: "sector", actor: a}
}
