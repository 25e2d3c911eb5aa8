package code

// The head of a subject a participle describes: "Demonstrators demanding
// the president's resignation marched", "people chanting against the
// government gathered …, in rare street protests". The actor named inside
// the participle phrase is what the people want or oppose, not who acts.

import "strings"

// finiteAt reports whether token k is a finite verb or a modal.
func finiteAt(st *sent, k int) bool {
	switch st.toks[k].tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// memberParticiples say whose a band of people is, not what it wants:
// "fighters belonging to the RSF", "troops serving with the UN mission"
// are that body's own.
var memberParticiples = filtered(wordSet("belonging", "serving", "working", "representing", "fighting",
	"acting", "answering", "operating", "affiliated", "allied", "aligned", "loyal"))

// clauseParticiples take a clause as their object: "saying rebels had
// shelled …", "warning troops would …".
var clauseParticiples = filtered(wordSet("saying", "claiming", "insisting", "warning", "alleging", "arguing",
	"stating", "noting", "announcing", "confirming", "believing", "fearing", "hoping", "knowing",
	"complaining", "suggesting", "telling", "asserting", "reporting", "adding", "explaining"))

// describedSubjectHead returns the actor a participle right after it
// describes when m, an actor named inside that participle phrase, is
// followed by the finite verb of the head's clause at or before token i:
// "Demonstrators [demanding President X's resignation] marched" gives the
// demonstrators, for the verb "marched" or for a noun trigger later in its
// clause ("… gathered near the square, in rare street protests"). Else
// nil.
func (st *sent) describedSubjectHead(m *mention, i int) *mention {
	if m == nil || m.place || m.j >= len(st.toks) || i >= len(st.toks) {
		return nil
	}
	// The finite verb the subject phrase ends at: right after the actor,
	// or after the noun its possessive owns ("X's resignation marched").
	v := m.j
	if st.isPossessive(v) {
		v++
		for n := 0; n < 3 && v < len(st.toks) && (st.toks[v].tag == "NN" || st.toks[v].tag == "NNS" || st.toks[v].tag == "JJ") && st.mentionAt(v) == nil; n++ {
			v++
		}
	}
	if v >= len(st.toks) || v > i || !finiteAt(st, v) && !(v == i && verbAt(st, v)) {
		return nil
	}
	// (A verb later in the clause has a subject of its own to find.)
	if v < i && verbAt(st, i) {
		return nil
	}
	cl := st.clause[m.i]
	if st.clause[v] != cl || st.clause[i] != cl {
		return nil
	}
	// (A noun trigger later in the clause names no other actor between
	// the verb and itself.)
	for k := v + 1; k < i; k++ {
		if o := st.mentionAt(k); o != nil && !o.place {
			return nil
		}
	}
	for n := range st.mentions {
		p := &st.mentions[n]
		if p.j >= m.i || p.place || p.kind == "pronoun" || st.clause[p.i] != cl || st.toks[p.j].tag != "VBG" || memberParticiples.has(st.low[p.j]) {
			continue
		}
		// ("with Bishkek saying Tajik forces had shelled …": a participle
		// of saying has a clause of its own, whose subject acts.)
		if clauseParticiples.has(st.low[p.j]) || attributes(st.low[p.j]) || p.i > 0 && st.low[p.i-1] == "with" {
			continue
		}
		// ("the UN peacekeeping mission": a participle modifying the noun
		// after it is no phrase of its own.)
		if t := st.toks[p.j+1].tag; (t == "NN" || t == "NNS") && st.mentionAt(p.j+1) != m {
			continue
		}
		// The participle phrase runs from the head to the actor with no
		// verb or comma of its own between.
		ok := true
		for k := p.j + 1; k < m.i; k++ {
			if finiteAt(st, k) || st.low[k] == "," || st.low[k] == "and" {
				ok = false
				break
			}
			if o := st.mentionAt(k); o != nil && o != m && !o.place && o.i == k {
				ok = false
				break
			}
		}
		if ok {
			return p
		}
	}
	return nil
}

// verbUseSubject returns the subject of a noun trigger used as a finite
// verb ("a delegation headed by the ambassador arrived in Sanaa", "crowds
// marched") when the subject finder names one the owner of the noun does
// not: a verb has a subject, not an owner. Else src.
func (st *sent) verbUseSubject(i int, src []*mention) []*mention {
	if !finiteAt(st, i) || st.toks[i].tag == "MD" || len(src) == 0 {
		return src
	}
	s := st.subject(i)
	if len(s) == 0 || sharesMention(s, src) {
		return src
	}
	return s
}

// placeAside returns the comma that opens an apposition describing the
// place an actor is in, closed by the comma at k, or -1: in "Rebels in
// Daraa al-Balad, the old quarter where the uprising began, agreed …" the
// aside says what the place is, and the rebels are the subject.
func (st *sent) placeAside(k int) int {
	for j := k - 1; j > 1 && k-j < 25; j-- {
		if st.low[j] != "," {
			continue
		}
		if w := st.low[j+1]; w != "the" && w != "a" && w != "an" {
			return -1
		}
		// The words before the comma are a place after a preposition that
		// follows an actor: "rebels in Daraa al-Balad".
		p := j - 1
		for n := 0; n < 4 && p > 0; n++ {
			if m := st.mentionAt(p); m != nil && !m.place {
				return -1
			}
			if t := st.toks[p].tag; !strings.HasPrefix(t, "NN") && t != "JJ" {
				break
			}
			p--
		}
		if p < 1 || p == j-1 || !placePreps.has(st.low[p]) {
			return -1
		}
		if m := st.mentionAt(p - 1); m == nil || m.j != p || m.place {
			return -1
		}
		return j
	}
	return -1
}

// withAside returns the comma that opens an aside of company closed by the
// comma at k, right after an actor, or -1: in "300 fighters of the group,
// with their wives and children, surrendered" the fighters surrendered.
func (st *sent) withAside(k int) int {
	for j := k - 1; j > 0 && k-j < 16; j-- {
		if st.low[j] != "," {
			continue
		}
		if w := st.low[j+1]; w != "with" && w != "along" && w != "together" {
			return -1
		}
		if m := st.mentionAt(j - 1); m == nil || m.j != j || m.place {
			return -1
		}
		return j
	}
	return -1
}
