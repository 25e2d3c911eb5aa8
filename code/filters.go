package code

import (
	"github.com/truce-project/truce"
	"strings"
	"time"

	"github.com/truce-project/truce/when"
)

// prescriptiveSentence reports whether a sentence gives advice or opinion
// ("Pakistan must confront its legacy", "a sustainable path requires …")
// rather than reporting an act: it has a prescriptive word and no verb in
// the past tense.
func prescriptiveSentence(st *sent) bool {
	found := false
	for k, l := range st.low {
		if prescriptive[l] {
			found = true
		}
		if st.toks[k].tag == "VBD" {
			return false
		}
	}
	return found
}

// prescriptive words mark opinion and advice, which code no event.
var prescriptive = map[string]bool{
	"must": true, "should": true, "requires": true, "require": true, "ought": true,
}

// officialActor reports whether some mention is a state body (government,
// forces, courts, parliament), an intergovernmental body or an armed group:
// a country's bare name may be its national team.
func officialActor(ms []*mention) bool {
	for _, m := range ms {
		switch m.actor.Sector {
		case "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO":
			return true
		}
		if isArmedGroup(m.actor) {
			return true
		}
	}
	return false
}

// businessOnly reports whether there are mentions and every one is a
// business.
func businessOnly(ms []*mention) bool {
	for _, m := range ms {
		if m.actor.Sector != "BUS" {
			return false
		}
	}
	return len(ms) > 0
}

// commerceTypes are the kinds of event companies make among themselves in
// the business pages (deals, talks, suits); a traders' strike (PROTEST) or
// a firm's donation (AID) stays.
var commerceTypes = map[string]bool{
	truce.Agree: true, truce.Consult: true, truce.Support: true, truce.Cooperate: true,
	truce.Accuse: true, truce.Reject: true, truce.Request: true, truce.Concede: true,
}

// politicalActor reports whether some mention is an armed or protesting
// actor, whose violence is not a metaphor whatever the sentence is about.
func politicalActor(ms []*mention) bool {
	for _, m := range ms {
		if armedSector[m.actor.Sector] || m.actor.Sector == "PRO" || isArmedGroup(m.actor) {
			return true
		}
	}
	return false
}

// domainOf returns the domain a sentence's words put it in (sport, the
// economy, disasters, accidents, drills, fiction), where words of violence
// are metaphors or accidents, or "". Drills and fiction come first: their
// violence is pretend whoever acts.
func (c *Coder) domainOf(st *sent) string {
	found := ""
	for k, w := range st.low {
		d := c.lex.domains[w]
		if d == "" && k+1 < len(st.low) {
			d = c.lex.domains[w+" "+st.low[k+1]]
		}
		if d == "exercise" || d == "fiction" {
			return d
		}
		if found == "" {
			found = d
		}
	}
	return found
}

// dropReported removes triggers inside what a statement is about: in
// "denied that it had carried out strikes" the event is the denial. A named
// attack inside an accusation stays, to be coded as alleged.
func dropReported(cands []*candidate, st *sent) []*candidate {
	out := make([]*candidate, 0, len(cands))
	var frame *candidate
	for _, cd := range cands {
		// "agreed to restore relations and reopen embassies": what is
		// agreed is the agreement's content; an agreement noun after it
		// ("agreed to a ceasefire") is the agreement itself.
		if frame != nil && frame.e.cameo == "057" && frame.e.pos == 'V' && isAgreementNoun(cd.e) {
			out = append(out, cd)
			continue
		}
		// "agreed to a truce at talks in Doha", "after two days of
		// talks": the meeting the agreement came out of is no part of
		// what was agreed.
		if frame != nil && frame.e.cameo == "057" && frame.e.pos == 'V' && cd.e.pos == 'N' && strings.HasPrefix(cd.e.cameo, "04") {
			if setting, own := meetingSetting(st, cd.i); setting && own {
				out = append(out, cd)
				continue
			}
		}
		// "threatened to delay the release, accusing Israel of …",
		// "…, warning that it would act": an accusation or a warning told
		// as a participle set off by a comma is the subject's own next
		// act, not part of what the first one says.
		if frame != nil && (strings.HasPrefix(cd.e.cameo, "112") || strings.HasPrefix(cd.e.cameo, "13")) && cd.i > 0 && st.low[cd.i-1] == "," && st.toks[cd.i].tag == "VBG" {
			frame = cd
			out = append(out, cd)
			continue
		}
		if frame != nil && st.clause[cd.i] == st.clause[frame.i] && !newPredicate(st, frame.j, cd.i) &&
			(complementBetween(st, frame.j, cd.i) || strings.HasPrefix(frame.e.cameo, "10") ||
				strings.HasPrefix(frame.e.cameo, "12") && isAgreementNoun(cd.e)) {
			// An attack someone is accused of is still coded, as alleged
			// and by the accused: "accused the army of using chemical
			// weapons near Kabani".
			// So is one told as a gerund: "accused China's coast guard
			// of beating ten fishermen".
			if strings.HasPrefix(frame.e.cameo, "11") && cd.e.has(flagViolent) && (cd.e.pos == 'N' || st.toks[cd.i].tag == "VBG") {
				cd.accusedBy = frame
				out = append(out, cd)
			}
			continue
		}
		if isFrame(cd.e) {
			frame = cd
		}
		out = append(out, cd)
	}
	return out
}

// newPredicate reports whether an "and" between tokens from and to starts a
// new finite verb phrase, with or without a subject of its own: in
// "accused Minsk of herding migrants, and said it had deployed troops" or
// "ordered the rebels to withdraw, and the army lifted the curfew" what
// follows the "and" is no longer what the accusation or order is about,
// while in "demanded that they withdraw and free the hostages" it still is.
func newPredicate(st *sent, from, to int) bool {
	for k := from; k < to; k++ {
		if st.low[k] != "and" {
			continue
		}
		for n := k + 1; n <= to && n < len(st.toks); n++ {
			t := st.toks[n].tag
			if t == "VBD" || t == "VBZ" {
				return true
			}
			// a subject of its own: names, nouns and their modifiers.
			if !(strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "DT" || t == "PRP" || t == "POS" || t == "CD" || t == "PRP$") {
				break
			}
		}
	}
	return false
}

// isFrame reports whether a trigger reports on other events rather than
// being one with them: accusations, denials, demands, threats, stated
// intentions, apologies. What follows it in its clause is its content:
// "demanded an immediate ceasefire", "offered to host a meeting".
func isFrame(e *entry) bool {
	c := e.cameo
	return strings.HasPrefix(c, "10") || strings.HasPrefix(c, "11") || strings.HasPrefix(c, "12") ||
		strings.HasPrefix(c, "13") || strings.HasPrefix(c, "03") || c == "055" || c == "051" ||
		c == "057" && e.pos == 'V'
}

// complementBetween reports whether "of" or "that" introduces a complement
// between tokens i and j.
func complementBetween(st *sent, i, j int) bool {
	for k := i; k < j; k++ {
		if st.low[k] == "of" || st.low[k] == "that" || st.low[k] == "for" || st.low[k] == "to" {
			return true
		}
	}
	return false
}

// dropMediation removes mediation verbs from a sentence that names the
// agreement they brokered: the mediators belong to that agreement.
func dropMediation(cands []*candidate) []*candidate {
	agreement := false
	for _, cd := range cands {
		agreement = agreement || isAgreementNoun(cd.e)
	}
	if !agreement {
		return cands
	}
	out := make([]*candidate, 0, len(cands))
	for _, cd := range cands {
		if cd.e.cameo != "045" {
			out = append(out, cd)
		}
	}
	return out
}

// foldTarget returns the earlier violent trigger a toll verb reports on: for
// a participle ("…, killing 25") the last violent trigger of the sentence;
// for a finite verb a violent noun with no other actor between them.
func foldTarget(st *sent, earlier []*candidate, cd *candidate) *candidate {
	for n := len(earlier) - 1; n >= 0; n-- {
		prev := earlier[n]
		if prev.folded && prev.corefOf == nil || !prev.e.has(flagViolent) {
			continue
		}
		if st.toks[cd.i].tag == "VBG" {
			return prev.head()
		}
		if prev.e.pos != 'N' {
			return nil
		}
		// An actor right before the verb is its own subject ("the
		// strikes, Kabul said, killed …" aside): "… on TTP hideouts in
		// Khost killed" has only the attack's target and place between.
		for k := prev.j; k < cd.i; k++ {
			if clauseBreaks[st.low[k]] {
				return nil
			}
		}
		// "A drone strike by the Turkish army killed …": the attack's own
		// agent is no subject of the verb.
		if m := st.mentionAt(cd.i - 1); m != nil && !m.place && m.kind != "sector" && !afterPrep(st, m) && !afterBy(st, m) {
			return nil
		}
		// "Protesters angry at the killings attacked the embassy": the
		// attack noun is a preposition's object, and the verb has its own
		// subject before it.
		if nounAfterPrep(st, prev.i) && subjectBefore(st, prev.i) {
			return nil
		}
		return prev.head()
	}
	return nil
}

// corefer folds a violent noun that names again an attack told earlier in
// its sentence: "X attacked border posts …, in fighting that killed 23"
// is one event. It reports whether it did.
func corefer(st *sent, earlier []*candidate, cd *candidate) bool {
	if cd.e.pos != 'N' || !cd.e.has(flagViolent) || cd.i == 0 {
		return false
	}
	instrument := false
	switch w := st.low[cd.i-1]; {
	// "in the most prominent assassination since 2021", "the deadliest
	// attack this year": a summing up of the act told before.
	case summing(st, cd.i):
	case w == "in" || w == "during":
	// ", an attack that killed …": an apposition names the act again.
	case (w == "a" || w == "an") && cd.i >= 2 && st.low[cd.i-2] == ",":
	// "after days of fighting with …", "a night of clashes": the fighting
	// that led to the act the sentence tells.
	case w == "of" && cd.i >= 2 && durationWords[st.low[cd.i-2]]:
	// "attacked a checkpoint with grenades": what it was done with.
	case w == "with" || w == "using" || cd.i >= 2 && (st.low[cd.i-2] == "with" || st.low[cd.i-2] == "using") && st.toks[cd.i-1].tag == "CD":
		instrument = true
	default:
		return false
	}
	for n := len(earlier) - 1; n >= 0; n-- {
		if prev := earlier[n]; !prev.folded && prev.e.has(flagViolent) {
			if instrument && st.clause[prev.i] != st.clause[cd.i] {
				return false
			}
			if instrument && (prev.e.mode == "-" || prev.e.mode == "") && cd.e.mode != "-" && cd.e.mode != "" {
				e := *prev.e
				e.cameo, e.mode, e.acledType, e.acledSub = cd.e.cameo, cd.e.mode, cd.e.acledType, cd.e.acledSub
				prev.e = &e
			}
			cd.corefOf = prev
			cd.folded = true
			return true
		}
	}
	return false
}

// renamedAttack returns the attack built earlier in the sentence that a
// violent noun after "in an" names again: "a bomb struck a patrol, in an
// attack later claimed by …". It is looked for among built events, so an
// earlier trigger dropped for want of actors leaves the noun its event.
func renamedAttack(st *sent, built []*candidate, cd *candidate) *candidate {
	if cd.e.pos != 'N' || !cd.e.has(flagViolent) || !inAnAct(st, cd.i) {
		return nil
	}
	for n := len(built) - 1; n >= 0; n-- {
		if built[n].e.has(flagViolent) {
			return built[n]
		}
	}
	return nil
}

// inAnAct reports whether the violent noun at i follows "in a", "in an"
// or "a string of" past modifiers: ", in an attack that bore the
// hallmarks of …", "the latest in a string of attacks".
func inAnAct(st *sent, i int) bool {
	k := i - 1
	for k >= 0 && k >= i-3 && (isModifier(st.toks[k]) || st.low[k] == "such") && st.mentionAt(k) == nil {
		k--
	}
	if k >= 2 && st.low[k] == "of" && seriesWords[st.low[k-1]] {
		return true
	}
	if k >= 1 && (st.low[k] == "a" || st.low[k] == "an") {
		k--
	}
	return k >= 0 && k < i-1 && (st.low[k] == "in" || st.low[k] == "during")
}

// seriesWords name a run of acts: "a string of attacks".
var seriesWords = map[string]bool{"string": true, "series": true, "spate": true, "wave": true, "spree": true}

// durationWords measure how long fighting went on before an act.
var durationWords = map[string]bool{
	"days": true, "weeks": true, "months": true, "hours": true, "night": true, "day": true,
	"week": true, "years": true, "nights": true,
}

// definite reports whether the noun trigger at i has a definite
// determiner ("the strikes", "this truce").
func definite(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch st.low[k] {
		case "the", "this", "these", "those", "that", "its", "their":
			return true
		}
		if !isModifier(st.toks[k]) {
			return false
		}
	}
	return false
}

// historical reports whether the trigger's clause sets it in the past
// before the article's time: "since the Taliban took over Kabul in 2021",
// "the war began … in 2023", "since the summer".
func historical(st *sent, cd *candidate, published time.Time) bool {
	if published.IsZero() {
		return false
	}
	for _, x := range st.dates {
		k := st.tokenAtByte(x.Start)
		if k < 0 || st.clause[k] != st.clause[cd.i] && !(k > 0 && st.low[k-1] == "since") && !datedRelative(st, k, cd.i) {
			continue
		}
		if d := k - cd.j; d > 8 || cd.i-k > 10 {
			continue // "extradited … a man accused of taking part in the 1994 genocide"
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
		}
		// "the 1960 pact": a year naming a thing, not a time.
		// (But "the 1994 genocide" dates the genocide itself.)
		if x.Precision == when.Year && k > 0 && st.low[k-1] == "the" && end >= 0 && end+1 < len(st.toks) && strings.HasPrefix(st.toks[end+1].tag, "NN") &&
			(cd.i > end+2 && !relativeBetween(st, end+1, cd.i) || cd.j <= k) && cd.i != end+1 {
			continue
		}
		// "Hernández, who left the presidency three months ago, was
		// extradited": a date inside a relative clause closed by a comma.
		if k < cd.i && inRelative(st, k, cd.i) {
			continue
		}
		// "islands held by Iran since 1971, and urged Tehran …": a date
		// before "and" dates the other predicate.
		if k < cd.i && andBetween(st, k, cd.i) {
			continue
		}
		// "would reopen the crossing for three months": how long a plan
		// lasts, not when it happened.
		if strings.HasPrefix(strings.ToLower(x.Text), "for ") && futureBefore(st, cd.i) {
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
		if st.low[k] == "since" && st.clause[k] == st.clause[cd.i] && k < cd.i && !andBetween(st, k+1, cd.i) && !inRelative(st, k, cd.i) {
			return true
		}
	}
	// "the answer has long been pressure": a habit, not an act.
	for k := 1; k+1 < len(st.low); k++ {
		if (st.low[k-1] == "has" || st.low[k-1] == "have") && st.low[k] == "long" && k < cd.i {
			return true
		}
	}
	return false
}

// adjectival reports whether a participle modifies a noun ("freed
// prisoners", "the detained men") rather than telling of an act.
func adjectival(st *sent, i int) bool {
	t := st.toks[i].tag
	if t != "VBN" && t != "VBD" && t != "JJ" || i+1 >= len(st.toks) || !strings.HasPrefix(st.toks[i+1].tag, "NN") {
		return false
	}
	if i == 0 {
		return true
	}
	// "Myanmar's military detained …": right after an actor it is a verb,
	// however the tagger read the actor's last word.
	if st.mentionAt(i-1) != nil {
		return false
	}
	// "carrying freed prisoners", "the detained men", "its armed wing": only
	// after a determiner, preposition, possessive, participle or adjective is
	// a participle an adjective; after a noun it is a verb ("Rebels accused
	// government forces of …").
	switch p := st.toks[i-1]; p.tag {
	case "DT", "IN", "VBG", "PRP$", "JJ", "CD", "POS":
		return true
	}
	return false
}

// reducedRelative reports whether a participle after a noun describes it
// ("proxies backed by India", "women accused of witchcraft") rather than
// telling of a new act.
func reducedRelative(st *sent, i int) bool {
	return st.toks[i].tag == "VBN" && i > 0 && strings.HasPrefix(st.toks[i-1].tag, "NN") &&
		i+1 < len(st.low) && (st.low[i+1] == "by" || st.low[i+1] == "of" || st.low[i+1] == "in")
}

// afterPrep reports whether a mention is the object of a preposition.
func afterPrep(st *sent, m *mention) bool {
	for k := m.i - 1; k >= 0 && k >= m.i-4; k-- {
		if targetPreps[st.low[k]] || placePreps[st.low[k]] {
			return true
		}
		if !isModifier(st.toks[k]) && st.low[k] != "the" {
			return false
		}
	}
	return false
}

// responsibilityFor reports whether a trigger is what a claim of
// responsibility is for: "claimed responsibility for the attack".
func responsibilityFor(st *sent, cd *candidate) bool {
	k := cd.i - 1
	for k >= 0 && (st.low[k] == "the" || st.low[k] == "this" || st.low[k] == "that" || isModifier(st.toks[k]) && st.mentionAt(k) == nil) {
		k--
	}
	return k >= 1 && st.low[k] == "for" && st.low[k-1] == "responsibility"
}

// afterBy reports whether a mention is a "by" agent: "by the Turkish army".
func afterBy(st *sent, m *mention) bool {
	k := m.i - 1
	if k >= 0 && st.low[k] == "the" {
		k--
	}
	return k >= 0 && st.low[k] == "by"
}

// summing reports whether a superlative or "latest" qualifies the violent
// noun at i: it sums up an act rather than telling a new one.
func summing(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch st.low[k] {
		case "most", "deadliest", "worst", "largest", "biggest", "heaviest", "latest", "bloodiest":
			return true
		}
	}
	return false
}

// futureBefore reports whether a modal of the future governs the trigger
// at i: "would reopen", "will send", "is to hand over".
func futureBefore(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch st.low[k] {
		case "will", "would", "shall", "'ll", "to":
			return true
		}
	}
	return false
}

// andBetween reports whether ", and" lies in [from, to): a new predicate
// begins there.
func andBetween(st *sent, from, to int) bool {
	for k := from + 1; k < to && k < len(st.low); k++ {
		if st.low[k] == "and" && st.low[k-1] == "," {
			return true
		}
	}
	return false
}

// inRelative reports whether token k lies in a relative clause ("who …",
// "which …") that a comma closes before token i.
func inRelative(st *sent, k, i int) bool {
	rel := false
	for n := k - 1; n >= 0 && n >= k-12; n-- {
		if st.low[n] == "who" || st.low[n] == "which" {
			rel = true
			break
		}
		if st.low[n] == "," && n < k-1 {
			break
		}
	}
	if !rel {
		return false
	}
	for n := k + 1; n < i; n++ {
		if st.low[n] == "," {
			return true
		}
	}
	return false
}

// relativeBetween reports whether a relative word lies in [from, to): the
// trigger tells about the noun before it ("the 1994 genocide, in which
// militias killed …").
func relativeBetween(st *sent, from, to int) bool {
	for k := from; k < to && k < len(st.low); k++ {
		switch st.low[k] {
		case "which", "when", "where", "whom":
			return true
		}
	}
	return false
}

// datedRelative reports whether the trigger at i lies in a relative clause
// that tells about a dated noun just before it: "the 1994 genocide, in
// which militias killed …".
func datedRelative(st *sent, k, i int) bool {
	if st.clause[i] != st.clause[k]+1 {
		return false
	}
	for n := k + 1; n < i && n <= k+5; n++ {
		switch st.low[n] {
		case "which", "when", "where":
			return true
		}
	}
	return false
}

// reciprocal reports whether the trigger is done by each of two sides to
// the other: "each side accused the other of firing first", "both blamed
// each other".
func reciprocal(st *sent, cd *candidate) bool {
	each := false
	for k := cd.i - 1; k >= 0 && k >= cd.i-3; k-- {
		if st.low[k] == "each" || st.low[k] == "both" {
			each = true
		}
	}
	if !each {
		return false
	}
	for k := cd.j; k+1 < len(st.low) && k < cd.j+3; k++ {
		if (st.low[k] == "the" || st.low[k] == "each" || st.low[k] == "one") && (st.low[k+1] == "other" || st.low[k+1] == "another") {
			return true
		}
	}
	return false
}

// pairBefore returns the first two actors of different countries named
// before k, or fewer: "Fighting between Thailand and Cambodia spread, and
// each side blamed the other".
func (st *sent) pairBefore(k int) []truce.Actor {
	var out []truce.Actor
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.j > k || m.place || m.actor.ID == "" || m.actor.Country == "" {
			continue
		}
		if len(out) == 1 && out[0].Country == m.actor.Country {
			continue
		}
		out = append(out, m.actor)
		if len(out) == 2 {
			break
		}
	}
	return out
}

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

// actNouns name an act told before: "welcomed the move", "condemned the
// decision".
var actNouns = map[string]bool{
	"move": true, "decision": true, "step": true, "announcement": true, "deal": true,
	"agreement": true, "ruling": true, "vote": true, "plan": true, "offer": true,
	"proposal": true, "gesture": true, "release": true, "withdrawal": true,
	"statement": true, "remarks": true, "comments": true, "measure": true,
	"measures": true, "order": true, "verdict": true, "appointment": true,
	// "condemned the killings", "called the attack abhorrent": the
	// violence told before, whose doer the condemnation is aimed at.
	"attack": true, "attacks": true, "killing": true, "killings": true,
	"assassination": true, "massacre": true, "bombing": true, "bombings": true,
	"strike": true, "strikes": true, "shelling": true, "violence": true,
	"raid": true, "incident": true, "shooting": true, "murder": true,
	"crackdown": true, "arrest": true, "arrests": true, "detention": true,
	"abduction": true, "kidnapping": true, "execution": true, "executions": true,
	// "condemned the coup", "denounced the encounter", "criticised the
	// visit": an act of state told before.
	"coup": true, "encounter": true, "meeting": true, "visit": true,
	"invasion": true, "annexation": true, "occupation": true, "incursion": true,
	"expulsion": true, "sentence": true, "conviction": true, "test": true,
	"launch": true, "deployment": true, "blockade": true,
	// "praised the speech", "welcomed the initiative": words and offers.
	"speech": true, "address": true, "apology": true, "initiative": true,
	"resolution": true, "efforts": true,
}

// actRefAfter reports whether the words after a trigger refer back to an
// act with a definite noun: "the move", "this decision", "Friday's vote".
func actRefAfter(st *sent, j int) bool {
	for k := j; k < len(st.low) && k < j+4; k++ {
		if actNouns[st.low[k]] {
			return true
		}
		switch st.low[k] {
		case "the", "this", "that", "these", "its", "their", "his", "her", "'s":
			continue
		}
		if !isModifier(st.toks[k]) {
			return false
		}
	}
	return false
}

// lastDoer returns the source of the latest event coded before cd in the
// article, if it is not among src.
func (d *doc) lastDoer(cd *candidate, src []truce.Actor) (truce.Actor, bool) {
	for k := len(d.cands) - 1; k >= 0; k-- {
		p := d.cands[k]
		if p == cd || p.st.s.Index > cd.st.s.Index || p.st.s.Index == cd.st.s.Index && p.i >= cd.i {
			continue
		}
		if len(p.ev.Source) > 0 && p.ev.Type != "" {
			a := p.ev.Source[0]
			if hasCountry(src, a.Country) && a.ID == a.Country {
				return truce.Actor{}, false
			}
			for _, s := range src {
				if sameActor(s, a) {
					return truce.Actor{}, false
				}
			}
			return a, true
		}
	}
	return truce.Actor{}, false
}

// underAgreement reports whether the agreement noun at i is named as the
// frame another act is done under: "pulled back under a deal brokered by
// Moscow", "in line with the ceasefire", "the deadline set under the
// November truce". The act is the news; the agreement was made before.
func underAgreement(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch w := st.low[k]; {
		case w == "under":
			return true
		case w == "with" && k >= 2 && st.low[k-1] == "line" && st.low[k-2] == "in":
			return true
		case w == "a" || w == "an" || w == "the" || w == "its" || w == "their" || w == "this" || isModifier(st.toks[k]):
			continue
		}
		return false
	}
	return false
}

// renamedAgreement returns the earlier agreement of the sentence that an
// agreement noun in apposition names again: "agreed to restore ties, in a
// deal brokered by China", "signed a security pact, a deal that …".
func (c *Coder) renamedAgreement(st *sent, earlier []*candidate, cd *candidate) *candidate {
	if !isAgreementNoun(cd.e) || cd.e.pos != 'N' || !appositive(st, cd.i) {
		return nil
	}
	for n := len(earlier) - 1; n >= 0; n-- {
		prev := earlier[n]
		typ := prev.e.plover
		if typ == "" {
			typ = c.lex.cameo[prev.e.cameo].plover
		}
		if !prev.folded && (isAgreementNoun(prev.e) || typ == truce.Agree) {
			return prev
		}
	}
	return nil
}

// appositive reports whether the noun at i opens a phrase set off by a
// comma that names again what came before: ", a deal …", ", in a deal …",
// ", as part of a deal …".
func appositive(st *sent, i int) bool {
	k := i - 1
	for k >= 0 && k >= i-4 && isModifier(st.toks[k]) && st.low[k] != "," {
		k--
	}
	if k < 1 || st.low[k] != "a" && st.low[k] != "an" {
		return false
	}
	k--
	switch {
	case st.low[k] == ",":
		return true
	case st.low[k] == "in" && k >= 1 && st.low[k-1] == ",":
		return true
	case st.low[k] == "of" && k >= 3 && st.low[k-1] == "part" && st.low[k-2] == "as" && st.low[k-3] == ",":
		return true
	}
	return false
}

// tollRelative reports whether the toll verb at i is told in a relative
// clause on the noun before it: "a raid on the camp in which nine people
// were killed", "two nights of rioting during which four died". The
// clause gives the toll of what the noun names, not a new killing.
func tollRelative(st *sent, i int) bool {
	for k := i - 1; k >= 1 && k >= i-10; k-- {
		if st.low[k] == "which" && (st.low[k-1] == "in" || st.low[k-1] == "during") {
			return true
		}
		if clauseBreaks[st.low[k]] || st.low[k] == "," {
			return false
		}
	}
	return false
}

// byAfter reports whether a "by" agent follows a passive verb ending at j
// within a few words: "were killed by police gunfire".
func byAfter(st *sent, j int) bool {
	for k := j; k < len(st.low) && k < j+3; k++ {
		if st.low[k] == "by" {
			return true
		}
		if st.low[k] == "," {
			return false
		}
	}
	return false
}

// datedAfter reports whether a participle at j is dated right after it:
// "a treaty unveiled on Friday", "a deal struck last month".
func datedAfter(st *sent, j int) bool {
	if j >= len(st.toks) || st.toks[j].tag != "VBN" {
		return false
	}
	for _, x := range st.dates {
		if k := st.tokenAtByte(x.Start); k > j && k <= j+2 {
			return true
		}
	}
	return false
}

// heldWeapon reports whether the violent noun at i names arms that were
// seized, found or handed over rather than used: "seized grenades and
// rifles during searches", "recovered two improvised explosive devices",
// "had delivered ballistic missiles to Russia", "a cache of mortar rounds".
func heldWeapon(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8 && st.clause[k] == st.clause[i]; k-- {
		if possessionWords[st.low[k]] {
			return true
		}
		if st.low[k] == "," || st.low[k] == "on" || st.low[k] == "against" || st.low[k] == "at" {
			return false
		}
	}
	return false
}

// possessionWords take arms as their object without using them.
var possessionWords = map[string]bool{
	"seized": true, "seize": true, "seizing": true, "seizes": true, "recovered": true, "recovering": true,
	"confiscated": true, "confiscating": true, "found": true, "finding": true, "cache": true, "caches": true,
	"stockpile": true, "stockpiles": true, "delivered": true, "delivering": true, "supplied": true,
	"supplying": true, "smuggled": true, "smuggling": true, "defused": true, "defusing": true,
}

// commaParticiple reports whether a participle set off by a comma after a
// noun describes it: "Somali troops, backed by clan militias, retook …",
// "100,000 troops, backed by tanks and artillery".
func commaParticiple(st *sent, i int) bool {
	return i >= 2 && st.low[i-1] == "," && (st.toks[i].tag == "VBN" || st.toks[i].tag == "VBD") &&
		(strings.HasPrefix(st.toks[i-2].tag, "NN") || st.mentionAt(i-2) != nil) &&
		i+1 < len(st.low) && st.low[i+1] == "by"
}

// attributesAttack returns the attack an accusation told as a participle
// after a report names the author of, if any: "a grenade
// exploded outside a station, police said, blaming dissidents". The blame
// gives the attack its author; the gold codes it on the attack. A
// condemnation told so ("…, the agency said, calling it a massacre") is an
// event of its own, aimed at the attack's author.
func attributesAttack(st *sent, built []*candidate, cd *candidate) *candidate {
	if !strings.HasPrefix(cd.e.cameo, "11") || st.toks[cd.i].tag != "VBG" || cd.i < 2 || st.low[cd.i-1] != "," {
		return nil
	}
	said := false
	for k := cd.i - 2; k >= 0 && k >= cd.i-6; k-- {
		switch st.low[k] {
		case "said", "says", "told", "reported":
			said = true
		}
	}
	if !said {
		return nil
	}
	for n := len(built) - 1; n >= 0; n-- {
		if built[n].e.has(flagViolent) {
			return built[n]
		}
	}
	return nil
}

// nounAfterPrep reports whether the noun at i is governed by a preposition,
// past an article and modifiers: "angry at the killings", "over the raid".
func nounAfterPrep(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch st.low[k] {
		case "at", "over", "about", "after", "against", "by", "following", "amid", "despite":
			return true
		case "the", "a", "an", "this", "that", "these", "those", "its", "their":
			continue
		}
		if !isModifier(st.toks[k]) {
			return false
		}
	}
	return false
}

// subjectBefore reports whether an actor who is no preposition's object
// stands in the clause before k.
func subjectBefore(st *sent, k int) bool {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.j <= k && !m.place && st.clause[m.i] == st.clause[k] && !afterPrep(st, m) {
			return true
		}
	}
	return false
}

// reportedToll returns the attack built earlier in the sentence whose toll
// a later passive killing only reports: "rebels attacked a post, the army
// said, adding that five soldiers had been killed", "fighters stormed
// three villages; the governor said 40 people were killed". A reporting
// word or a semicolon between the attack and the killing, and no attacker
// of its own, make the killing the attack's toll, not a new attack.
func reportedToll(st *sent, built []*candidate, cd *candidate) *candidate {
	if !cd.e.has(flagKill) || cd.e.pos != 'V' || !st.isPassive(cd.i) || len(cd.src) > 0 || st.agentAfter(cd.j) != nil {
		return nil
	}
	// "a soldier had been killed by gunfire": a means of its own tells
	// another attack.
	if cd.j < len(st.low) && st.low[cd.j] == "by" {
		return nil
	}
	for n := len(built) - 1; n >= 0; n-- {
		prev := built[n]
		if !isViolent(prev) || prev.e.has(flagKill) || prev.j > cd.i {
			continue
		}
		if reportedBetween(st, prev.j, cd.i) && victimsFit(prev, cd.tgt) {
			return prev
		}
		return nil
	}
	return nil
}

// reportedBetween reports whether a reporting word or a semicolon stands
// between tokens i and j: "…, the army said, adding that …", "…; officials
// said …".
func reportedBetween(st *sent, i, j int) bool {
	for k := i; k < j && k < len(st.low); k++ {
		if st.low[k] == ";" || reportWords[st.low[k]] {
			return true
		}
	}
	return false
}

// reportWords introduce what someone told of an act just described.
var reportWords = map[string]bool{"said": true, "says": true, "adding": true, "added": true, "according": true, "reported": true, "confirmed": true}

// commonSubject reports whether the passive verb at i has a common noun
// for its subject, no name and no relative pronoun: "two men were
// arrested", not "Zúñiga, who was arrested".
func commonSubject(st *sent, i int) bool {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		switch st.low[k] {
		case "was", "were", "been", "being", "is", "are":
			w := k - 1
			if st.low[w] == "have" || st.low[w] == "had" || st.low[w] == "has" {
				w--
			}
			return w >= 0 && (st.toks[w].tag == "NNS" || st.toks[w].tag == "NN") && st.mentionAt(w) == nil
		}
	}
	return false
}

// isWeaponWord reports whether a word names a weapon: "drones", "rockets".
func (c *Coder) isWeaponWord(w string) bool {
	_, ok := c.lex.weapons[w]
	return ok
}

// violentLater reports whether a violent verb trigger stands after token
// i in the sentence.
func violentLater(lx *lexicon, st *sent, i int) bool {
	for k := i; k < len(st.low); k++ {
		if es, n := lx.match(st.low, k); n > 0 {
			for _, e := range es {
				if e.pos == 'V' && e.has(flagViolent) && !e.has(flagWeapon) {
					return true
				}
			}
		}
	}
	return false
}

// nameBefore reports whether a proper name that is no place stands before
// token i: a speaker the roles may have missed ("The Polisario Front,
// which …, condemned").
func nameBefore(st *sent, i int) bool {
	for k := 0; k < i; k++ {
		if !strings.HasPrefix(st.toks[k].tag, "NNP") {
			continue
		}
		if m := st.mentionAt(k); m != nil && m.place {
			continue
		}
		if weekdaysAndMonths[st.low[k]] {
			continue
		}
		return true
	}
	return false
}

var weekdaysAndMonths = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}
