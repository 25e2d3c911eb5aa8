package code

// Issue 3, round x75: a post told as "their post" or "its station" is held
// by the force the pronoun stands for. When that force is the police
// ("Police said they came under attack. Gunmen stormed their post and
// killed three officers"), the post and the bare officers are the police's,
// not the army's the dictionary gives a bare "post".

// x75HeldSites are the nouns of ground a force holds.
var x75HeldSites = filtered(wordSet("post", "posts", "outpost", "outposts", "station", "stations", "checkpoint", "checkpoints",
	"base", "bases", "camp", "camps", "position", "positions", "barracks"))

// x75PoliceSites reads a military site that "their" or "its" opens as the
// police's when the force last named, earlier in its sentence or in the
// two sentences before, is the police.
func (d *doc) x75PoliceSites(st *sent) {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.actor.Sector != "MIL" || m.kind != "sector" || m.j-m.i != 1 || m.i == 0 || !x75HeldSites.has(st.low[m.i]) {
			continue
		}
		if w := st.low[m.i-1]; w != "their" && w != "its" {
			continue
		}
		f := d.x75ForceBefore(st, m.i-1)
		if f == nil || f.actor.Sector != "COP" {
			continue
		}
		m.actor.Sector = "COP"
		if f.actor.Country != "" {
			m.actor.Country = f.actor.Country
			m.actor.ID = f.actor.Country + "COP"
		}
	}
}

// x75ForceBefore returns the last mention of a state force (army or
// police) before token k of st, else the last in the two sentences
// before it; nil when a sentence between names none.
func (d *doc) x75ForceBefore(st *sent, k int) *mention {
	var last *mention
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.i < k && !m.place && (m.actor.Sector == "MIL" || m.actor.Sector == "COP") {
			last = m
		}
	}
	if last != nil {
		return last
	}
	at := -1
	for n, s := range d.sents {
		if s == st {
			at = n
		}
	}
	for n := at - 1; n >= 0 && n >= at-2; n-- {
		s := d.sents[n]
		for q := len(s.mentions) - 1; q >= 0; q-- {
			m := &s.mentions[q]
			if !m.place && (m.actor.Sector == "MIL" || m.actor.Sector == "COP") {
				return m
			}
		}
	}
	return nil
}

// x75PoliceOfficers makes bare officers police when their sentence names
// only the police as a force: the officers are that force's.
func x75PoliceOfficers(bare []*mention) {
	for _, m := range bare {
		m.actor.Sector = "COP"
		if m.actor.Country != "" {
			m.actor.ID = m.actor.Country + "COP"
		}
	}
}
