package code

import "github.com/truce-project/truce"

// One fight told by two triggers. A fight verb may take a fight noun as
// its object, "fought running battles with police", "waged fierce battles
// in the streets": the noun names the act the verb tells, not a second
// clash. A riot goes on in a comma participle of the same doers,
// "fought police in the capital, hurling rocks at them": the participle
// tells how the riot was fought.

// prec43FightObject returns the event the fight verb just before cd
// tells, when cd, a fight noun, is that verb's object with only
// determiners and modifiers between ("fought running battles").
func prec43FightObject(st *sent, cands, built []*candidate, cd *candidate) *candidate {
	k := 0
	for k < len(cands) && cands[k] != cd {
		k++
	}
	if k == 0 || k == len(cands) || cd.e.pos != 'N' || !cd.e.has(flagViolent) || cd.ev.Type != truce.Assault && cd.ev.Type != truce.Protest {
		return nil
	}
	v := cands[k-1]
	if v.e.pos != 'V' || !v.e.has(flagViolent) || cd.i-v.j > 3 || cd.i < v.j || st.clause[v.i] != st.clause[cd.i] {
		return nil
	}
	for n := v.j; n < cd.i; n++ {
		t := st.toks[n]
		if !determiners.has(st.low[n]) && len(t.tag) < 2 || !determiners.has(st.low[n]) && t.tag[:2] != "JJ" && t.tag != "VBG" || st.mentionAt(n) != nil {
			return nil
		}
	}
	root := v
	for root.folded && root.corefOf != nil && root.corefOf != root {
		root = root.corefOf
	}
	for _, b := range built {
		if b == root && (b.ev.Type == truce.Assault || b.ev.Type == truce.Protest) {
			return b
		}
	}
	return nil
}

// prec43RiotParticiple returns the protest just built that cd, a protest
// verb in a comma participle with no subject of its own, carries on:
// "clashed with police in the capital, throwing stones and burning
// tyres" is one riot.
func prec43RiotParticiple(st *sent, built []*candidate, cd *candidate) *candidate {
	n := len(built)
	if n == 0 || cd.ev.Type != truce.Protest || cd.e.pos != 'V' || cd.i < 2 || st.toks[cd.i].tag != "VBG" {
		return nil
	}
	comma := prec43ParticipleComma(st, cd.i)
	if comma < 0 {
		return nil
	}
	b := built[n-1]
	if b.ev.Type != truce.Protest || b.j > comma || b.ev.Status != cd.ev.Status ||
		len(b.ev.Source) == 0 ||
		wordBetween(st, ";", b.j, cd.i) {
		return nil
	}
	// A finite verb between opens a clause of its own: "clashed with
	// police, who fired tear gas, hurling …" is left alone.
	for n := b.j; n < comma; n++ {
		switch st.toks[n].tag {
		case "VBD", "VBZ", "VBP", "MD":
			return nil
		}
	}
	return b
}

// prec43ParticipleComma returns the comma that opens the participle
// phrase the participle at i stands in, or -1: ", hurling rocks" and its
// second deed, ", hurling rocks and burning tyres".
func prec43ParticipleComma(st *sent, i int) int {
	if st.low[i-1] == "," {
		return i - 1
	}
	if st.low[i-1] != "and" {
		return -1
	}
	for k := i - 2; k > 0 && k >= i-7; k-- {
		switch {
		case st.toks[k].tag == "VBG" && st.low[k-1] == ",":
			return k - 1
		case st.low[k] == "," || st.low[k] == ";" || st.toks[k].tag == "VBD" || st.toks[k].tag == "VBZ" || st.toks[k].tag == "VBP":
			return -1
		}
	}
	return -1
}
