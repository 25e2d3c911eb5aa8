package code

import "github.com/truce-project/truce"

// toll41HarmAfter are the participles and past verbs that, told right
// after a forced entry or a boarding with the same doer, say the act hurt
// or killed people: "boarded the boats, seizing rifles and wounding a
// sailor", "stormed the embassy, shooting dead a guard", "rammed the tug
// and injured three of its crew".
var toll41HarmAfter = filtered(wordSet("wounding", "injuring", "maiming", "killing", "shooting", "stabbing",
	"wounded", "injured", "maimed", "killed", "stabbed"))

// toll41CoercionModes are the modes of coercion a harm told after it
// turns into an assault: forced entries, boardings and blockades, not
// arrests, bans or curfews, nor a theft ("robbed a shop, shooting dead
// three people" is a crime the killing tells).
var toll41CoercionModes = filtered(wordSet("", "restrict"))

// toll41HarmfulCoercion recodes as an assault a forced entry, boarding or
// ramming whose own clause goes on to tell the people it hurt or killed:
// "coast guard personnel rammed and boarded the navy's boats, seizing
// rifles and wounding a sailor", "a gunman stormed the embassy, shooting
// dead a guard and wounding two others". Force used on people is the act;
// its toll then goes to it. It runs before the tolls are read.
func (c *Coder) toll41HarmfulCoercion(d *doc, st *sent, built []*candidate) {
	done := -1
	for _, cd := range built {
		if cd.folded || cd.ev.ID == "" || cd.ev.Type != truce.Coerce || cd.e.pos != 'V' || !toll41CoercionModes.has(cd.ev.Mode) {
			continue
		}
		// "fired on demonstrators blocking a highway, killing two": a
		// participle describing the victims is not the act.
		if t := st.toks[cd.i].tag; t != "VBD" && t != "VBZ" && t != "VBP" {
			continue
		}
		// "boarded the boats, seizing rifles and wounding a sailor": the
		// seizing told between the act and the harm stays a seizure.
		if cd.i < done {
			continue
		}
		k := toll41HarmInClause(st, cd.j)
		if k < 0 || toll41AssaultBetween(built, cd, k) {
			continue
		}
		if !c.recode(&cd.ev, "18") {
			continue
		}
		if st.low[k] == "shooting" || st.low[k] == "shot" {
			cd.ev.Mode = "firearms"
		}
		// "…, killing a guard": the killing the participle tells is the
		// act's own, and its toll the act's.
		for _, b := range built {
			if b != cd && !b.folded && b.i == k && b.ev.Type == truce.Assault {
				b.folded, b.corefOf = true, cd
				cd.killed = cd.killed || b.e.has(flagKill)
				if b.ev.Mode != "" {
					cd.ev.Mode = b.ev.Mode
				}
			}
		}
		cd.ev.ID = eventID(d.a.ID, st.s.Index, cd.ev.Type, cd.ev.Source, cd.ev.Target, cd.i)
		done = k
	}
}

// toll41HarmInClause returns the token of a harm told in the clause that
// runs from token j, or -1: an -ing participle after a comma or "and"
// (", wounding two", ", seizing rifles and injuring a sailor"), or a past
// verb after "and" ("and wounded a sailor"), with its victim after it.
// A new clause ("when", "after", a semicolon, a report) ends the search.
func toll41HarmInClause(st *sent, j int) int {
	for k := j; k < len(st.low) && k < j+25; k++ {
		w := st.low[k]
		switch w {
		case ";", ".", "when", "after", "before", "while", "because", "but", "said", "says", "who", "which":
			return -1
		}
		if !toll41HarmAfter.has(w) || k == 0 {
			continue
		}
		prev := st.low[k-1]
		ing := len(w) > 3 && w[len(w)-3:] == "ing"
		if ing && prev != "," && prev != "and" || !ing && prev != "and" {
			continue
		}
		obj := k + 1
		if w == "shooting" || w == "shot" {
			if obj >= len(st.low) || st.low[obj] != "dead" && st.low[obj] != "and" {
				continue
			}
			obj++
		}
		if toll41ObjectAfter(st, obj) {
			return k
		}
	}
	return -1
}

// toll41AssaultBetween reports whether an assault of its own was built
// from a trigger between the coercion and the harm told after it (not at
// the harm itself): the harm is that assault's, and the coercion stays
// what it was.
func toll41AssaultBetween(built []*candidate, cd *candidate, k int) bool {
	for _, b := range built {
		if b != cd && !b.folded && b.ev.Type == truce.Assault && b.i > cd.i && b.i < k {
			return true
		}
	}
	return false
}
