package code

import "strings"

// Coordinated actors whose last member carries words of its own that name
// no other member: "Nepal's government and the Maoist rebels signed", "the
// junta and more than 40 rebel groups signed", "the junta and the Kachin
// Alliance of armed groups agreed", "the president and Ana Lobo, leader
// of the rebel Frente Sul, signed". The list still runs back over them to
// the first member, so the deal has both its sides.

// countLeads are the words that may open a counted or indefinite noun
// phrase before its number or head ("some 40 groups", "a militia").
var countLeads = filtered(wordSet("a", "an", "some", "several", "about", "around", "nearly", "almost", "roughly", "over", "dozens", "hundreds"))

// appositiveTitles head an appositive that tells whom a person leads.
var appositiveTitles = filtered(wordSet("leader", "head", "chief", "commander", "founder", "chairman", "chairwoman", "president", "spokesman", "spokeswoman", "envoy", "representative"))

// listStart returns where a list running leftwards from member m goes on:
// the token to read for a separator before m's phrase, or the member m
// only describes, which stands in m's place (head). For "the junta and the
// Kachin Alliance of armed groups" from "armed groups" it returns the
// Alliance; for "the president and Ana Lobo, leader of the Frente Sul,"
// from the Frente Sul it returns the token before Ana Lobo, or her mention
// when she has one.
func (st *sent) listStart(m *mention) (k int, head *mention) {
	if s, q := st.appositiveHead(m); s >= 0 {
		if q != nil {
			return 0, q
		}
		return s - 1, nil
	}
	k = st.alliedLead(st.leftOverModifiers(m, m.i-1))
	if m.kind != "sector" {
		return k, nil
	}
	// "the Kachin Alliance of (ethnic) armed groups": the groups describe
	// the alliance.
	o := k
	for n := 0; n < 2 && o > 0 && strings.HasPrefix(st.toks[o].tag, "JJ"); n++ {
		o--
	}
	if o < 1 || st.low[o] != "of" {
		return k, nil
	}
	q := st.mentionAt(o - 1)
	if q == nil || q.j != o || q.place || q.kind == "sector" || q.kind == "pronoun" {
		return k, nil
	}
	if q.actor.ID == "" {
		// an alliance no lexicon names ("the Northern Alliance of armed
		// groups"): m speaks for it.
		s := q.i
		for s > 0 && st.toks[s-1].tag == "NNP" && st.mentionAt(s-1) == nil {
			s--
		}
		return s - 1, nil
	}
	return 0, q
}

// leftOverModifiers returns the token before the modifiers that open the
// phrase of a bare sector mention m, from token k just before m: a proper
// adjective no lexicon names ("Maoist rebels"), a count with its lead
// ("more than 40 rebel groups", "at least two armed groups", "some 30
// militias") and an indefinite article ("a rebel militia"). It returns k
// when m is no bare sector noun or nothing is passed over.
func (st *sent) leftOverModifiers(m *mention, k int) int {
	if m.kind != "sector" {
		return k
	}
	s := k
	// "Maoist rebels", "Islamist militants": a capitalised word no
	// lexicon names, qualifying the sector noun.
	if s > 0 && s+1 == m.i && st.toks[s].tag == "NNP" && st.mentionAt(s) == nil && !isWeaponWord(st.low[s]) {
		s--
	}
	for n := 0; n < 3 && s > 0 && (st.toks[s].tag == "CD" || countLeads.has(st.low[s])); n++ {
		s--
	}
	// "more than 40", "fewer than ten", "at least two"
	if s > 1 && (st.low[s] == "than" && (st.low[s-1] == "more" || st.low[s-1] == "fewer") || st.low[s] == "least" && st.low[s-1] == "at") {
		s -= 2
	}
	if s > 0 && (st.low[s] == "the" || st.toks[s].tag == "PRP$") {
		s--
	}
	return s
}

// appositiveHead finds the person an appositive holding m describes, as
// in "Ana Lobo, leader of the rebel movement Frente Sul, signed": it
// returns the first token of the person's name and the person's mention,
// nil for a name no lexicon knows. The appositive runs from a comma and a
// title followed by "of" to a comma after m (or after capitalised words
// closing the group's name). It returns -1 when m is in no such
// appositive.
func (st *sent) appositiveHead(m *mention) (int, *mention) {
	if m.place {
		return -1, nil
	}
	e := m.j
	for e < len(st.low) && e < m.j+3 && st.toks[e].tag == "NNP" && st.mentionAt(e) == nil {
		e++
	}
	if e >= len(st.low) || st.low[e] != "," {
		return -1, nil
	}
	for c := m.i - 1; c > 0 && c >= m.i-8; c-- {
		if st.low[c] != "," {
			if x := st.mentionAt(c); x != nil && x.kind != "sector" {
				return -1, nil
			}
			continue
		}
		if c+2 >= m.i || !appositiveTitles.has(st.low[c+1]) || st.low[c+2] != "of" {
			return -1, nil
		}
		if q := st.mentionAt(c - 1); q != nil {
			if q.j != c || q.place || q.kind != "person" {
				return -1, nil
			}
			return q.i, q
		}
		// A name no lexicon knows: two or three capitalised words.
		s := c
		for s > 0 && s > c-4 && st.toks[s-1].tag == "NNP" && st.mentionAt(s-1) == nil {
			s--
		}
		if c-s < 2 || c-s > 3 {
			return -1, nil
		}
		return s, nil
	}
	return -1, nil
}
