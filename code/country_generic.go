package code

import "github.com/truce-project/truce"

// The country of a generic actor ("the police", "soldiers", "the interim
// government") that the words around it do not name: what the sentence,
// the place of the event and the story say about whose it is.

// genericCountry picks the country of a generic actor: where the event
// happened; else the home of a non-state actor on the other side (the
// police a TTP bombing hits are Pakistan's); else the nearest state named in
// the sentence that is not on the other side; else the side of the
// article's main dyad the other side is not on.
func (d *doc) genericCountry(st *sent, m *mention, loc *truce.Location, other []truce.Actor) string {
	// "A drone strike on a market in Gao": the aircraft of the strike's
	// own words.
	if m.kind == aircraftKind {
		if cc := d.aircraftCountry(st, loc, other); cc != "" {
			return cc
		}
	}
	// "Donald Trump's special envoy", "Erdogan's spokesman": the
	// possessor's country, whoever is on the other side.
	if p := possessorOf(st, m); p != nil {
		return p.actor.Country
	}
	// "a missionary from Calgary": the people's home (roles_x66_from.go).
	if cc := x66FromPlace(st, m); cc != "" {
		return cc
	}
	// "Militias in Iraq fired rockets at a US base in Syria": the
	// group's own place (roles_x105_place.go).
	if cc := rolesX105GroupIn(st, m); cc != "" {
		return cc
	}
	// "the high court in Nairobi": the place's state (actor48_inplace.go).
	if cc := actor48InPlace(st, m); cc != "" {
		return cc
	}
	// "would not allow foreign activists to meddle": of another land.
	if cc := d.foreignCountryX53(st, m, loc, other); cc != "" {
		return cc
	}
	// "Iranian missiles and drones struck": the demonym qualifies both
	// weapons.
	if cc := st.sharedDemonym(m); cc != "" {
		return cc
	}
	// "its troops", "their positions": the state the sentence is about.
	if m.i > 0 && (st.low[m.i-1] == "its" || st.low[m.i-1] == "their") {
		if f := st.firstActor(); f != nil && f != m && isState(f.actor) {
			return f.actor.Country
		}
	}
	// "The country's parliament": the state of the sentence before.
	if cc := d.x104CountrysOwn(st, m); cc != "" {
		return cc
	}
	// "Petro ordered duties, but the White House said his government
	// had agreed": his government is the last person's country.
	if m.i > 0 && (st.low[m.i-1] == "his" || st.low[m.i-1] == "her") {
		for n := len(st.mentions) - 1; n >= 0; n-- {
			if p := st.mentions[n]; p.j <= m.i && p.kind == "person" && p.actor.Country != "" {
				return p.actor.Country
			}
		}
	}
	// "Venezuela's government and the opposition signed a deal in
	// Barbados": an unarmed generic joined to a state's actor is of that
	// state, wherever the event happens.
	if !armedSector.has(m.actor.Sector) {
		for _, x := range st.coordinated(m) {
			if x != m && !x.place && x.actor.Country != "" && isState(x.actor) {
				return x.actor.Country
			}
		}
	}
	// "Russian and Belarusian tanks and troops crossed the border": armed
	// forces joined to a state's forces of the same kind are of that
	// state too, not of the place they strike.
	if armedSector.has(m.actor.Sector) {
		cc := ""
		for _, x := range st.coordinated(m) {
			if x != m && !x.place && x.i < m.i && x.actor.Sector == m.actor.Sector && x.actor.Country != "" && isState(x.actor) {
				cc = x.actor.Country
			}
		}
		if cc != "" {
			return cc
		}
	}
	// "Bogotá and two guerrilla groups agreed to talks", "Khartoum and
	// the rebels signed a truce": rebels joined to a government are that
	// government's own, whoever announces the deal.
	if m.actor.Sector == "REB" {
		for _, x := range st.coordinated(m) {
			if x != m && !x.place && x.i < m.i && x.actor.Country != "" && isState(x.actor) && (x.actor.Sector == "GOV" || x.actor.ID == x.actor.Country) {
				return x.actor.Country
			}
		}
	}
	// "Protesters … attacked the embassies of France in Kinshasa": people
	// protest where they are, whoever they protest against.
	if m.actor.Sector == "PRO" && loc != nil && loc.Country != "" && loc.Precision != "country" {
		return loc.Country
	}
	if cc := homeAuthority(m, other); cc != "" {
		return cc
	}
	if cc := legislatureAtHome(st, m, other); cc != "" {
		return cc
	}
	if cc := authorityAtHome(st, m, other); cc != "" {
		return cc
	}
	// "Nicaragua freed 222 political prisoners and flew them to
	// Washington": a state deals with its own opposition, wherever it
	// sends them.
	if m.actor.Sector == "OPP" {
		for _, o := range other {
			if isState(o) {
				return o.Country
			}
		}
	}
	if cc := speakersArmy(st, m); cc != "" {
		return cc
	}
	if cc := d.coupMakers(st, m); cc != "" {
		return cc
	}
	if cc := d.coupAtHome(st, m, other); cc != "" {
		return cc
	}
	if cc := actedOnOwn(st, m, other); cc != "" {
		return cc
	}
	if cc := x79StagedForces(st, m, other); cc != "" {
		return cc
	}
	// "… The foreign ministry said it would also shut its embassy in
	// Canberra": the organ of the state that acted just before.
	if cc := d.organBeforeS47(st, m); cc != "" {
		return cc
	}
	if cc := d.x65TitleHome(st, m, other); cc != "" {
		return cc
	}
	if cc := d.s57NamedMinisterHome(st, m, other); cc != "" {
		return cc
	}
	if loc != nil && loc.Country != "" && !st.venue(loc) {
		// "Jets struck a house in Khan Younis": aircraft striking a land
		// that has none are another state's.
		if foreignStriker(st, m, loc.Country) {
			return d.strikerCountry(st, loc.Country, other)
		}
		// "Drones hit a depot in Russia's Kursk region", told of Russia's
		// war with Ukraine: the other state's.
		if cc := d.enemyStriker(st, m, loc.Country, other); cc != "" {
			return cc
		}
		// "Troops were deployed to Nouméa": a territory's defence is
		// its sovereign's.
		if s := sovereignOf[loc.Country]; s != "" && m.actor.Sector == "MIL" {
			return s
		}
		// "Settlers torched cars in a West Bank village": settlers are
		// of the state that settles the land, not of the land.
		if s := settlersOf[loc.Country]; s != "" && settlerWords.has(st.low[m.j-1]) {
			return s
		}
		return loc.Country
	}
	// A group that fights abroad is no guide to rebels or civilians: those
	// who accuse "the army and its Wagner allies" of killing civilians in
	// a story set in Mali are Malian, and so are the civilians.
	focus := ""
	if m.actor.Sector == "REB" || m.actor.Sector == "CVL" || x101HomePolice(st, m) {
		focus = d.story
	}
	for _, o := range other {
		if !isState(o) && o.Country != "" && (focus == "" || o.Country == focus) {
			return o.Country
		}
	}
	if cc := t61FreedOwnPeople(st, m, other); cc != "" {
		return cc
	}
	best, dist := "", len(st.toks)+1
	for _, n := range st.mentions {
		cc := n.actor.Country
		// "toward the Malian border" is a frontier, no state at hand
		// "a crowd torched the Iranian consulate": a foreign mission
		// stands abroad, no guide to whose the crowd is.
		if cc == "" || !isState(n.actor) || hasCountry(other, cc) || n.place && n.kind == "demonym" || nationalsNoun(st, &n) || frontier(st, n.i) || t53GoalMention(st, &n) || missionWords.has(st.low[n.j-1]) || n.j < len(st.low) && missionWords.has(st.low[n.j]) {
			continue
		}
		dd := m.i - n.j
		if dd < 0 {
			dd = n.i - m.j
		}
		if dd >= 0 && dd < dist {
			best, dist = cc, dd
		}
	}
	if best != "" {
		return best
	}
	// ("Army jets bombed villages around the town, killing civilians",
	// the town named the sentence before as on a border with two
	// neighbours: civilians are the people of the land the story is set
	// in, whoever strikes them. So are rebels its state fights: "Drones
	// struck a rebel position", told of a war in Mali with Russian allies,
	// hit Malian rebels, not Russian ones.)
	if f := d.story; f != "" && (!hasCountry(other, f) || m.actor.Sector == "CVL" || m.actor.Sector == "REB") {
		return f
	}
	for _, x := range d.dyad {
		if !hasCountry(other, x.Country) {
			return x.Country
		}
	}
	// "Myanmar's military declared a ceasefire. The junta said …": the
	// state the sentence before was about.
	if cc := d.stateBefore(st, other); cc != "" {
		return cc
	}
	if x57StateActedOn(m, other) {
		return d.placesCountry(st) // "President Kowalski threatened Russia"
	}
	// "Myanmar's military detained … leaders": at home.
	for _, o := range other {
		if o.Country != "" {
			return o.Country
		}
	}
	return d.placesCountry(st)
}

// speakersArmy returns the country of a state's military or government
// that reports what "the army" or "the military" did, or "": in "a Turkish
// defence ministry spokesman said the army had hit PKK hideouts in Iraq"
// the army is Turkey's, not the country of the place it hit.
func speakersArmy(st *sent, m *mention) string {
	if m.actor.Sector != "MIL" || m.j-m.i != 1 || m.i == 0 || st.low[m.i-1] != "the" || !ownArmyNouns.has(st.low[m.i]) {
		return ""
	}
	k := governingReport(st, m.i)
	if k < 0 || st.low[k] == "according" {
		return ""
	}
	sp := reportSpeaker(st, k)
	if sp == nil || sp.i > k || !isState(sp.actor) || sp.actor.Country == "" {
		return ""
	}
	if sp.actor.Sector != "MIL" && sp.actor.Sector != "GOV" {
		return ""
	}
	return sp.actor.Country
}

// ownArmyNouns name a state's forces without saying whose: the speaker's
// own, when a state's voice reports them.
var ownArmyNouns = filtered(map[string]bool{"army": true, "military": true})

// sovereignOf maps a dependent territory without its own armed forces to
// the state that defends it: French, Danish, US, British and Dutch
// overseas territories.
var sovereignOf = map[string]string{
	"NCL": "FRA", "PYF": "FRA", "GLP": "FRA", "MTQ": "FRA", "REU": "FRA", "MYT": "FRA", "GUF": "FRA", "WLF": "FRA", "SPM": "FRA",
	"GRL": "DNK", "FRO": "DNK",
	"PRI": "USA", "GUM": "USA", "VIR": "USA", "ASM": "USA", "MNP": "USA",
	"GIB": "GBR", "BMU": "GBR", "CYM": "GBR", "FLK": "GBR", "VGB": "GBR", "MSR": "GBR", "TCA": "GBR",
	"ABW": "NLD", "CUW": "NLD", "SXM": "NLD",
}

// settlersOf maps an occupied territory to the state whose civilians
// settle it: settlers in the West Bank are Israeli.
var settlersOf = map[string]string{"PSE": "ISR"}

// settlerWords head a mention of settlers.
var settlerWords = filtered(map[string]bool{"settler": true, "settlers": true})

// stateBefore returns the country of the first state actor of the nearest
// sentence before st that names one not on the other side, or "". A
// sentence right before st that names no such state but a place gives the
// place's country: in "Protests spread across Bangladesh. The police fired
// tear gas", the police are Bangladesh's.
func (d *doc) stateBefore(st *sent, other []truce.Actor) string {
	for k := len(d.sents) - 1; k >= 0; k-- {
		if d.sents[k].s.Index >= st.s.Index {
			continue
		}
		for _, n := range d.sents[k].mentions {
			if cc := n.actor.Country; cc != "" && isState(n.actor) && !n.place && !hasCountry(other, cc) && !frontier(d.sents[k], n.i) {
				return cc
			}
		}
		if d.sents[k].s.Index != st.s.Index-1 {
			continue
		}
		for _, p := range d.sents[k].places {
			if cc := p.place.Country; cc != "" && !hasCountry(other, cc) && !frontier(d.sents[k], p.i) {
				return cc
			}
		}
	}
	return ""
}

// possessorOf returns the person or state whose possessive stands before a
// generic mention, past up to two modifiers: "Putin's spokesman",
// "Kenya's new envoy".
func possessorOf(st *sent, m *mention) *mention {
	k := possessiveBefore(st, m)
	if k < 1 {
		return nil
	}
	p := st.mentionAt(k - 1)
	if p == nil || p == m || p.place || p.actor.Country == "" || !(p.kind == "person" || isState(p.actor)) {
		return nil
	}
	return p
}

// possessiveBefore returns the index of the possessive "'s" that stands
// before m past up to two modifiers ("Putin's [new] spokesman"), or -1.
func possessiveBefore(st *sent, m *mention) int {
	k := m.i - 1
	for n := 0; n < 2 && k >= 0 && isModifier(st.toks[k]) && !st.isPossessive(k); n++ {
		k--
	}
	if k < 0 || !st.isPossessive(k) {
		return -1
	}
	return k
}

// sharedDemonym returns the country of a state's weapon coordinated right
// before an armed generic, "Iranian missiles and drones", "Russian drones
// and missiles": the demonym qualifies both nouns. Else "".
func (st *sent) sharedDemonym(m *mention) string {
	k := m.i
	if !armedSector.has(m.actor.Sector) || k < 3 || st.low[k-1] != "and" || !militaryHeads.has(st.low[k-2]) {
		return ""
	}
	d := st.mentionAt(k - 3)
	if d == nil || d.j != k-2 || d.kind != "demonym" || d.actor.Sector != "MIL" || d.actor.Country == "" {
		return ""
	}
	return d.actor.Country
}

// authorityAtHome returns the country of the protesters, opponents or
// strikers (see crowdSectors) on the other side of a generic government,
// police force or court, or "": in "rioters burned the regional government's offices"
// and "demonstrators clashed with police" the authority is the crowd's
// own, whatever foreign state the story also names. An embassy or
// consulate is no home authority.
func authorityAtHome(st *sent, m *mention, other []truce.Actor) string {
	switch m.actor.Sector {
	case "GOV", "COP", "JUD":
	default:
		return ""
	}
	if missionWords.has(st.low[m.j-1]) || m.j < len(st.low) && missionWords.has(st.low[m.j]) {
		return ""
	}
	for _, o := range other {
		if crowdSectors.has(o.Sector) && o.Country != "" {
			return o.Country
		}
	}
	return ""
}

// crowdSectors are the crowds that take to a country's streets: its own
// protesters, opponents and strikers. (A journalist or a student may be
// a foreigner the authorities hold.)
var crowdSectors = filtered(map[string]bool{"PRO": true, "OPP": true, "LAB": true})
