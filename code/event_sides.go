package code

// Sides and places the sentence leaves open: who lost ground, crowds and
// people, speakers, victims and where an unplaced act happened.

import (
	"slices"
	"strings"

	"github.com/truce-project/truce"
)

// territoryLoser names who lost ground: insurgents take towns from the
// state's forces ("captured Paletwa township" is taken from Myanmar's
// military) and gangs from its police; the state retakes them from the armed
// group the article names nearest ("al-Shabaab fighters abandoned the town
// and government forces moved in").
func (c *Coder) territoryLoser(d *doc, st *sent, src, tgt []truce.Actor, loc *truce.Location) []truce.Actor {
	if len(src) == 0 {
		return tgt
	}
	cc := countryOfEvent(loc, nil)
	// "Russian forces captured the village of Pishchane": ground taken in
	// another country is taken from its military.
	if nonStateArmed(src[0]) || !isState(src[0]) || cc != "" && cc != src[0].Country {
		if cc == "" || !looseTarget(tgt, cc) {
			return tgt
		}
		sector := "MIL"
		if src[0].Sector == "CRM" {
			sector = "COP"
		}
		if a, ok := c.actors.Lookup(cc+sector, d.date); ok {
			return []truce.Actor{a}
		}
		return tgt
	}
	if !looseTarget(tgt, src[0].Country) {
		return tgt
	}
	if g := d.groupNear(st, src[0].Country); g != nil {
		return []truce.Actor{*g}
	}
	if len(tgt) == 0 && d.lastGroup != nil && d.lastGroup.Country == src[0].Country {
		return []truce.Actor{*d.lastGroup}
	}
	return tgt
}

// nonStateArmed reports whether an actor is a country's rebels, gangs or
// militias rather than its state.
func nonStateArmed(a truce.Actor) bool {
	switch a.Sector {
	case "REB", "CRM", "MLT":
		return true
	}
	return false
}

// looseTarget reports whether the target found for ground taken in country
// cc names no one who could have held it: none, or the country itself, its
// government or its people ("took control of the town of 90,000 people").
func looseTarget(tgt []truce.Actor, cc string) bool {
	if len(tgt) == 0 {
		return true
	}
	if len(tgt) > 1 || tgt[0].Country != cc {
		return false
	}
	switch tgt[0].Sector {
	case "", "GOV", "CVL":
		return true
	}
	return false
}

// groupNear returns the armed group of country cc that a sentence names, or
// failing that the next sentences: "federal troops had taken Mekelle … The
// leader of the TPLF said his forces were still fighting".
func (d *doc) groupNear(st *sent, cc string) *truce.Actor {
	for n := st.s.Index; n >= 0 && n < len(d.sents) && n <= st.s.Index+2; n++ {
		for _, m := range d.sents[n].mentions {
			if a := m.actor; !m.place && isArmedGroup(a) && a.Country == cc {
				return &a
			}
		}
	}
	return nil
}

// blackout reports whether a censoring trigger cuts a country's internet or
// phones rather than one outlet ("shut down the internet", "a
// communications blackout").
func blackout(st *sent, cd *candidate) bool {
	for _, w := range st.low[cd.i:cd.j] {
		switch w {
		case "internet", "communications", "telephone", "phone":
			return true
		}
	}
	return lex41PassiveCut(cd)
}

// atHome reports whether an event with no place named happens in its
// source's country: what a government, its police, courts, parliament or
// security service do, other than attacks, aid and deployments, which
// happen where they land ("Jordan's intelligence service arrested 16
// men" in Jordan).
func atHome(typ string, src []truce.Actor) bool {
	switch typ {
	case truce.Assault, truce.Aid, truce.Mobilize:
		return false
	}
	if len(src) == 0 || !isState(src[0]) {
		return false
	}
	switch src[0].Sector {
	case "", "GOV", "COP", "JUD", "SPY", "LEG":
		return true
	}
	return false
}

// victimsFit reports whether victims can be those of the earlier attack
// prev: unnamed, or of a country it involves.
func victimsFit(prev *candidate, victims []*mention) bool {
	for _, m := range victims {
		cc := m.actor.Country
		if cc == "" {
			continue
		}
		in := hasCountry(prev.ev.Source, cc) || hasCountry(prev.ev.Target, cc) || prev.ev.Location != nil && prev.ev.Location.Country == cc
		if !in {
			return false
		}
	}
	return true
}

// placeBefore returns, for a physical act told with no place ("Police
// fired tear gas to disperse them", "a curfew was imposed on the city"),
// the town where the sentence before put its latest event, when the
// actors belong to that town's country or to none, or the sentence names
// that event's site again ("attacked the outpost", see namesSiteAgain); a
// region named before when the act is "in the region" (see regionAgain);
// else nil.
func (d *doc) placeBefore(st *sent, typ string, first, second []truce.Actor) *truce.Location {
	switch typ {
	case truce.Assault, truce.Protest, truce.Coerce, truce.Mobilize:
	default:
		return nil
	}
	if loc := d.regionAgain(st); loc != nil {
		return loc
	}
	for k := len(d.cands) - 1; k >= 0; k-- {
		p := d.cands[k]
		if p.st == st || p.folded || p.ev.Location == nil {
			continue
		}
		if p.st.s.Index != st.s.Index-1 {
			return nil
		}
		l := p.ev.Location
		switch l.Precision {
		case "city", "point":
		default:
			return nil
		}
		for _, a := range slices.Concat(first, second) {
			if a.Country != "" && a.Country != l.Country && !namesSiteAgain(st) && !armedSideOf(&p.ev, a) {
				return nil
			}
		}
		cp := *l
		return &cp
	}
	return nil
}

// anyCountry reports whether some mention belongs to a country.
func anyCountry(ms []*mention) bool {
	for _, m := range ms {
		if m.actor.Country != "" {
			return true
		}
	}
	return false
}

// crowdWords name an unorganised crowd.
var crowdWords = filtered(map[string]bool{"crowd": true, "crowds": true, "rioters": true, "youths": true, "looters": true, "demonstrators": true})

// crowdSource reports whether a source mention is a crowd: "crowds looted
// shops".
func crowdSource(ms []*mention) bool {
	for _, m := range ms {
		if crowdWords.has(strings.ToLower(lastWord(m.actor.Text))) {
			return true
		}
	}
	return false
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	if k := strings.LastIndexByte(s, ' '); k >= 0 {
		return s[k+1:]
	}
	return s
}

// peopleTarget reports whether the target is people rather than property
// or the state: civilians, refugees, a faith, the press.
func peopleTarget(tgt []truce.Actor) bool {
	for _, a := range tgt {
		switch a.Sector {
		case "CVL", "REF", "REL", "MED", "HLH", "AID", "EDU", "LAB", "OPP", "PRO":
			return true
		}
	}
	return false
}

// speakerTypes are categories told by a speaker: disapproval, blame,
// refusal, threat.
var speakerTypes = filtered(map[string]bool{truce.Accuse: true, truce.Reject: true, truce.Threaten: true})

// internalSidesOf gives the two parties to a deal whose subject is a
// country's own warring sides ("Yemen's rival factions signed a truce"):
// the state the possessor names and its armed opposition. It returns nil
// sides for any other subject.
func (c *Coder) internalSidesOf(d *doc, st *sent, src []*mention) ([]*mention, []*mention) {
	if len(src) != 1 {
		return nil, nil
	}
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.kind != "country" || src[0] != m && (src[0].i < m.j || src[0].i > m.j+4) || !st.internalSides(m) && !sidesWithin(st, m, src[0]) {
			continue
		}
		a, ok := c.actors.Lookup(m.actor.Country+"REB", d.date)
		if !ok {
			return nil, nil
		}
		other := *m
		other.actor = a
		return []*mention{m}, []*mention{&other}
	}
	return nil, nil
}

// withinTrigger reports whether mentions all lie inside the trigger's own
// words, as the captives of "swapped dozens of prisoners" do: they are
// what the act is of, not a party to it. No mentions lie within too.
func withinTrigger(cd *candidate, ms []*mention) bool {
	for _, m := range ms {
		if m.i < cd.i || m.j > cd.j {
			return false
		}
	}
	return true
}

// sidesWithin reports whether a country mention that took in the words
// after its possessive ("Sudan's rival military") is followed by the
// sides noun of src: "Sudan's rival military delegations".
func sidesWithin(st *sent, m, src *mention) bool {
	if src.i != m.j || !sidesNouns.has(st.low[src.j-1]) {
		return false
	}
	for k := m.i; k+1 < m.j; k++ {
		if st.low[k] == "'s" {
			w := st.low[k+1]
			return w == "warring" || w == "rival" || w == "two"
		}
	}
	return false
}

// finerPlace returns prev, the place of an act told before, in place of
// loc when loc names only prev's country.
func finerPlace(loc, prev *truce.Location) *truce.Location {
	if prev == nil || prev.Precision == "country" || prev.Country == "" {
		return loc
	}
	if loc == nil || loc.Precision == "country" && loc.Country == prev.Country {
		l := *prev
		return &l
	}
	return loc
}

// alsoDoer returns, for an act told with "also" that names no doer ("A fire
// was also started at the consulate", "cars were also set ablaze"), the doer of
// the latest violent act told in the sentence or the two before it, or nil.
func (d *doc) alsoDoer(st *sent, cd *candidate) []truce.Actor {
	if len(cd.src) > 0 || !cd.e.has(flagViolent) {
		return nil
	}
	also := false
	for k := max(cd.i-2, 0); k < cd.j; k++ {
		also = also || st.low[k] == "also"
	}
	if !also {
		return nil
	}
	for k := len(d.cands) - 1; k >= 0; k-- {
		prev := d.cands[k]
		if prev.st.s.Index < st.s.Index-2 {
			break
		}
		if prev.e.has(flagViolent) && len(prev.ev.Source) > 0 {
			return prev.ev.Source
		}
	}
	return nil
}

// venueWords name places where people gather that an attack on is an
// attack on the people there: a hotel, a market, a concert hall, a place
// of worship, a school, a wedding, a crowd of mourners.
var venueWords = filtered(wordSet("hotel", "hotels", "market", "markets", "marketplace", "bazaar", "restaurant", "restaurants",
	"cafe", "café", "bar", "bars", "nightclub", "concert", "venue", "theatre", "theater", "cinema", "stadium", "mall",
	"supermarket", "church", "churches", "mosque", "mosques", "temple", "synagogue", "shrine", "school", "schools",
	"wedding", "funeral", "memorial", "mourners", "worshippers", "shoppers", "diners", "guests", "audience",
	"festival", "procession", "pilgrims", "congregation", "worshipers", "bus", "buses"))

// venuePreps lead from an attack to what it hit: "an assault on a
// concert hall", "threw a grenade into a bar", "blew himself up among
// mourners".
var venuePreps = filtered(wordSet("on", "at", "into", "inside", "near", "outside", "among", "against", "of", "targeting"))

// venueAttacked reports whether a violent trigger hits a place where
// people gather, named in the phrase right after it ("stormed a hotel in
// the capital", "the assault on a concert venue outside the city",
// "detonated his vest near a procession"): the people there are its
// victims. A place further on ("struck a base near a market") is only
// where the target is.
func venueAttacked(st *sent, cd *candidate) bool { return venueAt(st, cd) >= 0 }

// venueAt returns the token of the gathering place venueAttacked finds,
// or -1.
func venueAt(st *sent, cd *candidate) int {
	k := cd.j
	if k < len(st.low) && venuePreps.has(st.low[k]) {
		k++
	}
	for n := 0; k < len(st.low) && n < 8; k, n = k+1, n+1 {
		w := st.low[k]
		if venueWords.has(w) {
			return k
		}
		if !claimDeterminers.has(w) && !isModifier(st.toks[k]) {
			return -1
		}
	}
	return -1
}

// venueNamesTarget reports whether every target the roles found for a
// violent trigger only qualifies the gathering place it hit, named after
// it: in "blew themselves up among mourners at a memorial for the late
// general" the victims are the mourners, not the general.
func venueNamesTarget(st *sent, cd *candidate) bool {
	v := venueAt(st, cd)
	if v < 0 || len(cd.tgt) == 0 {
		return false
	}
	for _, m := range cd.tgt {
		if m.i <= v || isArmedGroup(m.actor) || armedSector.has(m.actor.Sector) {
			return false
		}
	}
	return true
}

// venueVictims gives a violent act that hit a place where people gather
// the people there as its victims: "gunmen stormed a hotel", "the assault
// on a concert venue", whoever the attackers are. It returns tgt
// unchanged for any other act, or when the roles found someone else hit.
func (c *Coder) venueVictims(d *doc, cd *candidate, src, tgt []truce.Actor, loc *truce.Location) []truce.Actor {
	st := cd.st
	hit := len(tgt) == 0 && (cd.venue || venueAttacked(st, cd)) || !peopleTarget(tgt) && venueNamesTarget(st, cd)
	if !hit || len(src) == 0 || hasSector(src, "PRO") || crowdSource(cd.src) {
		return tgt
	}
	// The place is the venue's country; failing a place, that of whom
	// the venue is named for, the article's or the attackers'.
	cc := countryOfEvent(loc, tgt)
	if cc == "" {
		cc = d.focus
	}
	if cc == "" {
		cc = countryOfEvent(nil, src)
	}
	if a, ok := c.actors.Lookup(cc+"CVL", d.date); ok && cc != "" {
		return []truce.Actor{a}
	}
	return tgt
}

// trailingSpeaker returns the speaker a report verb after the trigger
// names, set off by a comma: in "The strike was a breach of our borders,
// the defence ministry said" the ministry blames. Nothing when the report
// verb governs a clause of its own or no speaker resolves.
func (c *Coder) trailingSpeaker(d *doc, st *sent, cd *candidate, loc *truce.Location) []truce.Actor {
	// "she refused", "men who had mocked him": a subject the roles did
	// not resolve is no gap for the speaker to fill.
	for n := 0; n < cd.i; n++ {
		if unfilledSubject.has(st.low[n]) {
			return nil
		}
	}
	k := trailingReport(st, cd.j-1)
	if k < 0 {
		return nil
	}
	m := reportSpeaker(st, k)
	if m == nil || m.i < cd.j {
		return nil
	}
	if r := c.resolveGeneric(d, st, []*mention{m}, loc, nil); len(r) == 1 {
		return r
	}
	return nil
}

// unfilledSubject are the pronouns that, before a trigger, stand for a
// doer of their own: personal pronouns and relative ones.
var unfilledSubject = filtered(map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	"who": true, "whom": true, "which": true, "whose": true, "that": true,
})

// participleDoer gives a participle set off by a comma the doer its main
// clause named: in "Gunmen of the Mai-Mai raided a village, torching huts
// and abducting herders" the bare "gunmen" the participle finds as its
// subject is the Mai-Mai the main verb took from the same phrase.
func participleDoer(st *sent, cd *candidate, earlier []*candidate) {
	// "…, setting trucks ablaze and abducting drivers": a participle
	// that already shares the doer of the act before it is part of it.
	if n := len(earlier); n > 0 && cd.i > 0 && st.low[cd.i-1] == "and" && st.toks[cd.i].tag == "VBG" && len(cd.src) > 0 && len(earlier[n-1].src) > 0 && cd.src[0] == earlier[n-1].src[0] {
		cd.doerOf = earlier[n-1]
		return
	}
	if len(cd.src) != 1 || cd.src[0].kind != "sector" || cd.i == 0 || st.toks[cd.i].tag != "VBG" {
		return
	}
	if w := st.low[cd.i-1]; w != "," && w != "and" {
		return
	}
	m := cd.src[0]
	for k := len(earlier) - 1; k >= 0; k-- {
		prev := earlier[k]
		if prev.i >= cd.i || len(prev.src) == 0 {
			continue
		}
		if p := prev.src[0]; p != m && p.kind != "sector" && p.i > m.i && p.j <= prev.i && st.clause[p.i] == st.clause[m.i] {
			cd.src, cd.doerOf = prev.src, prev
		}
		return
	}
}

// businessGoods are nouns for property a business owns, whose burning or
// looting is done to business: "set 30 lorries ablaze", "looted the
// shops", "the destruction of a phone mast".
var businessGoods = filtered(wordSet("truck", "trucks", "lorry", "lorries", "tanker", "tankers", "shop", "shops", "store",
	"stores", "warehouse", "warehouses", "factory", "factories", "mast", "masts", "businesses", "kiosks", "stalls"))

// businessPropertyHit reports whether the thing a destroying or looting
// trigger acts on is business property ("torched a fuel depot's tankers",
// "setting dozens of lorries ablaze"). It looks inside the trigger and a
// few words after it, stopping at a comma or at "and" before a second
// participle, so "burning trucks and abducting drivers" ends at "trucks".
func businessPropertyHit(st *sent, cd *candidate) bool {
	for k := cd.i + 1; k < len(st.low) && k < cd.j+6; k++ {
		w := st.low[k]
		if w == "," || w == ";" || w == "and" && k+1 < len(st.low) && st.toks[k+1].tag == "VBG" {
			return false
		}
		if businessGoods.has(w) {
			return true
		}
	}
	return false
}
