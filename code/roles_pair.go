package code

import "github.com/truce-project/truce"

// sidesMembers replaces the people "of both sides" with the two sides
// named before: in "Thai and Cambodian troops clashed. Negotiators from
// both sides will meet in Penang" the negotiators are Thailand's and
// Cambodia's, not those of the venue's state; in "talks between the two
// sides, hosted by Qatar, resume" the talks are the two sides', not the
// host's. The sides are the group of two named earlier in the sentence,
// else the first actor of the sentence before with its one peer; sides
// named further back are found by the roles (bothSidesMeet). It reports
// whether it added a mention.
func (st *sent) sidesMembers(prev *mention) bool {
	added := false
	for k := 1; k+1 < len(st.low); k++ {
		p := st.low[k-1]
		if p != "from" && p != "of" && p != "between" {
			continue
		}
		e := k + 2
		switch {
		case st.low[k] == "both" && sideNouns.has(st.low[k+1]):
		case st.low[k] == "the" && k+2 < len(st.low) && st.low[k+1] == "two" && sideNouns.has(st.low[k+2]):
			e = k + 3
		default:
			continue
		}
		if m := st.mentionAt(e - 1); m != nil && !allBare([]*mention{m}) {
			continue
		}
		start := -1
		if p == "between" {
			// "talks between the two sides"
			if k >= 2 && pairTalks.has(st.low[k-2]) && st.mentionAt(k-2) == nil {
				start = k
			}
		} else if k >= 2 {
			// "negotiators from both sides": a plural noun before.
			// A head of a sector ("soldiers", "military commanders")
			// is left for the roles, which give each side its own.
			if st.mentionAt(k-2) == nil && st.toks[k-2].tag == "NNS" && (k < 3 || st.mentionAt(k-3) == nil) {
				start = k - 2
			}
		}
		if start < 0 {
			continue
		}
		g := st.groupNamedBefore(start, 2)
		if g == nil && prev != nil && len(prev.peers) == 1 && !prev.place && prev.actor.ID != "" && prev.peers[0].actor.ID != "" {
			a, b := *prev, prev.peers[0]
			a.peers, a.partner, a.others = nil, nil, nil
			b.peers, b.partner, b.others = nil, nil, nil
			g = []mention{a, b}
		}
		if g == nil {
			continue
		}
		st.dropMentions(start, e)
		st.addPronoun(start, e, g)
		added = true
	}
	return added
}

// pairTalks are the meetings "between the two sides" that are the sides'
// own.
var pairTalks = filtered(map[string]bool{
	"talks": true, "negotiations": true, "meeting": true, "meetings": true, "dialogue": true,
})

// ofBothSides reports whether the generic mention m is followed by "from
// both sides", "of the two sides" or the like, perhaps after a plural
// noun it qualifies ("military commanders from both sides").
func (st *sent) ofBothSides(m *mention) bool {
	k := m.j
	if k < len(st.low) && st.toks[k].tag == "NNS" && st.mentionAt(k) == nil {
		k++
	}
	if k+2 >= len(st.low) || st.low[k] != "from" && st.low[k] != "of" {
		return false
	}
	k++
	if st.low[k] == "the" && st.low[k+1] == "two" && k+2 < len(st.low) {
		return sideNouns.has(st.low[k+2])
	}
	return st.low[k] == "both" && sideNouns.has(st.low[k+1])
}

// pairBefore returns the two parties named as a coordinated pair
// ("Thailand and Cambodia agreed") in a sentence before st: the pair that
// is the article's main dyad if one is, else the first named, as a story
// names its sides before their brokers. So "France and Germany will join
// the two sides on a monitoring board", after "Serbia and Kosovo agreed",
// leaves the sides Serbia and Kosovo.
func (d *doc) pairBefore(st *sent) []truce.Actor {
	var first []truce.Actor
	for k := 0; k < st.s.Index && k < len(d.sents); k++ {
		p := d.sents[k]
		for x := range p.mentions {
			m := &p.mentions[x]
			if m.place || m.kind == "pronoun" || m.actor.ID == "" {
				continue
			}
			g := p.coordinated(m)
			if len(g) != 2 || g[0] != m || !partiesApart(g) {
				continue
			}
			pair := []truce.Actor{g[0].actor, g[1].actor}
			if len(d.dyad) == 2 && hasCountry(pair, d.dyad[0].Country) && hasCountry(pair, d.dyad[1].Country) {
				return pair
			}
			if first == nil {
				first = pair
			}
		}
	}
	return first
}

// bothSidesMeet gives a two-sided act whose only subject is the people
// "of both sides", or "the two delegations", the two sides named before,
// one on each side: in "Officials from the two countries will meet in
// Lima", after "Ecuador and Peru signed an accord", Ecuador meets Peru.
// So too a two-sided act "between the two sides": "Talks between the two
// sides, hosted by Qatar, will resume".
func (c *Coder) bothSidesMeet(d *doc, cd *candidate) (src, tgt []*mention) {
	if !cd.e.has(flagSym) || len(cd.tgt) > 0 && !allBare(cd.tgt) {
		return nil, nil
	}
	st := cd.st
	i, j := -1, -1
	switch {
	case len(cd.src) == 1 && allBare(cd.src) && (st.ofBothSides(cd.src[0]) || st.unnamedSides(cd.src[0])):
		i, j = cd.src[0].i, cd.src[0].j
	case cd.j+2 < len(st.low) && st.low[cd.j] == "between":
		if e := st.sidesPhrase(cd.j + 1); e > 0 && (len(cd.src) == 0 || !st.subjectBefore(cd)) {
			i, j = cd.j+1, e
		}
	}
	if i < 0 {
		return nil, nil
	}
	pair := d.pairBefore(st)
	if pair == nil {
		return nil, nil
	}
	if len(cd.src) == 1 && cd.src[0].i == i {
		pair = c.sided(d, pair, cd.src[0].actor.Sector)
	}
	return []*mention{{i: i, j: j, actor: pair[0], kind: "implied"}}, []*mention{{i: i, j: j, actor: pair[1], kind: "implied"}}
}

// sided gives each state of a pair the sector of the people named for
// both: "soldiers from both sides" are each state's military.
func (c *Coder) sided(d *doc, pair []truce.Actor, sector string) []truce.Actor {
	out := make([]truce.Actor, len(pair))
	for n, b := range pair {
		if isState(b) && b.Sector == "" && sector != "" {
			if x, ok := c.actors.Lookup(b.Country+sector, d.date); ok {
				b = x
			}
		}
		out[n] = b
	}
	return out
}

// sidesPhrase returns the end of "both sides" or "the two sides" starting
// at k with no name in it, or -1.
func (st *sent) sidesPhrase(k int) int {
	e := -1
	switch {
	case k+1 < len(st.low) && st.low[k] == "both" && sideNouns.has(st.low[k+1]):
		e = k + 2
	case k+2 < len(st.low) && st.low[k] == "the" && st.low[k+1] == "two" && sideNouns.has(st.low[k+2]):
		e = k + 3
	}
	if e > 0 {
		if m := st.mentionAt(e - 1); m != nil && !allBare([]*mention{m}) {
			return -1
		}
	}
	return e
}

// subjectBefore reports whether the candidate's source stands before its
// trigger, as the subject of a verb ("Oman hosted talks between the two
// sides") rather than an agent after it ("talks …, hosted by Oman").
func (st *sent) subjectBefore(cd *candidate) bool {
	return len(cd.src) > 0 && cd.src[0].j <= cd.i
}
