package code

import (
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/actor"
)

// sectorModifiers drops a sector noun used as an adjective before a name:
// in "the paramilitary Rapid Support Forces" the actor is the RSF.
func (st *sent) sectorModifiers() {
	keep := st.mentions[:0] // in place: each pass keeps at most the mention it reads
	for n, m := range st.mentions {
		if m.kind == "sector" && m.actor.ID == "" && n+1 < len(st.mentions) {
			next := st.mentions[n+1]
			if next.i == m.j && next.kind != "sector" && next.actor.ID != "" {
				continue
			}
		}
		keep = append(keep, m)
	}
	st.mentions = keep
}

// asParticiples name or disguise the noun before them with an "as" phrase
// that is part of that noun's phrase, not a clause of time or manner:
// "a gang known as the Red Scorpions kidnapped …", "gunmen dressed as
// soldiers killed …".
var asParticiples = filtered(map[string]bool{
	"known": true, "disguised": true, "dressed": true, "posing": true, "masquerading": true, "posed": true,
})

// namingAs reports whether the "as" at token i names or disguises the noun
// right before its participle. After a comma ("Colombia's largest gang,
// known as the Gulf Clan, said") the phrase is an aside the role finders
// skip whole, so its "as" still opens a clause.
func namingAs(st *sent, i int) bool {
	return st.low[i] == "as" && i >= 2 && asParticiples.has(st.low[i-1]) && st.low[i-2] != ","
}

// adjectiveFollowing reports whether the "following" at token i is an
// adjective after a determiner, not a preposition opening a clause: "the
// following day", "a following raid".
func adjectiveFollowing(st *sent, i int) bool {
	if st.low[i] != "following" || i == 0 {
		return false
	}
	switch st.low[i-1] {
	case "the", "a", "an", "this", "that":
		return true
	}
	return false
}

// describeVerbs take an object and an "as" complement that says what the
// speaker calls it: "described the junta as illegitimate".
var describeVerbs = filtered(map[string]bool{
	"described": true, "describes": true, "describe": true, "describing": true,
	"branded": true, "brands": true, "branding": true, "labelled": true, "labeled": true,
	"denounced": true, "denounces": true, "condemned": true, "condemns": true,
	"dismissed": true, "dismisses": true, "rejected": true, "rejects": true, "decried": true,
	"designated": true, "designates": true, "characterised": true, "characterized": true,
	"portrayed": true, "portrays": true, "hailed": true, "hails": true,
})

// describingAs reports whether the "as" at token i gives the complement of
// a verb of describing a few words before it: "described the junta as
// illegitimate". A verb joined by "and" after the complement shares the
// describing verb's subject (see clauseFirst).
func describingAs(st *sent, i int) bool {
	if st.low[i] != "as" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if describeVerbs.has(st.low[k]) {
			return true
		}
		if clauseBreaks.has(st.low[k]) || st.low[k] == "," || st.low[k] == "and" {
			return false
		}
	}
	return false
}

// poseWords are the asParticiples whose "as" phrase names what the noun is
// not: "gunmen disguised as police officers" are not police.
var poseWords = filtered(map[string]bool{"disguised": true, "dressed": true, "posing": true, "masquerading": true, "posed": true})

// heldAsWords put someone in captivity with an "as" phrase that says what
// they are held as: "soldiers held as prisoners of war" are soldiers.
var heldAsWords = filtered(map[string]bool{"held": true, "taken": true, "kept": true, "detained": true})

// posedAs drops the actor a disguise names: in "Gunmen disguised as police
// officers killed seven villagers" the police neither killed nor were
// there. It drops as well what captives are held as: in "relatives of
// soldiers held as prisoners of war gathered" no prisoners gathered.
func (st *sent) posedAs() {
	keep := st.mentions[:0] // in place: each pass keeps at most the mention it reads
	for _, m := range st.mentions {
		b := m.i - 1
		if b >= 0 && determiners.has(st.low[b]) {
			b--
		}
		if b >= 1 && st.low[b] == "as" && (poseWords.has(st.low[b-1]) || heldAsWords.has(st.low[b-1])) {
			continue
		}
		keep = append(keep, m)
	}
	st.mentions = keep
}

// protestWords are the nouns and participles that make a crowd protesters:
// "crowds demanding the president's resignation", "a women's rights march".
var protestWords = filtered(map[string]bool{
	"demanding": true, "protesting": true, "chanting": true, "marching": true, "rallying": true,
	"demonstrating": true, "march": true, "marches": true, "rally": true, "rallies": true,
	"protest": true, "protests": true, "demonstration": true, "demonstrations": true, "sit-in": true,
})

// protesters turns civilians described as protesting into protesters.
func (st *sent) protesters() {
	for n := range st.mentions {
		m := &st.mentions[n]
		switch m.actor.Sector {
		case "CVL", "EDU", "REF", "HLH", "BUS", "REL", "MED":
		default:
			continue
		}
		if m.place {
			continue
		}
		for k := m.j; k < len(st.low) && k <= m.j+2; k++ {
			if protestWords.has(st.low[k]) && !isMonth(st, k) {
				m.actor.Sector = "PRO"
				if m.actor.Country != "" {
					m.actor.ID = m.actor.Country + "PRO"
				}
				break
			}
			// only a possessive or a noun may come between: "women's
			// rights march"
			if t := st.toks[k].tag; t != "POS" && !strings.HasPrefix(t, "NN") {
				break
			}
		}
	}
}

// namedFacilities forgets the country of a facility whose name holds a
// demonym: "the Saudi Hospital" in El Fasher and "the Indonesian Hospital"
// in Gaza serve the people of the place they stand in.
func (st *sent) namedFacilities(found []actor.Mention) {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.j-m.i < 2 || !civilianSectors.has(m.actor.Sector) || m.actor.Country == "" || st.wholeDemonymS46(m, found) {
			continue
		}
		if first, last := st.toks[m.i].text, st.toks[m.j-1].text; capitalised(first) && capitalised(last) && !actor.NamedBodyEndX80(last) {
			m.actor.Country, m.actor.ID = "", ""
		}
	}
}

// joinSectorNouns folds a bare sector noun into the actor right before it
// that has the same sector: "Kenyan police officers" is one mention of
// Kenya's police, not Kenya's police and some officers.
func (st *sent) joinSectorNouns() {
	keep := st.mentions[:0]
	for _, m := range st.mentions {
		if n := len(keep); n > 0 && m.kind == "sector" && m.actor.ID == "" && keep[n-1].j == m.i &&
			keep[n-1].actor.ID != "" && keep[n-1].actor.Sector == m.actor.Sector && !keep[n-1].place {
			keep[n-1].j = m.j
			keep[n-1].actor.Text = st.textOf(keep[n-1].i, m.j)
			continue
		}
		keep = append(keep, m)
	}
	st.mentions = keep
}

// critics turns a government named before "critic" or "opponent" into its
// opposition: a "Kremlin critic" is Russia's opposition, not its
// government, and "Iranian exile groups" are Iran's opposition abroad.
func (st *sent) critics() {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.j >= len(st.low) || m.actor.Country == "" {
			continue
		}
		switch st.low[m.j] {
		case "critic", "critics", "opponent", "opponents", "dissident", "dissidents",
			"exile", "exiles", "émigré", "émigrés", "emigre", "emigres":
			m.actor.Sector, m.actor.ID = "OPP", m.actor.Country+"OPP"
			m.j++
		}
	}
}

// regionPrefix reports whether the word before token i makes the demonym
// at i a region's: "Latin American".
func regionPrefix(st *sent, i int) bool {
	if i == 0 {
		return false
	}
	switch st.low[i-1] {
	case "latin":
		return true
	}
	return false
}

// alignmentPrefixes make the name after them say whom a noun sides with, not
// who it is: "pro-government militia", "anti-Taliban forces".
var alignmentPrefixes = filtered(map[string]bool{"pro-": true, "anti-": true, "pro‑": true, "anti‑": true})

// aligned reports whether the name starting at code point cs in token i
// follows an alignment prefix, whether the prefix is part of the token
// ("pro-Russian") or split from it ("pro - Russian").
func (st *sent) aligned(i, cs int) bool {
	if t := st.toks[i]; t.start < cs {
		r := []rune(t.low)
		n := cs - t.start
		return n < len(r) && alignmentPrefixes.has(string(r[:n]))
	}
	return i > 1 && alignmentPrefixes.has(st.low[i-2]+st.low[i-1])
}

// alignedMention returns what is left of a mention after an alignment
// prefix: in "pro-Russian separatists" the separatists, a bare sector noun
// whose country the context gives; nothing when the name stood alone
// ("a pro-government militia": the militia is its own mention).
func (st *sent) alignedMention(mm mention) (mention, bool) {
	if mm.j-mm.i < 2 || mm.actor.Sector == "" || mm.kind == "person" {
		return mention{}, false
	}
	text := st.textOf(mm.i+1, mm.j)
	return mention{i: mm.i + 1, j: mm.j, kind: "sector",
		actor: truce.Actor{Text: text, Name: strings.ToLower(text), Sector: mm.actor.Sector}}, true
}

// compoundVerb reports whether the hyphenated token k is a past verb made
// from a noun ("men gang-raped two women"): an "-ed" compound right after
// its subject, a noun or a place's name ("gangs in Port-au-Prince
// gang-raped …"), and before its object. A compound after a determiner,
// a preposition or a verb modifies a noun ("rebel-held towns", "in
// army-run camps") and keeps the name in it; so does one made from a
// name ("Islamic State-linked insurgents", "Iran-backed militias").
func compoundVerb(st *sent, k int, places []truce.Place) bool {
	w := st.toks[k].text
	h := strings.LastIndexAny(w, "-‑")
	if h <= 0 || k == 0 || k+1 >= len(st.toks) || !strings.HasSuffix(w[h:], "ed") || w != st.low[k] {
		return false
	}
	prev := st.toks[k-1]
	subject := strings.HasPrefix(prev.tag, "NN") || prev.tag == "PRP"
	for _, p := range places {
		subject = subject || p.End == prev.end
	}
	if !subject {
		return false
	}
	next := st.toks[k+1].tag
	return next == "DT" || next == "CD" || next == "PRP$" || strings.HasPrefix(next, "NN") || strings.HasPrefix(next, "JJ")
}

// compoundPasts retags as a past verb a hyphenated verb the tagger took
// for an adjective ("gang-raped", see compoundVerb).
func (st *sent) compoundPasts(places []truce.Place) {
	for k, t := range st.toks {
		if t.tag == "JJ" && compoundVerb(st, k, places) {
			st.toks[k].tag = "VBD"
		}
	}
}

// carriedEmblems drops a demonym or country that only qualifies a flag or
// banner someone carries: the "Ukrainian" of "demonstrators waving
// Ukrainian flags" says what they wave, not who they are.
func (st *sent) carriedEmblems() {
	keep := st.mentions[:0]
	for _, m := range st.mentions {
		if (m.kind == "demonym" || m.kind == "country") && m.actor.Sector == "" && m.j < len(st.low) && emblemWords.has(st.low[m.j]) && (m.j+1 == len(st.low) || st.low[m.j+1] != "carrier") &&
			m.i > 0 && (carryWords.has(st.low[m.i-1]) || m.i > 1 && carryWords.has(st.low[m.i-2]) && isModifier(st.toks[m.i-1])) {
			continue
		}
		keep = append(keep, m)
	}
	st.mentions = keep
}

// emblemWords are things carried to show a side: "flags", "banners".
var emblemWords = filtered(map[string]bool{"flag": true, "flags": true, "banner": true, "banners": true, "colours": true, "colors": true, "scarves": true})

// carryWords hold up or wear an emblem: "waving", "draped in".
var carryWords = filtered(map[string]bool{
	"waving": true, "waved": true, "wave": true, "carrying": true, "carried": true, "carry": true,
	"holding": true, "held": true, "brandishing": true, "brandished": true, "with": true,
})

// sectorLedHeads gives a country's possessive to the actor a hyphenated
// sector compound qualifies: in "Sudan's army-led government" the actor
// is Sudan's government, led by the army, not the army itself; so too
// "Niger's military-backed cabinet". The country's mention is cut back
// to the country alone, for the sector noun after it to join.
func (st *sent) sectorLedHeads() {
	for n := 0; n+1 < len(st.mentions); n++ {
		m, next := &st.mentions[n], st.mentions[n+1]
		last := m.j - 1
		if m.kind == "sector" || m.kind == "person" || m.actor.Country == "" || m.actor.Sector == "" || last <= m.i ||
			next.i != m.j || next.kind != "sector" || next.actor.ID != "" || next.actor.Country != "" {
			continue
		}
		w := st.low[last]
		h := strings.LastIndexAny(w, "-‑")
		if h <= 0 || !strings.HasSuffix(w, "ed") {
			continue
		}
		// The country's own words end before "'s" or the compound.
		cut := last
		for k := m.i + 1; k < last; k++ {
			if st.isPossessive(k) {
				cut = k
				break
			}
		}
		m.j = cut
		m.actor.Sector = ""
		m.actor.ID = m.actor.Country
		m.actor.Text = st.textOf(m.i, cut)
		m.actor.Name = m.actor.Text
	}
}

// loyalMilitias makes unnamed irregulars loyal to a state's rulers that
// state's militias: the "gunmen" of "gunmen loyal to the president", the
// "armed groups" of "armed groups loyal to rival prime ministers" fight for
// the government without being its army (see also beforePrepObject).
func (st *sent) loyalMilitias() {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.kind != "sector" || m.actor.ID != "" || !loyalIrregulars.has(m.actor.Sector) || m.j+2 >= len(st.low) ||
			!loyalWords.has(st.low[m.j]) || st.low[m.j+1] != "to" {
			continue
		}
		for k := m.j + 2; k < len(st.low) && k <= m.j+5; k++ {
			if r := st.mentionAt(k); r != nil {
				if r.actor.Sector == "GOV" && !r.place {
					m.actor.Sector = "MLT"
					m.actor.Name = "militia"
				}
				break
			}
			if !determiners.has(st.low[k]) && !sectorModifier(st, k) && !rivalWords.has(st.low[k]) {
				break
			}
		}
	}
}

// rivalWords set rulers against each other: "loyal to rival prime
// ministers", "the two warring generals".
var rivalWords = filtered(map[string]bool{"rival": true, "warring": true, "competing": true, "two": true})

// adminNouns name a division of a country: "Mali's Mopti region".
var adminNouns = filtered(map[string]bool{
	"region": true, "province": true, "state": true, "district": true, "county": true,
	"oblast": true, "governorate": true, "department": true, "prefecture": true,
})

// possessivePlaces marks a country or capital as a place when its
// possessive names one of its own divisions: in "a village in the Bankass
// circle of Mali's Mopti region" Mali is no actor, and so no target of the
// raid. A state whose division is left ("pulled out of Azerbaijan's
// Karabakh region") stays the one withdrawn from.
func (st *sent) possessivePlaces() {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.place || m.kind != "country" && m.kind != "capital" || m.j+1 >= len(st.low) || st.low[m.j] != "'s" || leftTerritory(st, m.i) {
			continue
		}
		for _, p := range st.places {
			if p.i != m.j+1 {
				continue
			}
			if adminNouns.has(st.low[p.j-1]) || p.j < len(st.low) && adminNouns.has(st.low[p.j]) {
				m.place = true
			}
		}
	}
}

// leftTerritory reports whether the token before i says a place is left:
// "from", "out of".
func leftTerritory(st *sent, i int) bool {
	return i > 0 && st.low[i-1] == "from" || i > 1 && st.low[i-1] == "of" && st.low[i-2] == "out"
}
