package code

// A refusal or threat by those who challenge a state, named with no one
// it is aimed at, is aimed at that state's government.

import "github.com/truce-project/truce"

// challengerSectors are the sectors of those who stand against their own
// state: rebels, the opposition, protesters, unions, students, civilians.
var challengerSectors = filtered(wordSet("REB", "OPP", "PRO", "LAB", "EDU", "CVL"))

// challengerTarget gives a rejection or a threat with no target, by
// rebels or the opposition of one country, that country's government:
// "a splinter faction of the rebels rejected the deal and threatened to
// keep fighting", "the opposition candidates rejected the result".
func (b *building) challengerTarget() {
	ev := &b.cd.ev
	if len(ev.Target) > 0 || len(ev.Source) == 0 || ev.Type != truce.Reject && ev.Type != truce.Threaten {
		return
	}
	cc := ev.Source[0].Country
	for _, a := range ev.Source {
		if a.Country == "" || a.Country != cc || !challengerSectors.has(a.Sector) {
			return
		}
	}
	// "Hezbollah blamed Israel … and vowed that it would face a just
	// punishment": an act told before in the sentence aimed abroad lends
	// its target instead.
	for _, p := range b.d.cands {
		if p.st == b.st && p != b.cd && !p.folded && p.j <= b.cd.i {
			for _, t := range p.ev.Target {
				if t.Country != "" && t.Country != cc {
					return
				}
			}
		}
	}
	if g, ok := b.c.actors.Lookup(cc+"GOV", b.d.date); ok {
		g.Text = ""
		ev.Target = []truce.Actor{g}
	}
}
