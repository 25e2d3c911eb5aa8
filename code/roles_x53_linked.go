package code

import "github.com/truce-project/truce"

// Issue 3, round x53: people told by whom they are linked to. "Police
// arrested two men linked to the cell", "the ministry blamed criminals it
// tied to the rebel movement", "he blamed people linked to drug
// trafficking": a bare noun of people is only who they are through the
// link, and the side the event acts on (or that acts) is the one the link
// names: the group or party named after it, the armed group the article
// named before when the link is to "the cell" or "the network", or
// criminals when it is to a crime.

// x53LinkVerbs tie people to a side, with the preposition that follows
// each: "linked to", "tied to", "associated with", "belonging to".
var x53LinkVerbs = map[string]string{
	"linked": "to", "tied": "to", "connected": "to", "belonging": "to",
	"associated": "with", "affiliated": "with",
}

// x53LinkNouns tie people to a side after "with" or "having": "men with
// links to al-Shabaab", "suspects with ties to the gang".
var x53LinkNouns = filtered(wordSet("links", "ties", "connections", "link"))

// x53CellNouns name again, with "the", an armed group or a part of one:
// "linked to the cell", "to the network".
var x53CellNouns = filtered(wordSet("cell", "cells", "network", "group", "militants", "attackers", "bombers", "plotters", "militia", "faction"))

// x53CrimeNouns name crime as what people are linked to: "linked to drug
// trafficking", "tied to organised crime", "linked to the gangs".
var x53CrimeNouns = filtered(wordSet("trafficking", "smuggling", "crime", "crimes", "narcotics", "drug", "drugs",
	"gang", "gangs", "cartel", "cartels", "mafia", "mafias", "racketeering", "extortion", "kidnappers"))

// linkedPeopleX53 replaces a bare noun of people on either side of cd by
// the side its link names.
func (c *Coder) linkedPeopleX53(d *doc, cd *candidate) {
	for n, m := range cd.tgt {
		if l := c.linkedSideX53(d, cd.st, m); l != nil {
			cd.tgt = append(append(append([]*mention{}, cd.tgt[:n]...), l...), cd.tgt[n+1:]...)
			break
		}
	}
	for n, m := range cd.src {
		if l := c.linkedSideX53(d, cd.st, m); l != nil {
			cd.src = append(append(append([]*mention{}, cd.src[:n]...), l...), cd.src[n+1:]...)
			break
		}
	}
}

// linkedSideX53 returns the side a bare noun of people m is linked to by
// the words right after it, or nil: "two men linked to the cell",
// "'criminals' it linked to the rebels", "suspects with ties to the gang".
// An official body ("police officers linked to the cartel") stays what it
// is, and so does a militia ("clan militias linked to the regional
// administration"), a side of its own.
func (c *Coder) linkedSideX53(d *doc, st *sent, m *mention) []*mention {
	if m.kind != "sector" || m.actor.ID != "" || m.place || !st.holds(m) {
		return nil
	}
	switch m.actor.Sector {
	case "GOV", "MIL", "COP", "JUD", "LEG", "MLT":
		return nil
	}
	k := m.j
	// "'criminals' it linked to": a closing quote and the pronoun of who
	// draws the link.
	for k < len(st.low) && (st.low[k] == "'" || st.low[k] == "\"" || st.low[k] == "''" || st.low[k] == "it" || st.low[k] == "they" || st.low[k] == "he" || st.low[k] == "she") && k < m.j+3 {
		k++
	}
	if k+1 >= len(st.low) {
		return nil
	}
	if p, ok := x53LinkVerbs[st.low[k]]; ok && st.low[k+1] == p {
		k += 2
	} else if (st.low[k] == "with" || st.low[k] == "having") && x53LinkNouns.has(st.low[k+1]) && k+2 < len(st.low) && (st.low[k+2] == "to" || st.low[k+2] == "with") {
		k += 3
	} else {
		return c.t62SuspectsSide(d, st, m, k)
	}
	for n := k; n < len(st.low) && n < k+5; n++ {
		if s := c.t62RecalledDoers(d, st, m, n, k); s != nil {
			return s
		}
		if y := st.mentionAt(n); y != nil {
			if y.place || y.actor.Country != "" && y.actor.ID == y.actor.Country {
				return nil
			}
			if y.actor.ID == "" && y.actor.Sector == "" {
				return nil
			}
			return st.coordinated(y)
		}
		w := st.low[n]
		if x53CrimeNouns.has(w) {
			x := *m
			x.actor = truce.Actor{Text: m.actor.Text, Name: "criminals", Sector: "CRM"}
			return []*mention{&x}
		}
		if x53CellNouns.has(w) && n > k && st.low[n-1] == "the" {
			if g := d.groupBefore(st, n); g != nil {
				x := *m
				x.actor = *g
				x.actor.Text = m.actor.Text
				x.kind = "group"
				return []*mention{&x}
			}
			return nil
		}
		// ("cattle smuggling": the tagger may take the crime's own
		// modifier for a verb.)
		if !determiners.has(w) && !isModifier(st.toks[n]) && !(n+1 < len(st.low) && x53CrimeNouns.has(st.low[n+1])) {
			return nil
		}
	}
	return nil
}
