package code

// A subject owned by an actor: "Machar's party accused", "five of the
// militants' companions surrendered".

import "github.com/truce-project/truce"

// ownedBandNounsS39 name people who act for the one who owns them: a band's
// companions are the band, a leader's fighters his group.
var ownedBandNounsS39 = filtered(wordSet("companions", "comrades", "associates", "fighters", "men", "members", "militiamen", "gunmen"))

// ownedPartyNounsS39 name the political body a person leads or belongs to.
var ownedPartyNounsS39 = filtered(wordSet("party", "movement"))

// ownedSubjectS39 returns the actor a possessed subject before the verb
// stands for when the sentence names no other subject there: "the
// militants' companions" are the militants' side; "Machar's party" is the
// opposition of Machar's country. The possessor must be named right
// before the possessive, with at most two adjectives between it and the
// noun ("the rebels' former comrades"). Else nil.
func (c *Coder) ownedSubjectS39(d *doc, st *sent, k int) *mention {
	noun := st.low[k]
	band, party := ownedBandNounsS39.has(noun), ownedPartyNounsS39.has(noun)
	if !band && !party || st.mentionAt(k) != nil {
		return nil
	}
	p := k - 1
	for n := 0; n < 2 && p > 0 && isAdjectiveS39(st, p); n++ {
		p--
	}
	if p < 1 || st.low[p] != "'s" && st.low[p] != "'" && st.low[p] != "s'" {
		return nil
	}
	o := st.mentionAt(p - 1)
	if o == nil || o.j != p || o.place {
		return nil
	}
	r := *o
	r.i, r.j, r.kind, r.peers, r.partner, r.others = k, k+1, "pronoun", nil, nil, nil
	r.actor.Text = st.textOf(o.i, k+1)
	switch {
	case band && (o.actor.Sector == "REB" || o.actor.Sector == "MLT" || o.actor.Sector == "CRM") && !isState(o.actor):
		// "the militants' companions", "the gang's members": the same
		// band.
		return &r
	case party && o.kind == "person" && o.actor.Country != "" && o.actor.Sector == "GOV" && headOfGovernmentS39(st, o):
		// "President Ruto's party": the ruling party is the government.
		return &r
	case party && o.kind == "person" && o.actor.Country != "":
		// "Machar's party": a leader's party, in opposition to the
		// government that is not named as his.
		r.actor = c.sectorActor(truce.Actor{Text: r.actor.Text, Sector: "OPP"}, o.actor.Country, d.date)
		return &r
	}
	return nil
}

// isAdjectiveS39 reports whether token k is an adjective.
func isAdjectiveS39(st *sent, k int) bool {
	t := st.toks[k].tag
	return len(t) >= 2 && t[:2] == "JJ"
}

// headTitlesS39 are the titles of a head of state or government.
var headTitlesS39 = filtered(wordSet("president", "minister", "premier", "chancellor", "king", "emir"))

// headOfGovernmentS39 reports whether the person mention o carries the
// title of a head of state or government: "President William Ruto's".
func headOfGovernmentS39(st *sent, o *mention) bool {
	return o.i > 0 && headTitlesS39.has(st.low[o.i-1]) || headTitlesS39.has(st.low[o.i])
}
