package code

import "github.com/truce-project/truce"

// A state that speaks is its government. "Honduras will ask Washington to
// share evidence", "Bamako accused Algiers of shooting down a drone",
// "Chisinau expelled the diplomat": a country or capital named as the
// subject of what only a government does — ask, accuse, reject, agree,
// meet, threaten — stands for its government. A country that fights
// ("Russia fired missiles"), moves troops or cuts trade is left as named,
// and so is a team in a story about a game ("Morocco and Spain agreed a
// goalless draw").

// voicedTypes are the kinds of act only a government speaks for a state.
var voicedTypes = map[string]bool{
	truce.Accuse: true, truce.Request: true, truce.Reject: true, truce.Support: true,
	truce.Agree: true, truce.Consult: true, truce.Threaten: true, truce.Concede: true,
}

// stateVoices returns the candidate's sources with each bare country or
// capital of a voiced act made that state's government.
func (c *Coder) stateVoices(d *doc, cd *candidate) []*mention {
	if d.sport || !voicedTypes[c.lex.cameo[cd.e.cameo].plover] {
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
