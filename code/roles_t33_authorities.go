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
var addressedNouns = wordSet("authorities", "government")

// addressedKinds are the acts whose object "the authorities" is spoken
// to: appeals and demands.
var addressedKinds = []string{truce.Request}

// ownStateSpeakers are the sectors of a country's own people and bodies
// other than its executive and forces: when they appeal to "the
// government", it is their own.
var ownStateSpeakers = wordSet("OPP", "PRO", "CVL", "LAB", "MED", "REL", "REB", "EDU", "BUS", "LEG", "JUD", "NGO")

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
	if len(cd.tgt) != 1 || !slices.Contains(addressedKinds, c.lex.cameo[cd.e.cameo].plover) {
		return nil
	}
	m := cd.tgt[0]
	if m.place || m.j != m.i+1 || m.i == 0 || st.low[m.i-1] != "the" || !addressedNouns[st.low[m.i]] {
		return nil
	}
	if m.j < len(st.low) && (st.low[m.j] == "in" || st.low[m.j] == "of") {
		return nil
	}
	// "Rights groups urged the authorities to …": a speaker told only in
	// general terms is found a country with its addressee, by the story.
	for _, x := range cd.src {
		if x.kind == "sector" {
			return nil
		}
	}
	cc := d.latestActCountry(cd)
	// "The Kenyan opposition urged the government to …": a people's own
	// party, union or rebels speak to their own state.
	for _, x := range cd.src {
		if x.actor.Country != "" && ownStateSpeakers[x.actor.Sector] {
			cc = x.actor.Country
		}
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
