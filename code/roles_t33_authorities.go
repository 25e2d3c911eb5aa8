package code

// "The authorities" an outside voice addresses are those of the country
// the story's acts happened in: "Police in Lomé detained six reporters.
// The press freedom group in Paris urged the authorities to free them" asks
// Togo's government, not France's, nor that of another state the sentence
// names later ("…, and the U.S. embassy said it was concerned").

import (
	"slices"

	"github.com/truce-project/truce"
)

// addressedNouns name a state's government in general terms.
var addressedNouns = filtered(wordSet("authorities", "government", "cabinet"))

// addressedKinds are the acts whose object "the authorities" is spoken
// to: appeals and demands.
var addressedKinds = []string{truce.Request}

// ownPeopleKinds are the acts by which a country's own people speak of or
// press "the government", their own: "Opposition deputies accused the
// government of …", "residents blocked the road, demanding that the
// government send troops".
var ownPeopleKinds = []string{truce.Request, truce.Accuse, truce.Protest}

// ownStateSpeakers are the sectors of a country's own people and bodies
// other than its executive and forces: when they appeal to "the
// government", it is their own.
var ownStateSpeakers = filtered(wordSet("OPP", "PRO", "CVL", "LAB", "MED", "REL", "REB", "EDU", "BUS", "LEG", "JUD", "NGO"))

// addressedAuthorities returns, for an appeal whose only target is a bare
// "the authorities" or "the government" (no demonym, no possessor, no
// "in Minsk" after it), the government of the speaker's own country when
// the speaker is of its people (ownStateSpeakers), else of the country
// where the latest act told earlier in the sentence or in the two
// sentences before took place, when that is another country than the
// one the target was given and the speaker is named, not told in general
// terms; nil otherwise.
func (c *Coder) addressedAuthorities(d *doc, cd *candidate) []*mention {
	st := cd.st
	pl := c.lex.cameo[cd.e.cameo].plover
	if len(cd.tgt) != 1 || !slices.Contains(ownPeopleKinds, pl) {
		return nil
	}
	m := cd.tgt[0]
	if m.place || m.kind == "implied" || m.j != m.i+1 || m.i == 0 || m.j > len(st.low) || st.low[m.i-1] != "the" || !addressedNouns.has(st.low[m.i]) {
		return nil
	}
	if m.j < len(st.low) && (st.low[m.j] == "in" || st.low[m.j] == "of" && !chargeOf(st, m.j)) {
		return nil
	}
	// "The Kenyan opposition urged the government to …", "residents
	// blocked the road, demanding that the government …": a people's own
	// party, union, deputies or crowd speak to their own state.
	cc := ""
	for _, x := range cd.src {
		if x.actor.Country != "" && ownStateSpeakers.has(x.actor.Sector) {
			cc = x.actor.Country
		}
	}
	// "Opposition deputies accused the government of …": people told only
	// by what they are, with no country yet, are of the country the story
	// is in, and so is the government they speak of.
	if cc == "" && len(cd.src) > 0 && allOwnPeople(cd.src) {
		cc = d.storyCountry(cd)
	}
	if cc == "" {
		// "Rights groups urged the authorities to …": a speaker told only
		// in general terms is found a country with its addressee, by the
		// story.
		for _, x := range cd.src {
			if x.kind == "sector" {
				return nil
			}
		}
		if !slices.Contains(addressedKinds, pl) {
			return nil
		}
		cc = d.latestActCountry(cd)
	}
	if cc == "" || cc == m.actor.Country {
		return nil
	}
	a, ok := c.actors.Lookup(cc+"GOV", d.date)
	if !ok {
		return nil
	}
	a.Text = m.actor.Text
	out := *m
	out.actor = a
	return []*mention{&out}
}

// latestActCountry returns the country of the place of the latest event
// coded before cd in its own sentence or the two before it, or "".
func (d *doc) latestActCountry(cd *candidate) string {
	for n := len(d.cands) - 1; n >= 0; n-- {
		p := d.cands[n]
		ix := p.st.s.Index
		if p == cd || ix > cd.st.s.Index || ix == cd.st.s.Index && p.i >= cd.i || ix < cd.st.s.Index-2 {
			continue
		}
		if p.folded || p.ev.Location == nil || p.ev.Location.Country == "" {
			continue
		}
		return p.ev.Location.Country
	}
	return ""
}

// allOwnPeople reports whether every mention of ms is a people's own body
// or crowd told by what it is ("deputies", "residents", "the
// opposition") with no country of its own. Rights groups told in general
// terms are as often foreign as local, and are left to the story.
func allOwnPeople(ms []*mention) bool {
	for _, x := range ms {
		if x.kind != "sector" || x.actor.Country != "" || !ownStateSpeakers.has(x.actor.Sector) || x.actor.Sector == "NGO" {
			return false
		}
	}
	return true
}

// storyCountry returns the country of the first place cd's own sentence
// names, else that of the latest act told before it, or "".
func (d *doc) storyCountry(cd *candidate) string {
	for _, p := range cd.st.places {
		if p.place.Country != "" {
			return p.place.Country
		}
	}
	return d.latestActCountry(cd)
}

// chargeOf reports whether the "of" at k opens what the government is
// charged with, not whose government it is: "accused the government of
// turning the country into …".
func chargeOf(st *sent, k int) bool {
	return k+1 < len(st.toks) && st.toks[k+1].tag == "VBG" && st.mentionAt(k+1) == nil
}
