package code

// Doers hidden behind the words around them: a weapon told as the
// instrument of a verb on a victim ("wounded two soldiers with a drone"),
// arms after a verb of use ("used drones to drop …"), a relative clause in
// the present on the subject ("rebels who reject the truce attacked") and
// a surname repeating a person named in full in the same sentence.

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// instrumentUser gives the doer and victim of a weapon noun at i told as
// the instrument of a verb: in "Rebels wounded two soldiers with a drone"
// or "… with explosives dropped from a drone" the drone is the rebels',
// and the soldiers are what it hit, not who flew it. It returns nil when
// the noun does not follow "with" on a verb's object.
func (st *sent) instrumentUser(i int) (src, obj []*mention) {
	w := st.instrumentWith(i)
	if w < 2 {
		return nil, nil
	}
	// Back over the verb's object to the verb: "wounded two soldiers".
	var victim *mention
	for k := w - 1; k >= 0 && k >= w-8; k-- {
		if m := st.mentionAt(k); m != nil {
			if m.place {
				return nil, nil
			}
			victim = m
			k = m.i
			continue
		}
		t := st.toks[k].tag
		switch {
		case t == "VBD" || t == "VBZ" || t == "VBP" || t == "VBN":
			if victim == nil || st.clause[k] != st.clause[victim.i] {
				return nil, nil
			}
			s := st.subject(k)
			if len(s) == 0 || sharesMention(s, []*mention{victim}) {
				return nil, nil
			}
			return s, []*mention{victim}
		case t == "CD" || t == "JJ" || t == "NN" || t == "NNS" || determiners.has(st.low[k]) || st.low[k] == "and" || st.low[k] == "of":
		default:
			return nil, nil
		}
	}
	return nil, nil
}

// instrumentWith returns the index of the "with" that opens the instrument
// phrase holding the noun at i ("with a drone", "with grenades dropped from
// a drone"), or -1.
func (st *sent) instrumentWith(i int) int {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if st.low[k] == "with" {
			return k
		}
		if st.mentionAt(k) != nil {
			return -1
		}
		// "grenades dropped from a drone": a participle on the weapon,
		// whichever way the tagger read it.
		t := st.toks[k].tag
		participle := t == "VBN" || t == "VBD" && (st.low[k+1] == "from" || st.low[k+1] == "by")
		if strings.HasPrefix(t, "VB") && !participle || st.low[k] == "," {
			return -1
		}
	}
	return -1
}

// presentRelative reports whether the verb at v opens a relative clause
// in the present on a subject whose own verb is at i: "Rebels who reject
// the truce wounded two soldiers", "dissidents who are not covered by the
// deal attacked". A verb of saying ("villagers who say soldiers killed")
// or an actor between tells a clause of its own, not the head's act.
func (st *sent) presentRelative(v, i int) bool {
	t := st.toks[v].tag
	if t != "VBP" && t != "VBZ" || speechVerbs.has(st.low[v]) || reportVerbs.has(st.low[v]) {
		return false
	}
	for k := v + 1; k < i; k++ {
		if m := st.mentionAt(k); m != nil && !m.place {
			return false
		}
	}
	return true
}

// sentenceSurnames adds the later mentions of a person by surname alone
// in the sentence that names them in full: in "Prime Minister Ahmed Barre
// met the protesters, and hours later Barre resigned" Barre is the prime
// minister, not the protesters named nearer. (A surname in a later
// sentence is found when the article's actors are.)
func (st *sent) sentenceSurnames() {
	var added []mention
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.place || m.actor.ID == "" && m.actor.Sector == "" {
			continue
		}
		last := st.fullNameEnd(m)
		if last < 0 {
			continue
		}
		for k := last + 1; k < len(st.toks); k++ {
			if st.toks[k].text != st.toks[last].text || st.mentionAt(k) != nil {
				continue
			}
			r := *m
			r.i, r.j, r.kind = k, k+1, "person"
			r.peers, r.partner, r.others = nil, nil, nil
			r.actor.Text = st.toks[k].text
			added = append(added, r)
		}
	}
	if len(added) == 0 {
		return
	}
	st.mentions = append(st.mentions, added...)
	sort.Slice(st.mentions, func(a, b int) bool { return st.mentions[a].i < st.mentions[b].i })
}

// fullNameEnd returns the token of the surname of the full name m gives
// ("Mahinda Rajapaksa", "President Mahinda Rajapaksa") or that follows its
// title ("Interior Minister Ahmed Barre"), or -1.
func (st *sent) fullNameEnd(m *mention) int {
	capital := func(k int) bool {
		r, _ := utf8.DecodeRuneInString(st.toks[k].text)
		return st.toks[k].tag == "NNP" && unicode.IsUpper(r) && !notNames.has(st.toks[k].text)
	}
	if m.kind == "person" && m.j-m.i >= 2 && capital(m.j-1) && capital(m.j-2) {
		return m.j - 1
	}
	if m.kind != "sector" || !personHeads.has(st.low[m.j-1]) && !singlePeople.has(st.low[m.j-1]) {
		return -1
	}
	k := m.j
	for k < len(st.toks) && k < m.j+3 && capital(k) && st.mentionAt(k) == nil {
		k++
	}
	if k-m.j < 2 {
		return -1
	}
	return k - 1
}

// equipmentNouns are the arms the dictionary reads as a force of their
// own ("drones struck", "warplanes bombed") but that someone else may be
// told to use.
var equipmentNouns = filtered(map[string]bool{
	"drones": true, "drone": true, "warplanes": true, "jets": true, "fighter jets": true,
	"artillery": true, "helicopters": true, "helicopter gunships": true, "gunships": true, "tanks": true,
})

// useVerbs tell an actor's use of arms: "rebels used drones to drop
// explosives".
var useVerbs = filtered(map[string]bool{
	"used": true, "using": true, "uses": true, "use": true, "deployed": true, "deploying": true,
	"sent": true, "sending": true, "employed": true, "employing": true,
})

// equipmentUser returns the verb whose subject uses the arms m names, when
// m is their bare mention right after a verb of use: in "Suspected Naxal
// rebels used drones to drop grenades on a police camp" the drones drop
// nothing of their own; the rebels do. It returns -1 otherwise.
func (st *sent) equipmentUser(m *mention) int {
	if !equipmentNouns.has(strings.ToLower(m.actor.Text)) || m.actor.ID != "" && m.kind != "sector" {
		return -1
	}
	k := m.i - 1
	for k >= 0 && (determiners.has(st.low[k]) || st.toks[k].tag == "JJ" || st.toks[k].tag == "CD") {
		k--
	}
	if k < 1 || !useVerbs.has(st.low[k]) {
		return -1
	}
	return k
}
