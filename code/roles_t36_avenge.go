package code

import "github.com/truce-project/truce"

// A vow of revenge after an attack: "A suicide bomber killed 73 people at
// the airport … The president said Washington would hunt down those
// responsible and make them pay", "… the spokesman vowed that the fallen
// soldiers would be avenged". The threat is aimed at whoever made the
// attack, not at the dead it speaks of.

// revengeWords tell that a threat answers an attack suffered.
var revengeWords = filtered(wordSet("avenge", "avenged", "avenging", "revenge", "retaliate", "retaliation", "responsible",
	"perpetrators", "attackers", "pay"))

// attackAvenged returns, for a threat whose clause speaks of revenge
// (revengeWords) and whose target is no one or only the threatening
// side's own people (or people not yet placed who are no armed foe), the
// makers of the latest attack told in the two
// sentences before, as mentions at cd's trigger; nil when there is none or
// the threatening side made it.
func attackAvenged(d *doc, cd *candidate) []*mention {
	st := cd.st
	if len(cd.src) == 0 || !revengeAfter(st, cd.j) {
		return nil
	}
	// "A government spokesman vowed …": a side not yet placed is of the
	// country the story is about.
	cc := cd.src[0].actor.Country
	if cc == "" && cd.src[0].actor.ID == "" {
		cc = d.storyFocus()
	}
	// "the fallen soldiers would be avenged": the threatening side's own
	// dead, named or not yet placed, are no target; armed foes are.
	for _, m := range cd.tgt {
		if m.actor.ID == "" && !holderSectors.has(m.actor.Sector) {
			continue
		}
		if cc == "" || m.actor.Country != cc || holderSectors.has(m.actor.Sector) {
			return nil
		}
	}
	for n := len(d.cands) - 1; n >= 0; n-- {
		p := d.cands[n]
		idx := p.st.s.Index
		if idx >= st.s.Index || idx < st.s.Index-2 || p.folded || p.ev.Type != truce.Assault || len(p.ev.Source) == 0 {
			continue
		}
		return makersAt(cd, p, func(cd *candidate, a truce.Actor) bool {
			return answerer(cd, a) || cc != "" && a.Country == cc && isState(a)
		})
	}
	return nil
}

// revengeAfter reports whether the words from the trigger's last token on,
// up to the end of the sentence or a turn ("but", "while"), speak of
// revenge: "hunt down those responsible", "vowed that the dead would be
// avenged".
func revengeAfter(st *sent, j int) bool {
	if j <= 0 || j > len(st.low) {
		return false
	}
	for k := j - 1; k < len(st.low) && k < j+14; k++ {
		switch st.low[k] {
		case ".", ";", "but", "while":
			return false
		}
		if revengeWords.has(st.low[k]) {
			return true
		}
	}
	return false
}
