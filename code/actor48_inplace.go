package code

// actor48InPlaceSectors are the unarmed organs of a state that a place
// right after them, joined by "in", places at home: "the high court in
// Nairobi", "government officials in Addis Ababa", "prosecutors in Paris".
var actor48InPlaceSectors = map[string]bool{"GOV": true, "JUD": true, "LEG": true, "COP": true, "SPY": true}

// actor48InPlaceWords are the state nouns that stand abroad, so that the
// place after them says where they serve, not whose they are: "the
// ambassador in London", "diplomats in Kabul".
var actor48InPlaceWords = filtered(wordSet("ambassador", "ambassadors", "envoy", "envoys",
	"diplomat", "diplomats", "embassy", "embassies", "consulate", "consulates", "consul",
	"delegation", "delegations", "mission", "missions", "mediators", "negotiators", "counterpart",
	"counterparts", "attaché", "attache"))

// actor48InPlace returns the country of the place named right after a
// generic organ of state by "in" when it opens the sentence ("officials in
// Addis Ababa met rebel leaders in Pretoria", "the high court in Nairobi
// blocked the deployment of police to Haiti"), or "": the organ is that
// place's state, wherever the event it takes part in happens. Dev: gold
// gives every organ so placed that is an actor of its event the place's
// country; the rule changes no dev event, since there the event happens in
// the same country. Armed forces are left alone ("troops in Syria" may be
// anyone's), and so are envoys and missions, which serve abroad.
func actor48InPlace(st *sent, m *mention) string {
	if !actor48InPlaceSectors[m.actor.Sector] || m.actor.ID != "" || m.j+1 >= len(st.low) || st.low[m.j] != "in" || actor48InPlaceWords.has(st.low[m.j-1]) {
		return ""
	}
	// Only the sentence's first actor, its subject: a later one ("…, as
	// authorities in Croatia cracked down", "…, the defence ministry in
	// Moscow said") heads a clause of its own or tells the event, and
	// given a country of its own it became the target of the main
	// clause's event (PLOVER's gold lost one event, dev one, without this).
	for n := range st.mentions {
		if f := &st.mentions[n]; !f.place {
			if f.i != m.i && f.j != m.i { // "Government officials in …" are one phrase
				return ""
			}
			break
		}
	}
	k := m.j + 1
	if p := st.placeStarting(k); p != nil {
		return p.place.Country
	}
	if c := st.mentionAt(k); c != nil && c.i == k && c.kind == "capital" {
		return c.actor.Country
	}
	return ""
}
