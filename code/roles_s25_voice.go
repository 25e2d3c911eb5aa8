package code

import "github.com/truce-project/truce"

// A state that speaks is its government. "Honduras will ask Washington to
// share evidence", "Bamako accused Algiers of shooting down a drone",
// "Chisinau expelled the diplomat": a country or capital named as the
// subject of what only a government does — ask, accuse, reject, agree,
// meet, threaten, declare a curfew or a state of emergency — stands for
// its government. A country that fights ("Russia fired missiles"), moves
// troops, cuts trade or arrests people is left as named,
// and so is a team in a story about a game ("Morocco and Spain agreed a
// goalless draw").

// voicedTypes are the kinds of act only a government speaks for a state.
var voicedTypes = filtered(map[string]bool{
	truce.Accuse: true, truce.Request: true, truce.Reject: true, truce.Support: true,
	truce.Agree: true, truce.Consult: true, truce.Threaten: true, truce.Concede: true,
})

// decreeCodes are the CAMEO codes of coercion a government decrees rather
// than its forces carry out: "Kenya declared a state of emergency", "Laos
// imposed a curfew".
var decreeCodes = filtered(wordSet("172", "1721", "1722", "1723", "1724"))

// stateVoices returns the candidate's sources with each bare country or
// capital of a voiced act made that state's government.
func (c *Coder) stateVoices(d *doc, cd *candidate) []*mention {
	if d.sport || !voicedTypes.has(c.lex.cameo[cd.e.cameo].plover) && !decreeCodes.has(cd.e.cameo) {
		return cd.src
	}
	var out []*mention
	for n, m := range cd.src {
		if m.kind != "country" && m.kind != "capital" || m.place || m.actor.Sector != "" || m.actor.Country == "" || m.actor.ID != m.actor.Country {
			continue
		}
		g, ok := c.actors.Lookup(m.actor.Country+"GOV", d.date)
		if !ok {
			continue
		}
		if out == nil {
			out = append([]*mention(nil), cd.src...)
		}
		x := *m
		g.Text = m.actor.Text
		x.actor = g
		out[n] = &x
	}
	if out == nil {
		return cd.src
	}
	return out
}
