package code

// A generic armed noun ("gunmen", "jihadists") told before the story
// names its group.

import "github.com/truce-project/truce"

// groupNext returns the one non-state armed group the two sentences after
// st name, when none was named before: in "Rockets fired by militants hit
// the market. Al-Shabaab later claimed the attack" the militants are
// al-Shabaab's. Two groups named leave it open; a group blamed or
// suspected is not thereby the doer.
func (d *doc) groupNext(st *sent) *truce.Actor {
	var found *truce.Actor
	for _, x := range d.sents {
		if x.s.Index <= st.s.Index || x.s.Index > st.s.Index+2 {
			continue
		}
		for _, m := range x.mentions {
			if !isArmedGroup(m.actor) || x.blamedBefore(m.i) || x.deniedAfter(m.j) || x.x68BackedBy(m.i) {
				continue
			}
			if found != nil && found.ID != m.actor.ID {
				return nil
			}
			a := m.actor
			found = &a
		}
	}
	return found
}

// blamedBefore reports whether a word of blame or suspicion comes before
// token k of the sentence: "officials blamed the OLA".
func (st *sent) blamedBefore(k int) bool {
	for n := 0; n < k; n++ {
		if suspicionWords.has(st.low[n]) {
			return true
		}
	}
	return false
}

// suspicionWords lay a deed at someone's door without its being known.
var suspicionWords = filtered(map[string]bool{
	"blamed": true, "blaming": true, "blame": true, "blames": true, "accused": true, "accusing": true,
	"suspected": true, "suspect": true, "suspects": true, "alleged": true, "denied": true, "denies": true,
})

// groupingNouns gather several groups under one name that is no actor
// of its own: "an alliance of three armed groups".
var groupingNouns = filtered(map[string]bool{
	"alliance": true, "coalition": true, "bloc": true, "umbrella": true,
})

// pastCollective returns the token before a collective noun and its
// article when the "of" at k follows one, else k, so that a list read
// leftward from the groups reaches the member before: "the army and an
// alliance of three rebel groups agreed".
func (st *sent) pastCollective(k int) int {
	if k < 2 || st.low[k] != "of" || !groupingNouns.has(st.low[k-1]) {
		return k
	}
	k -= 2
	if k > 0 && determiners.has(st.low[k]) {
		k--
	}
	return k
}

// groupNamedBefore returns the n actors last named together before token
// k in the sentence ("Peru and Chile"), which a later count of n ("the
// two countries") stands for, or nil.
func (st *sent) groupNamedBefore(k, n int) []mention {
	if n < 2 {
		return nil
	}
	for x := len(st.mentions) - 1; x >= 0; x-- {
		m := &st.mentions[x]
		if m.j > k || m.place || m.kind == "pronoun" || m.actor.ID == "" {
			continue
		}
		g := st.coordinated(m)
		if len(g) != n {
			continue
		}
		out := make([]mention, 0, n)
		for _, y := range g {
			c := *y
			c.peers, c.partner, c.others = nil, nil, nil
			out = append(out, c)
		}
		return out
	}
	return nil
}
