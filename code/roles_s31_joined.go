package code

// joinAdverbs may stand between a conjunction and the verb it joins:
// "but again demanded", "and also urged".
var joinAdverbs = filtered(map[string]bool{
	"again": true, "also": true, "then": true, "later": true, "still": true, "repeatedly": true,
})

// sharedSubject returns the subject a past verb joined by "and" or "but"
// shares with the sentence's first verb, when the conjunct before it holds
// no subject of its own that could act:
//
//   - a speaker's reported state: "Minister Jane Doe said her country was
//     relieved and thanked Ankara" (the country was relieved; Doe thanked);
//   - a first verb with its object and no verb of its own: "the minister
//     called the talks useful but again demanded that Djibouti free …",
//     "the group welcomed the ruling but urged the authorities to …".
//
// Otherwise it returns nil and the subject is looked for as usual.
func (st *sent) sharedSubject(i int) []*mention {
	// (The tagger reads "was alarmed and urged" as two participles.)
	if i < 3 || st.toks[i].tag != "VBD" && st.toks[i].tag != "VBN" {
		return nil
	}
	c := i - 1
	for n := 0; n < 2 && c > 0 && joinAdverbs.has(st.low[c]); n++ {
		c--
	}
	if st.low[c] != "and" && st.low[c] != "but" {
		return nil
	}
	v := -1
	for k := 0; k < c; k++ {
		if t := st.toks[k].tag; t == "VBD" || t == "VBZ" || t == "VBP" {
			v = k
			break
		}
	}
	if v < 0 || v+1 >= c {
		return nil
	}
	if !st.reportedState(v, c) {
		if st.low[c] != "but" || st.toks[i].tag != "VBD" {
			return nil
		}
		// A verb with an actor of its own before it opens a clause whose
		// subject may be the one joined: "said the rebels attacked the
		// town but failed to take it". ("called the talks constructive":
		// the tagger may read an adjective as a verb.)
		for k := v + 1; k < c; k++ {
			t := st.toks[k].tag
			if t == "MD" || st.low[k] == ";" {
				return nil
			}
			if (t == "VBD" || t == "VBZ" || t == "VBP") && (st.mentionAt(k-1) != nil || st.toks[k-1].tag == "PRP") {
				return nil
			}
		}
	}
	return st.subject(v)
}

// reportedState reports whether the words between a verb of saying at v
// and a conjunction at c tell only a state: "said (that) she was (deeply)
// alarmed".
func (st *sent) reportedState(v, c int) bool {
	if !speechVerbs.has(st.low[v]) {
		return false
	}
	a := c - 1
	if a > 0 && st.toks[a-1].tag == "RB" {
		a--
	}
	if t := st.toks[c-1].tag; t != "JJ" && t != "VBN" || a < 1 {
		return false
	}
	w := st.low[a-1]
	return (copulas.has(w) || w == "been") && a-1 > v
}

// actorObject reports whether the verb at i takes an actor as its direct
// object, as a passive does not: in "said she was alarmed and urged
// Kampala to …" the joined participle is an active past.
func (st *sent) actorObject(i int) bool {
	k := i + 1
	if k < len(st.low) && determiners.has(st.low[k]) {
		k++
	}
	m := st.mentionAt(k)
	return m != nil && m.i == k && !m.place
}
