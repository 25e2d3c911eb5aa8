package code

// A raid to make arrests: police who raid an office and detain the people
// in it have made one arrest, not an attack and an arrest.

import "github.com/truce-project/truce"

// entryWords open a raid by force on a place: "raided the office",
// "stormed the compound", "forced their way into the embassy".
var entryWords = filtered(wordSet("raided", "raid", "raids", "raiding", "stormed", "storm", "storming", "forced", "searched"))

// raidArrest folds the raid of state forces into the arrest or seizure
// the same forces go on to make with "and": "police raided the office of
// an opposition daily and detained three editors", "officers forced their
// way into the consulate and arrested a former minister", "troops raided
// the village and seized four rifles". The raid is how the arrest was
// made; ACLED and the gold code one arrest (CAMEO 173) or seizure. A raid
// that kills or wounds ("raided the camp and killed five fighters") has no
// arrest to join and stays an attack.
func (c *Coder) raidArrest(d *doc, st *sent, built []*candidate) {
	for _, r := range built {
		if r.folded || r.st != st || !entryWords.has(st.low[r.i]) || len(r.ev.Source) == 0 || !rescueForces.has(r.ev.Source[0].Sector) {
			continue
		}
		if r.ev.Type != truce.Assault && r.ev.Type != truce.Coerce || r.ev.Fatalities != nil || r.ev.Injuries != nil {
			continue
		}
		a := arrestAfterRaid(st, built, r)
		if a == nil {
			continue
		}
		r.folded, r.corefOf = true, a
		c.trace(st, r, "a raid by state forces to make the arrest they go on to (\"raided the office and detained three editors\")")
	}
}

// arrestAfterRaid returns the arrest or seizure of the sentence that the
// same forces make right after the raid r, joined to it by "and" with no
// doer of its own: "raided the office on Monday and detained two staff".
func arrestAfterRaid(st *sent, built []*candidate, r *candidate) *candidate {
	for _, a := range built {
		if a == r || a.folded || a.st != st || a.ev.Type != truce.Coerce || a.i <= r.j || a.i-r.j > 20 {
			continue
		}
		if a.ev.Mode != "arrest" && a.ev.Mode != "seize" || len(a.ev.Source) == 0 || !hasSame(r.ev.Source, a.ev.Source[0]) {
			continue
		}
		and := lastAndBetween(st, r.j, a.i)
		if and < 0 {
			continue
		}
		plain := true
		for k := r.j; k < a.i; k++ {
			if w := st.low[k]; w == ";" || k > and && st.mentionAt(k) != nil {
				plain = false
				break
			}
		}
		if plain {
			return a
		}
	}
	return nil
}
