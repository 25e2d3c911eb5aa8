package code

import "github.com/truce-project/truce"

// Issue 3, round mode46 (type): a verdict on a thing told before its
// judge. "Tehran barred two inspectors, a move the agency's chief called
// disproportionate", "a claim Kyiv called a lie", "a step Taipei called a
// politically motivated attack": the thing judged stands before the
// speaker, in a relative clause without "that", and "called" has no
// object of its own. The lexicon's rows of judging ("called the move
// disproportionate", "called the claim a lie") need an object between the
// verb and the verdict; this reads the verdict as if the object stood
// there, with the row's category (ACCUSE or REJECT).

// mode46CalledGap returns the judging reading for a verb of calling at i
// said by an actor named just before it ("Kyiv called", "its chief,
// Rafael Grossi, called") and followed at once by a verdict the lexicon
// knows, with the tokens it spans, or nil.
func (c *Coder) mode46CalledGap(st *sent, i int) (*entry, int) {
	if !mode46CallVerbs.has(st.low[i]) || i < 2 || i+1 >= len(st.low) || !mode46SpeakerBefore(st, i) {
		return nil, 0
	}
	var buf [mode46GapReach + 2]string
	buf[0], buf[1] = st.low[i], "it"
	es, m := c.matchRewritten(buf[:], 2, st, i+1)
	if m <= 2 {
		return nil, 0
	}
	for _, e := range es {
		if p := c.ploverOf(e); e.pos == 'V' && (p == truce.Accuse || p == truce.Reject) {
			return e, m - 1
		}
	}
	return nil, 0
}

// mode46SpeakerBefore reports whether an actor is named just before the
// verb at i, as its subject: "Kyiv called", "its director general, Rafael
// Grossi, called"; not a verb told in the passive ("was called") or with
// no named speaker.
func mode46SpeakerBefore(st *sent, i int) bool {
	k := i - 1
	if st.low[k] == "," {
		k--
	}
	m := st.mentionAt(k)
	return m != nil && !m.place && m.j == k+1
}

// mode46GapReach is the most tokens of a verdict read after the verb.
const mode46GapReach = 7

// mode46CallVerbs give a verdict on what they call.
var mode46CallVerbs = filtered(wordSet("called", "calls", "labelled", "labeled", "branded", "termed", "dubbed"))

// matchRewritten matches the lexicon on words rewritten in front of a
// sentence's own: buf holds the first n, and is filled from st.low[from:]
// as far as it has room ("have sworn to fight" read as "vowed to fight").
func (c *Coder) matchRewritten(buf []string, n int, st *sent, from int) ([]*entry, int) {
	for k := from; k < len(st.low) && n < len(buf); k++ {
		buf[n] = st.low[k]
		n++
	}
	return c.lex.match(buf[:n], 0)
}
