package code

import "strings"

// prec61: an attack turned back told with its attacker after "by".
//
// "the army said it had repelled an attack by Boko Haram fighters on its
// post": the attack noun names the attacker and the post it hit, and
// annotators of every batch code that attack, from the attacker. The
// reading of the whole phrase as the defenders' fight (lex60, "repelled
// the assaults", "beat back a rebel push") is left to the noun.

// prec61RepelVerbs open the lex60 rows of an attack turned back.
var prec61RepelVerbs = filtered(wordSet("repel", "repels", "repelled", "repelling", "repulse", "repulses",
	"repulsed", "repulsing", "beat", "beats", "beating", "beaten", "fought", "fight", "fights", "fighting",
	"drove", "drive", "drives", "driving", "driven"))

// prec61RepelledAttackBy drops the reading of an attack turned back when
// its object is followed by "by" and the attacker, whether or not the
// trigger's span ran on over them.
func prec61RepelledAttackBy(st *sent, cd *candidate) bool {
	if !prec61RepelReading(st, cd) {
		return false
	}
	for k := cd.i + 1; k < cd.j && k+1 < len(st.low); k++ {
		if prec61TurnedBack.has(st.low[k]) {
			return st.low[k+1] == "by"
		}
	}
	return cd.j < len(st.low) && st.low[cd.j] == "by"
}

// prec61RepelReading reports whether cd is the lex60 reading of an attack
// turned back, told from the side that held ("repelled the assaults").
func prec61RepelReading(st *sent, cd *candidate) bool {
	ws := cd.e.words
	return cd.e.cameo == "190" && cd.e.pos == 'V' && len(ws) > 1 && prec61RepelVerbs.has(st.low[cd.i]) &&
		(ws[1] == "back" || ws[1] == "off" || strings.HasPrefix(ws[0], "repel") || strings.HasPrefix(ws[0], "repuls"))
}

// prec61OwnFight reports whether the verb at k turns back an attack told
// as the fight of the side that held, with no attacker after "by": "said
// it had repelled the assaults", "said its troops drove back the rebels".
// A force saying so claims the fight as its own blow (tell35ForceClaim);
// "said it had repelled an attack by rebels on its post" reports the
// rebels' attack instead.
func prec61OwnFight(st *sent, k int) bool {
	if !prec61RepelVerbs.has(st.low[k]) {
		return false
	}
	w := st.low[k]
	from := k + 1
	if !strings.HasPrefix(w, "repel") && !strings.HasPrefix(w, "repuls") {
		if from >= len(st.low) || st.low[from] != "back" && st.low[from] != "off" {
			return false
		}
		from++
	}
	for x := from; x < len(st.low) && x <= from+4; x++ {
		if prec61TurnedBack.has(st.low[x]) {
			return x+1 >= len(st.low) || st.low[x+1] != "by"
		}
		if st.low[x] == "," || clauseBreaks.has(st.low[x]) {
			return false
		}
	}
	return false
}

// prec61TurnedBack are the objects of the lex60 rows of an attack turned
// back: the attack or the attackers.
var prec61TurnedBack = filtered(wordSet("attack", "attacks", "assault", "assaults", "offensive", "offensives", "push",
	"advance", "advances", "raid", "raids", "incursion", "incursions", "attempt", "onslaught", "attackers", "assailants",
	"militants", "insurgents", "rebels", "fighters", "gunmen", "jihadists", "raiders"))

// prec61RepelledSide gives the attack turned back its attacker as the
// target when the attack noun names it as a modifier and the subject
// reading took it in as a doer: "its troops had repelled a separate RSF
// push", "militiamen beat back a rebel assault on the town". The side
// that held stays the source.
func prec61RepelledSide(st *sent, built []*candidate) {
	for _, cd := range built {
		ev := &cd.ev
		if cd.folded || len(ev.Target) > 0 || len(ev.Source) < 2 || !prec61RepelReading(st, cd) {
			continue
		}
		for k := cd.i + 1; k < cd.j; k++ {
			m := st.mentionAt(k)
			if m == nil || m.place || m.actor.ID == "" {
				continue
			}
			for n, a := range ev.Source {
				if a.ID == m.actor.ID {
					ev.Target = append(ev.Target, a)
					ev.Source = append(ev.Source[:n:n], ev.Source[n+1:]...)
					break
				}
			}
			break
		}
	}
}

// prec61RepelGoal drops an attack to be turned back that another act is
// done to help with: "invited them in to help repel the advance", "sent
// troops to help drive back the rebels", "in order to repel an attack".
// It is a goal, not a fight told.
func prec61RepelGoal(st *sent, cd *candidate) bool {
	if !prec61RepelReading(st, cd) || cd.i < 2 {
		return false
	}
	k := cd.i - 1
	if st.low[k] == "to" {
		if st.low[k-1] == "order" {
			return true
		}
		k--
	}
	switch st.low[k] {
	case "help", "helps", "helped", "helping":
		return true
	}
	return false
}
