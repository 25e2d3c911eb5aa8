package code

import "github.com/truce-project/truce"

// A ceasefire an armed group declares on its own ("The group said it was
// declaring a ceasefire", "the rebels announced a three-day truce") is
// aimed at the state it fights: with no other side named, the target is
// the government of the group's country (snippets README, "Ceasefires":
// one side declaring one concedes to the other).

// prec54RebelTruceTarget gives a one-sided ceasefire declared by a rebel
// group, and aimed at no one or only at its own side, the group's
// government as its target.
func (c *Coder) prec54RebelTruceTarget(d *doc, built []*candidate) {
	for _, cd := range built {
		ev := &cd.ev
		if cd.folded || ev.Mode != "ceasefire" || ev.Type != truce.Concede && ev.Type != truce.Retreat ||
			len(ev.Source) != 1 || !prec54OwnSideOnly(ev) || ev.Source[0].Sector != "REB" || ev.Source[0].Country == "" {
			continue
		}
		gov := c.sectorActor(truce.Actor{Sector: "GOV"}, ev.Source[0].Country, d.date)
		ev.Target = []truce.Actor{gov}
	}
}

// prec54OwnSideOnly reports whether ev names no target, or only rebels of
// its source's country that the sentence does not name (taken from the
// story: "The Communist Party of the Philippines had declared a
// ceasefire" after its armed wing's ambush is told is not aimed at the
// wing).
func prec54OwnSideOnly(ev *truce.Event) bool {
	for _, a := range ev.Target {
		if a.Text != "" || a.Sector != "REB" || len(ev.Source) == 0 || a.Country != ev.Source[0].Country {
			return false
		}
	}
	return true
}
