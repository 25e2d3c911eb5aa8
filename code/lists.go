package code

import (
	"slices"
	"strings"

	"github.com/truce-project/truce"
)

// onlyAgreementWords reports whether a would-be term only names the
// agreement itself ("remained committed to the truce").
func onlyAgreementWords(ws []string) bool {
	for _, w := range ws {
		switch strings.ToLower(w) {
		case "the", "a", "this", "its", "ceasefire", "truce", "agreement", "deal", "accord", "cease-fire":
		default:
			return false
		}
	}
	return true
}

func (st *sent) tokIsNoun(k int) bool {
	return k < len(st.toks) && (strings.HasPrefix(st.toks[k].tag, "NN") || strings.HasPrefix(st.toks[k].tag, "JJ"))
}

// joinWords joins tokens with spaces, keeping possessive markers attached.
func joinWords(ws []string) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 && w != "'s" && w != "'" {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

func appendNew(list []string, add ...string) []string {
	for _, a := range add {
		dup := false
		for _, l := range list {
			if strings.EqualFold(l, a) {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, a)
		}
	}
	return list
}

func appendActor(list []truce.Actor, a truce.Actor) []truce.Actor {
	for _, l := range list {
		if sameActor(l, a) {
			return list
		}
	}
	return append(list, a)
}

func removeActors(list, drop []truce.Actor) []truce.Actor {
	out := list[:0]
	for _, a := range list {
		keep := true
		for _, d := range drop {
			if sameActor(a, d) {
				keep = false
			}
		}
		if keep {
			out = append(out, a)
		}
	}
	return out
}

// removeOwnCountry drops from list a bare country (no sector) that a state
// actor in src belongs to. Its people are not the state: "Clan elders
// accused Somaliland of shelling" keeps Somaliland as the accused.
func removeOwnCountry(list, src []truce.Actor) []truce.Actor {
	out := list[:0]
	for _, a := range list {
		own := false
		for _, s := range src {
			if a.Sector == "" && a.ID == a.Country && isState(s) && !societySectors.has(s.Sector) && s.Country == a.Country {
				own = true
			}
		}
		if !own {
			out = append(out, a)
		}
	}
	return out
}

// allSector reports whether list is not empty and every actor in it has the
// sector.
func allSector(list []truce.Actor, sector string) bool {
	for _, a := range list {
		if a.Sector != sector {
			return false
		}
	}
	return len(list) > 0
}

// societySectors are the sectors of a country's people rather than of its
// state: civilians, protesters, the opposition, clergy, the press.
var societySectors = filtered(map[string]bool{
	"CVL": true, "PRO": true, "OPP": true, "REL": true, "MED": true, "HLH": true, "EDU": true,
	"LAB": true, "NGO": true, "REF": true, "BUS": true, "MLT": true, "REB": true, "CRM": true, "AID": true,
})

// goodsWords name traded goods. A demonym before one says where the goods
// come from, not whom the clause is aimed at: "cut the transit of Russian
// gas to Europe" does not threaten Russia.
var goodsWords = filtered(map[string]bool{
	"gas": true, "oil": true, "crude": true, "grain": true, "wheat": true, "coal": true,
	"fertiliser": true, "fertilizer": true, "goods": true, "exports": true, "imports": true,
	"steel": true, "electricity": true, "products": true, "timber": true, "beef": true,
})

// goodsAdjective reports whether a demonym only says where goods come
// from when a destination follows: "Russian gas to Europe". ("tariffs on
// Turkish steel" with no destination do aim at Turkey.)
func goodsAdjective(st *sent, m *mention) bool {
	return m.kind == "demonym" && m.j+1 < len(st.low) && goodsWords.has(st.low[m.j]) && st.low[m.j+1] == "to" && destinationAt(st, m.j+2)
}

// destinationAt reports whether an actor or place starts at token k,
// past "the", or a name the dictionary lacks: "to Europe", "to the Gulf
// states", but not "to 50 percent".
func destinationAt(st *sent, k int) bool {
	if k < len(st.low) && st.low[k] == "the" {
		k++
	}
	return k < len(st.low) && (st.mentionAt(k) != nil || st.toks[k].tag == "NNP")
}

// coordinatedVerb reports whether the word at i follows an "and" that joins
// it to a finite verb earlier in the sentence: in "suspended the internet
// and deployed troops" the second past form is a verb too, though in
// "killed and wounded civilians" an adjective pair is not.
func coordinatedVerb(st *sent, i int) bool {
	if i < 2 || st.low[i-1] != "and" {
		return false
	}
	if t := st.toks[i-2].tag; t == "VBN" || t == "VBD" || strings.HasSuffix(st.low[i-2], "ed") {
		return false
	}
	for k := i - 2; k >= 0; k-- {
		if t := st.toks[k].tag; t == "VBD" || t == "VBZ" || t == "VBP" {
			return true
		}
	}
	return false
}

// forcesReading keeps, of a trigger's readings, those flagged "forces"
// when the verb's subject is armed forces or police, and the others when it
// is not: "troops entered the district" is a move of forces, "the minister
// arrived in Kyiv" a visit, "the bill entered into force" neither.
// Readings flagged "guests" whose object is not visitors, and those
// flagged "deal" whose object is no agreement, go first (see guestReading
// and dealReading), and of readings for one party or several, those that
// do not fit (see aloneReading), and readings for a state's protest or a
// crowd's (see officialReading), and readings for a crowd's act or
// another's (see crowdReading).
func forcesReading(st *sent, es []*entry, i int) []*entry {
	es = crowdReading(st, officialReading(st, aloneReading(st, dealReading(st, guestReading(st, es, i), i), i), i), i)
	if questionAsked(st, i) {
		return nil
	}
	var forces, other []*entry
	for _, e := range es {
		if e.has(flagForces) {
			forces = append(forces, e)
		} else {
			other = append(other, e)
		}
	}
	if len(forces) == 0 {
		return es
	}
	if (armedBefore(st, st.subject(i), i) || armedGroupLeaves(st, forces, i)) && !leftFor(st, i) {
		return forces
	}
	return other
}

// questionAsked reports whether the word at i opens the sentence with a
// journalist's question put to the speaker: "Asked whether he would rule
// out force, the president said …", "Asked in Tokyo about the dispute, …".
// The question is the setting of the answer, not a request.
func questionAsked(st *sent, i int) bool {
	if i != 0 || st.low[0] != "asked" || len(st.low) < 2 {
		return false
	}
	for k := 1; k < len(st.low) && k <= 8; k++ {
		switch st.low[k] {
		case "whether", "if", "about", "what", "why", "how", "when", "who":
			return true
		case ",":
			return false
		}
	}
	return false
}

// guestReading drops the readings flagged "guests" whose object is forces,
// arms or people given shelter rather than visitors received: "Ain
// al-Asad, a base that hosts US troops", "Romania hosts a missile shield",
// "Chad hosts a million refugees" tell no visit.
func guestReading(st *sent, es []*entry, i int) []*entry {
	return dropEntries(es, func(e *entry) bool {
		return e.has(flagGuests) && !slices.Contains(e.words, "*") && stationedObject(st, i+len(e.words))
	})
}

// dealReading drops the readings flagged "deal" whose object is no
// agreement: "reached a ceasefire deal" agrees, "the convoy reached the
// town of Shire" and "victims could be reached" do not.
func dealReading(st *sent, es []*entry, i int) []*entry {
	return dropEntries(es, func(e *entry) bool {
		return e.has(flagDeal) && !agreementObject(st, i+len(e.words))
	})
}

// dropEntries returns es without the entries drop reports, in order. It
// copies es only when it drops one: most triggers lose no reading, and
// every trigger is filtered.
func dropEntries(es []*entry, drop func(*entry) bool) []*entry {
	for k, e := range es {
		if !drop(e) {
			continue
		}
		out := es[:k:k]
		for _, e := range es[k+1:] {
			if !drop(e) {
				out = append(out, e)
			}
		}
		return out
	}
	return es
}

// aloneReading keeps, of a trigger's readings, those flagged "alone"
// when one party acts and the others when several act together: "Iran
// held war games near Hormuz" is a show of force, "Indian and US troops
// began exercises" and "drills with the Japanese navy" are joint
// training.
func aloneReading(st *sent, es []*entry, i int) []*entry {
	var alone, other []*entry
	for _, e := range es {
		if e.has(flagAlone) {
			alone = append(alone, e)
		} else {
			other = append(other, e)
		}
	}
	if len(alone) == 0 || len(other) == 0 {
		return es
	}
	if severalParties(st, i, i+len(es[0].words)) {
		return other
	}
	return alone
}

// severalParties reports whether the act told by tokens [i, j) is shared:
// a word such as "joint" just before it, "with" a party just after it, or
// two countries named before it in its clause ("Pakistani and Chinese
// warships began").
func severalParties(st *sent, i, j int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if jointWords.has(st.low[k]) {
			return true
		}
	}
	if j+1 < len(st.low) && st.low[j] == "with" {
		k := j + 1
		if k+1 < len(st.low) && st.toks[k].tag == "DT" {
			k++
		}
		if m := st.mentionAt(k); m != nil && !place38Gear(m) {
			return true
		}
	}
	seen := map[string]bool{}
	for _, m := range st.mentions {
		if m.j > i || st.clause[m.i] != st.clause[i] {
			continue
		}
		if c := m.actor.Country; c != "" {
			seen[c] = true
		} else if m.actor.ID != "" {
			seen[m.actor.ID] = true
		}
	}
	return len(seen) > 1
}

// jointWords mark an act shared by several parties.
var jointWords = filtered(map[string]bool{
	"joint": true, "combined": true, "bilateral": true, "trilateral": true, "multinational": true,
	"multilateral": true, "allied": true, "coalition": true,
})

// officialReading keeps, of a trigger's readings, those flagged
// "official" when the subject is a state's government or diplomats, a
// country named as such or an international body, and the others when it
// is not: "Japan's ambassador protested the visit" is a diplomatic
// complaint, "farmers protested the tax" a street protest. A trigger with
// official readings only is dropped when its named subject is no state
// organ ("residents replied that the taps were dry").
func officialReading(st *sent, es []*entry, i int) []*entry {
	var official, other []*entry
	for _, e := range es {
		if e.has(flagOfficial) {
			official = append(official, e)
		} else {
			other = append(other, e)
		}
	}
	if len(official) == 0 {
		return es
	}
	if len(other) == 0 {
		// An unresolved subject ("it replied") keeps the reading.
		if subj := st.subject(i); len(subj) > 0 && !officialSubject(subj) && strings.HasPrefix(st.toks[i].tag, "VB") {
			return nil
		}
		return es
	}
	// "Serbia's largest protests in decades" are its people's: only the
	// verb complains.
	if strings.HasPrefix(st.toks[i].tag, "VB") && (officialSubject(st.subject(i)) || gsr23SpokenProtest(st, i, i+1)) {
		return official
	}
	return other
}

// officialSubject reports whether a subject is all state organs that speak
// for their country: its government or diplomats, the country itself, an
// international body; not its people, parties or forces.
func officialSubject(ms []*mention) bool {
	for _, m := range ms {
		a := m.actor
		switch {
		case m.place:
			return false
		case a.Sector == "IGO":
		case a.Sector == "GOV" && isState(a):
		case a.Sector == "" && a.Country != "" && (m.kind == "country" || m.kind == "capital"):
		default:
			return false
		}
	}
	return len(ms) > 0
}

// agreementObject reports whether the object starting at token j, up to
// its first preposition, comma or verb, names an agreement.
func agreementObject(st *sent, j int) bool {
	for k := j; k < len(st.low) && k < j+6; k++ {
		if agreementNouns.has(st.low[k]) {
			return true
		}
		if t := st.toks[k].tag; t == "IN" || t == "CC" || t == "," || t == "." || strings.HasPrefix(t, "VB") {
			return false
		}
	}
	return false
}

// agreementNouns name what parties reach when they agree.
var agreementNouns = filtered(map[string]bool{
	"deal": true, "deals": true, "agreement": true, "agreements": true, "accord": true, "accords": true,
	"understanding": true, "arrangement": true, "compromise": true, "consensus": true, "settlement": true,
	"truce": true, "ceasefire": true, "cease-fire": true, "pact": true, "treaty": true, "framework": true,
	"memorandum": true, "deal-in-principle": true, "agreement-in-principle": true,
})

// stationedObject reports whether the object starting at token j, up to
// its first preposition or comma, is forces, arms, a base or refugees: "hosts
// US troops", "hosted two air bases", but not "hosted the commander of
// US troops".
func stationedObject(st *sent, j int) bool {
	for k := j; k < len(st.low) && k < j+6; k++ {
		if stationedNouns.has(st.low[k]) {
			return true
		}
		if t := st.toks[k].tag; t == "IN" || t == "CC" || t == "," || t == "." || strings.HasPrefix(t, "VB") {
			return false
		}
	}
	return false
}

// stationedNouns are what a place keeps on its soil rather than receives
// as a guest.
var stationedNouns = filtered(map[string]bool{
	"troops": true, "soldiers": true, "forces": true, "personnel": true, "contingent": true,
	"garrison": true, "base": true, "bases": true, "fleet": true, "warships": true,
	"missiles": true, "missile": true, "warheads": true, "weapons": true, "radar": true,
	"refugees": true, "refugee": true, "migrants": true, "displaced": true,
})

// armedSubject reports whether a subject is all armed forces or police,
// as men, not machines: "a military plane carrying vaccines landed" is a
// delivery.
func armedSubject(st *sent, ms []*mention) bool {
	for _, m := range ms {
		if s := m.actor.Sector; s != "MIL" && s != "COP" || vehicles.has(st.low[m.j-1]) {
			return false
		}
	}
	return len(ms) > 0
}

// vehicles are words for craft that carry forces or goods.
var vehicles = filtered(map[string]bool{
	"plane": true, "planes": true, "aircraft": true, "jet": true, "jets": true, "helicopter": true,
	"helicopters": true, "ship": true, "ships": true, "vessel": true, "vessels": true, "drone": true,
	"drones": true, "convoy": true, "convoys": true, "flight": true, "flights": true,
})

// equipment are words for the arms and vehicles that go with forces:
// "troops and tanks", "police and armoured vehicles".
var equipment = filtered(wordSet("vehicles", "tanks", "trucks", "carriers", "jeeps", "pickups", "armour", "armor"))

// nextToVerb reports whether only auxiliaries, adverbs and an of-phrase
// ("officers of a UN-backed mission") or a phrase saying how the subject
// is equipped ("soldiers in armoured vehicles", "police with dogs") stand
// between a subject ending at token j and its verb at token i: in
// "lawmakers pushed past troops to enter the assembly" the troops are not
// who entered. A phrase saying where the subject is kept ("troops
// stationed in the capital", "soldiers at the camp") and a scheduled "be
// due to" ("are due to leave") stand between them too.
func nextToVerb(st *sent, j, i int) bool {
	if roles_x54EquippedBetween(st, j, i) {
		return true
	}
	ofPhrase, placed := false, false
	for k := j; k < i; k++ {
		switch w, t := st.low[k], st.toks[k].tag; {
		case w == "have" || w == "has" || w == "had" || w == "also" || w == "finally" || w == "then" ||
			w == "first" || w == "reportedly" || w == "already" || w == "began" || w == "begun" || w == "started":
		case sinceAdverb(st, k):
		case scheduledBe(st, k, i):
			// "the soldiers are due to leave"
			k = i - 1
		case k == j && (w == "of" || w == "from" || w == "in" || w == "with"):
			ofPhrase = true
		case k == j && (postedParticiples.has(w) || locativePreps.has(w)):
			// "troops stationed in the capital", "soldiers at the camp"
			ofPhrase, placed = true, true
		case placed && locativePreps.has(w):
		case k == j && w == "and" && i > 0 && equipment.has(st.low[i-1]):
			// "soldiers and armoured vehicles took up positions"
			ofPhrase = true
		case k == i-1 && (w == "was" || w == "were" || w == "is" || w == "are") && st.toks[i].tag == "VBG":
			// "soldiers were taking up positions"
		case ofPhrase && (strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "DT" || t == "CD" || t == "HYPH" || w == "-" || t == "VBN" && k > j+1):
		default:
			return false
		}
	}
	return true
}

// wordBetween reports whether word is one of the tokens [from, to).
func wordBetween(st *sent, word string, from, to int) bool {
	for k := from; k < to && k < len(st.low); k++ {
		if st.low[k] == word {
			return true
		}
	}
	return false
}

// irregularPasts retags as a past verb an irregular past form the tagger
// took for an adjective between its subject and its object: "Ethiopian
// troops fought Eritrean forces", "police in helmets struck protesters",
// "soldiers shot dead two men". (A regular "-ed" form is caught where
// triggers are matched.)
func (st *sent) irregularPasts() {
	for k := 1; k+1 < len(st.toks); k++ {
		if st.toks[k].tag != "JJ" || !irregularPast.has(st.low[k]) {
			continue
		}
		prev := st.toks[k-1].tag
		if !strings.HasPrefix(prev, "NN") && !st.mentionEndsAt(k) {
			continue
		}
		switch next := st.toks[k+1].tag; {
		case next == "DT" || next == "CD" || next == "PRP$" || strings.HasPrefix(next, "NN") || strings.HasPrefix(next, "JJ"):
			st.toks[k].tag = "VBD"
		}
	}
}

// mentionEndsAt reports whether an actor's name ends just before token k.
func (st *sent) mentionEndsAt(k int) bool {
	for _, m := range st.mentions {
		if m.j == k {
			return true
		}
	}
	return false
}

// irregularPast are past forms of verbs of conflict and diplomacy that do
// not end in "-ed".
var irregularPast = filtered(map[string]bool{
	"fought": true, "struck": true, "shot": true, "threw": true, "beat": true, "broke": true,
	"overran": true, "retook": true, "took": true, "drove": true, "blew": true, "led": true,
	"held": true, "sent": true, "met": true, "sought": true, "overthrew": true, "withdrew": true,
	"froze": true, "stole": true, "slew": true, "swept": true, "undertook": true, "burnt": true,
})

// crowdReading keeps, of a trigger's readings, those flagged "crowd" when
// the verb's subject is a crowd of protesters, students or the like, and
// the others when it is not: "protesters massed outside the embassy"
// rally, "Russia massed troops on the border" builds up forces.
func crowdReading(st *sent, es []*entry, i int) []*entry {
	var crowd, other []*entry
	for _, e := range es {
		if e.has(flagCrowd) {
			crowd = append(crowd, e)
		} else {
			other = append(other, e)
		}
	}
	if len(crowd) == 0 {
		return es
	}
	if ms := st.subject(i); crowdSubject(ms) || countedCrowd(st, ms) {
		return crowd
	}
	return other
}

// crowdSubject reports whether a subject is people gathered in numbers
// rather than a state or its forces: protesters, students, a crowd.
func crowdSubject(ms []*mention) bool {
	if len(ms) == 0 {
		return false
	}
	for _, m := range ms {
		if m.actor.Sector != "PRO" && !crowdNouns.has(strings.ToLower(lastWord(m.actor.Text))) {
			return false
		}
	}
	return true
}

// crowdNouns name people who gather in numbers without arms.
var crowdNouns = filtered(map[string]bool{
	"protesters": true, "protestors": true, "demonstrators": true, "crowd": true, "crowds": true,
	"marchers": true, "students": true, "mourners": true, "supporters": true, "opponents": true,
	"workers": true, "farmers": true, "residents": true, "people": true, "worshippers": true,
})
