package code

import "github.com/truce-project/truce"

// A toll told again in the sentence after an attack, by a sentence whose
// own violent events only retell it, is that attack's toll too:
//
//	"Rebels ambushed a convoy on Sunday. The army said its troops had
//	killed several of the attackers."
//	"Troops fought along the border. Yerevan said one of its soldiers had
//	been killed and 13 captured."
//
// A side's word that its own men had killed so many (a past perfect kill
// in reported speech whose doer is the speaker) retells the fighting just
// told, and a taking with no doer of its own ("13 captured", "before the
// crowd was cleared") beside a passive toll is no act that kills: neither
// keeps the toll from the attack before (tollUpdate). The claim keeps its
// count; the taking gives up the one it took.

// toll42Retold reports whether cd, a violent event of st, only retells
// an attack told before rather than telling one of its own.
func toll42Retold(d *doc, st *sent, cd *candidate, reads []tollRead) bool {
	if toll42BareTaking(st, cd, reads) {
		return true
	}
	if !toll42ClaimedKill(st, cd) {
		return false
	}
	// The claim retells a fight with the same sides, not a capture told
	// in between ("they had captured several soldiers").
	prev := latestViolent(d, st)
	return prev != nil && prev.ev.Type != truce.Coerce && toll42SameSides(&prev.ev, &cd.ev)
}

// toll42SameSides reports whether two events share a side: an actor of
// one, by id or by country, is an actor of the other.
func toll42SameSides(a, b *truce.Event) bool {
	for _, x := range [2][]truce.Actor{a.Source, a.Target} {
		for _, y := range [2][]truce.Actor{b.Source, b.Target} {
			for n := range x {
				for m := range y {
					if x[n].ID == y[m].ID || x[n].Country != "" && x[n].Country == y[m].Country {
						return true
					}
				}
			}
		}
	}
	return false
}

// toll42ClaimedKill reports whether cd is a kill in reported speech whose
// doer is the speaker, in the past perfect: "said [its troops had
// killed] several", "claimed that [it had killed] 40 soldiers", "saying
// [its men had killed] hundreds", or an act joined to such a kill in its
// clause ("saying its men had killed hundreds and [destroyed] six
// aircraft"). The sentence names no place finer than a country.
func toll42ClaimedKill(st *sent, cd *candidate) bool {
	for _, p := range st.places {
		if p.place.Precision != "country" {
			return false
		}
	}
	if toll37ApartSentence(st) {
		return false
	}
	if cd.e.has(flagKill) {
		return toll42ClaimAt(st, cd.i) && !toll42NewSetting(st, cd.j)
	}
	for k := cd.i - 1; k >= 0; k-- {
		switch w := st.low[k]; {
		case w == ";" || w == ".":
			return false
		case killWords.has(w):
			return toll42ClaimAt(st, k) && !toll42NewSetting(st, k+1)
		}
	}
	return false
}

// toll42NewSetting reports whether the clause from token j tells the
// kill in an act of its own, "in" or "during" and "a" or "an": "had
// killed five militants [in a raid]" tells a new raid, "in the battle"
// the one told before.
func toll42NewSetting(st *sent, j int) bool {
	for k := j; k+1 < len(st.low); k++ {
		switch st.low[k] {
		case ";", ".", "but", "while", "whereas":
			return false
		case "in", "during":
			if w := st.low[k+1]; w == "a" || w == "an" {
				return true
			}
		}
	}
	return false
}

// toll42ClaimAt reports whether the verb at token k is told in the past
// perfect by a speaker of its own doer: "said [it had killed]", "saying
// [its men had killed]".
func toll42ClaimAt(st *sent, k int) bool {
	k--
	perfect := false
	for k >= 0 && (auxiliaries.has(st.low[k]) || st.toks[k].tag == "RB") {
		if w := st.low[k]; w == "had" || w == "has" || w == "have" {
			perfect = true
		}
		k--
	}
	if !perfect || k < 0 {
		return false
	}
	switch st.low[k] {
	case "it", "they", "we":
		k--
	default:
		// "its troops", "their men", "its own fighters"
		if st.toks[k].tag != "NNS" && st.toks[k].tag != "NN" {
			return false
		}
		k--
		if k >= 0 && st.low[k] == "own" {
			k--
		}
		if k < 0 || !possessives.has(st.low[k]) {
			return false
		}
		k--
	}
	if k >= 0 && st.low[k] == "that" {
		k--
	}
	return k >= 0 && (reportVerbs.has(st.low[k]) || st.low[k] == "saying" || st.low[k] == "claiming")
}

// toll42BareTaking reports whether cd takes, carries off or clears people
// with no doer of its own ("13 captured", "nine abducted", "the crowd was
// cleared") in a sentence whose toll is a passive with no doer either:
// "one soldier had been killed and 13 captured".
func toll42BareTaking(st *sent, cd *candidate, reads []tollRead) bool {
	if toll43BareDamage(st, cd, reads) {
		return true
	}
	if len(cd.src) > 0 || cd.e.has(flagKill) || cd.ev.Type != truce.Coerce && cd.ev.Mode != "abduct" {
		return false
	}
	for _, r := range reads {
		if r.k >= 0 && r.k != cd.i && passiveBefore(st, r.k) && st.agentAfter(r.k+1) == nil {
			return true
		}
	}
	return false
}

// toll42DropTakingTolls takes back the toll a taking with no doer was
// given in a sentence whose toll goes to the attack told before (some
// count of it is no subset, tally or apart sentence, which tollUpdate
// skips).
func toll42DropTakingTolls(st *sent, cands []*candidate, reads []tollRead) {
	carried := false
	for _, r := range reads {
		carried = carried || !subsetOf(st, r) && !toll37TallyRead(st, r) && !toll37ApartSentence(st)
	}
	if !carried {
		return
	}
	for _, cd := range cands {
		if !cd.folded && toll42BareTaking(st, cd, reads) {
			cd.ev.Fatalities, cd.ev.Injuries, cd.ev.Claims = nil, nil, nil
		}
	}
}
