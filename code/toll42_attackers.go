package code

import (
	"github.com/truce-project/truce"
	"github.com/truce-project/truce/nlp"
)

// The attackers killed after their attack are as many as the story
// counted them: "Three gunmen opened fire on a mosque, killing six,
// before police killed [the attackers]" kills three more; "two
// assailants killed five people. [The attackers], a man and a woman,
// were shot dead by security forces" kills two; "police shot dead [the
// gunman]" kills one.

// toll42AttackerNouns name those who carried out an attack, singular and
// plural.
var toll42AttackerNouns = filtered(wordSet("attacker", "attackers", "assailant", "assailants", "gunman", "gunmen",
	"bomber", "bombers", "raider", "raiders", "hijacker", "hijackers", "kidnapper", "kidnappers",
	"intruder", "intruders", "shooter", "shooters"))

// toll42SingleAttacker reports whether w is the singular of an attacker
// noun.
func toll42SingleAttacker(w string) bool {
	switch w {
	case "attacker", "assailant", "gunman", "bomber", "raider", "hijacker", "kidnapper", "intruder", "shooter":
		return true
	}
	return false
}

// toll42KilledAttackers gives a killing of "the attackers" with no toll
// of its own as many dead as the attackers were counted before in the
// story, and a killing of "the gunman" one.
func toll42KilledAttackers(d *doc, st *sent, cands []*candidate) {
	for _, cd := range cands {
		if cd.folded || cd.ev.ID == "" || cd.ev.Fatalities != nil || !isViolent(cd) {
			continue
		}
		verb := killVerbOf(cands, cd)
		if verb == nil {
			continue
		}
		n := toll42AttackersOf(st, cands, cd, verb)
		if n < 0 {
			continue
		}
		c := 1
		if !toll42SingleAttacker(st.low[n]) {
			if c = toll42CountedBefore(d, st, n); c <= 0 {
				continue
			}
		}
		cd.ev.Fatalities = &truce.Count{Min: c, Max: c}
	}
}

// toll42AttackersOf returns the token of the attacker noun a verb of
// killing takes as its victims, "the" before it: the object of an active
// verb ("killed [the attackers]", "shot dead [the gunman]") or the
// subject of a passive one, an apposition between them or not ("[the
// attackers], a man and a woman, were shot dead"); -1 when there is none.
func toll42AttackersOf(st *sent, cands []*candidate, cd, verb *candidate) int {
	passive := passiveBefore(st, verb.i)
	if k := toll38KillWord(st, cands, cd); k >= 0 && !passive {
		if k+2 < len(st.low) && st.low[k+1] == "the" && toll42AttackerNouns.has(st.low[k+2]) {
			return k + 2
		}
		return -1
	}
	if !passive {
		return -1
	}
	for n := verb.i - 1; n >= 1 && n >= verb.i-20; n-- {
		switch st.low[n] {
		case ";", ".":
			return -1
		}
		if toll42AttackerNouns.has(st.low[n]) && st.low[n-1] == "the" && (n == 1 || st.low[n-2] == ",") {
			return n
		}
	}
	return -1
}

// toll42CountedBefore returns how many attackers the story counted before
// token n of st ("[three] gunmen opened fire", "after [two] assailants
// killed five"), the latest count first; 0 when it counted none.
func toll42CountedBefore(d *doc, st *sent, n int) int {
	at := -1
	for s, ps := range d.sents {
		if ps == st {
			at = s
		}
	}
	for s := at; s >= 0 && s >= at-2; s-- {
		ps := d.sents[s]
		end := len(ps.low)
		if ps == st {
			end = n
		}
		for k := end - 1; k >= 1; k-- {
			if !toll42AttackerNouns.has(ps.low[k]) || toll42SingleAttacker(ps.low[k]) {
				continue
			}
			// "three gunmen", "two armed assailants"
			c := k - 1
			if c >= 1 && ps.toks[c].tag == "JJ" {
				c--
			}
			if !isFigureOrWord(ps.low[c]) {
				continue
			}
			if cnt, _, ok := nlp.ParseCount([]string{ps.low[c]}); ok && cnt.Min > 1 {
				return cnt.Min
			}
		}
	}
	return 0
}
