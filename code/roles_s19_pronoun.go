package code

// A subject pronoun opening a subordinate clause ("… when he visits
// Colombo", "… after it recalled its envoy") stands for the main clause's
// subject when nothing else named between could be meant; "he" or "she"
// for the one person named before ("granted asylum to Evo Morales …, a
// day after he resigned").

// subordinators open an adverbial clause whose subject pronoun may stand
// for the main clause's subject.
var subordinators = filtered(wordSet("when", "after", "before", "as", "while", "because", "until",
	"since", "once", "if", "though", "although", "whereas"))

// subordinateReferent returns the actor the subject pronoun w at token k
// stands for when it opens a subordinate clause: in "Kenya's foreign
// minister will raise the issue when he visits Kampala" the minister, in
// "Chad closed its border after it accused Sudan …" Chad. The sentence's
// first actor must open it as the subject of a verb before the clause,
// agree with the pronoun (a person for "he" and "she", a body for "it", a
// plural or a group for "they"), and no other actor that could agree may
// be named between: in "police fired on protesters as they marched" the
// pronoun is left alone. Else nil.
func (st *sent) subordinateReferent(k int, w string) *mention {
	if k < 3 || !subordinators.has(st.low[k-1]) {
		return nil
	}
	if w == "he" || w == "she" {
		if m := st.onlyPersonBefore(k); m != nil {
			return m
		}
	}
	// "after it was abandoned", "after it came under attack": what befell
	// "it" may be a thing named between, not the subject.
	if undergoes(st, k+1) {
		return nil
	}
	first := st.firstActor()
	// ("Rebels withdrew … after they had signed": an actor no country
	// or dictionary names is too loose to carry over.)
	if first == nil || first.actor.ID == "" || first.kind == "description" || first.kind == "pronoun" || first.j >= k-1 {
		return nil
	}
	// The first actor opens the sentence, past determiners and a short
	// opening phrase closed by a comma.
	if s := openingPhrase(st); first.i != s && !(first.i == s+1 && determiners.has(st.low[s])) {
		return nil
	}
	verb := false
	for n := first.j; n < k-1; n++ {
		if t := st.toks[n].tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			verb = true
			break
		}
	}
	if !verb {
		return nil
	}
	agrees := func(m *mention) bool {
		person := m.kind == "person" || personHead(st, m)
		plural := st.toks[m.j-1].tag == "NNS" || st.toks[m.j-1].tag == "NNPS"
		switch w {
		case "he", "she":
			return person
		case "it":
			return !person && !plural
		}
		return plural && !person || len(st.coordinated(m)) > 1
	}
	if !agrees(first) {
		return nil
	}
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.i >= first.j && m.j <= k && !m.place && !sharesMention(st.coordinated(first), []*mention{m}) && (agrees(m) || w == "they" && m.kind != "person") {
			return nil
		}
	}
	return first
}

// onlyPersonBefore returns the one person (or holder of an office) named
// before token k, or nil when there is none or more than one: in "Mexico
// granted asylum to Evo Morales, who flew out …, a day after he resigned"
// the pronoun can only be Morales.
func (st *sent) onlyPersonBefore(k int) *mention {
	var found *mention
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.j > k || m.place || m.kind == "pronoun" || m.kind == "description" || !(m.kind == "person" || personHead(st, m)) {
			continue
		}
		if found != nil && (found.actor.Name != m.actor.Name || found.actor.ID != m.actor.ID) {
			return nil
		}
		if found == nil {
			found = m
		}
	}
	return found
}

// undergoes reports whether the words from token v tell what befell their
// subject rather than its act: a passive ("was abandoned", "had been
// shelled") or "came under" ("came under attack").
func undergoes(st *sent, v int) bool {
	for n := 0; n < 2 && v < len(st.toks) && (st.toks[v].tag == "RB" || st.low[v] == "has" || st.low[v] == "have" || st.low[v] == "had"); n++ {
		v++
	}
	if v+1 >= len(st.toks) {
		return false
	}
	switch st.low[v] {
	case "was", "were", "is", "are", "been", "be", "got", "get", "gets":
		return st.toks[v+1].tag == "VBN" || st.toks[v+1].tag == "VBD" || v+2 < len(st.toks) && st.toks[v+1].tag == "RB" && st.toks[v+2].tag == "VBN"
	case "came", "come", "comes", "coming":
		return st.low[v+1] == "under"
	}
	return false
}
