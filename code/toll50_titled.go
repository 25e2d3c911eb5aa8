package code

import "strings"

// Lists of the dead whose items carry a title: "killed X, commander of
// the border brigade, and Y, deputy head of the militia, along with six
// other people" (ten), "killing the chief of the general staff, Z, and the
// Navy commander W" (two). A title after a name set off by commas with no
// article ("commander of …"), a name after a title ("the chief of …, Z,")
// and the "of" phrase of a title ("the chief [of the general staff]") name
// the same person again; a group's name before a title ("the Navy
// commander W") opens one person; "along with" after the list adds those
// it names.

// toll50TitledDead reads an item that opens with "the" and a capitalised
// name of a group before a title and a person's name ("the Coast Guard
// commander Ana Ruiz"): one dead, and the token after the name.
func toll50TitledDead(st *sent, k int) (int, int, bool) {
	if k+3 >= len(st.low) || st.low[k] != "the" || !capitalised(st.toks[k+1].text) {
		return 0, k, false
	}
	n := k + 1
	for n < len(st.low) && n < k+5 && capitalised(st.toks[n].text) {
		if m := st.mentionAt(n); m != nil && m.kind == "person" {
			return 0, k, false // "the Ana Ruiz …" is no title
		}
		n++
	}
	t := n
	for n < len(st.low) && n < t+2 && st.toks[n].tag == "NN" && !capitalised(st.toks[n].text) {
		n++
	}
	if n == t || n >= len(st.low) {
		return 0, k, false
	}
	if m := st.mentionAt(n); m != nil && m.kind == "person" {
		return 1, m.j, true
	}
	s := n
	for n < len(st.low) && st.toks[n].tag == "NNP" && capitalised(st.toks[n].text) {
		if m := st.mentionAt(n); m != nil && m.kind != "person" {
			return 0, k, false
		}
		n++
	}
	if n-s < 2 && (n > s || !kinRoleNouns.has(st.low[n-1])) {
		return 0, k, false // "the Interior Ministry spokesman" is one too
	}
	return 1, n, true
}

// toll50ItemAside returns the token after what only names again the one
// person of the item [k, next) of a list of the dead: the "of" phrase of
// a title opened by "the" or a possessive ("the head [of the armed
// forces]"), then an apposition closed by a comma, either a title with no
// article ("X[, commander of the Quds Force,]") or, after a title with no
// name, a name closed by a comma ("the chief of the army[, Z W,]"). It
// returns next when none is there.
func toll50ItemAside(st *sent, k, next int) int {
	if k >= len(st.low) || next+2 >= len(st.low) {
		return next
	}
	definite := st.low[k] == "the" || possessives.has(st.low[k])
	if definite && st.low[next] == "of" && (st.low[next+1] == "the" || possessives.has(st.low[next+1])) {
		e := next + 2
		for e < len(st.low) && e < next+7 && toll50NameTag(st.toks[e].tag) {
			e++
		}
		if e == next+2 {
			return next
		}
		next = e
	}
	if next+2 >= len(st.low) || st.low[next] != "," {
		return next
	}
	w := st.toks[next+1]
	switch {
	case !capitalised(w.text) && (w.tag == "NN" || strings.HasPrefix(w.tag, "JJ")):
		// ", commander of the Quds Force,"
		for e := next + 2; e < len(st.low) && e < next+12; e++ {
			if st.low[e] == "," {
				return toll50AsideClosed(st, next, e)
			}
			if t := st.toks[e].tag; !toll50NameTag(t) && t != "IN" {
				return next
			}
		}
	case definite && !capitalised(st.toks[next-1].text) && w.tag == "NNP":
		// "the chief of the army, Z W,"
		e := next + 1
		for e < len(st.low) && e < next+5 && st.toks[e].tag == "NNP" && capitalised(st.toks[e].text) {
			e++
		}
		if e-next-1 >= 2 && e < len(st.low) && st.low[e] == "," {
			return e
		}
	}
	return next
}

// toll50AsideClosed returns the comma at e that closes a title set off
// after a name at the comma at open, when the list goes on after it
// ("and", or "along with"); else open: "X, commander of the unit, on
// Monday" may as well be a list of two.
func toll50AsideClosed(st *sent, open, e int) int {
	if e+1 < len(st.low) && (st.low[e+1] == "and" || st.low[e+1] == "along") {
		return e
	}
	return open
}

// toll50NameTag reports whether a tag may stand in the words of a title
// or a group's name: nouns, adjectives, determiners, "'s" and hyphens.
func toll50NameTag(t string) bool {
	return strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "DT" || t == "POS" || t == "HYPH"
}

// toll50ListTotal returns the toll of a list of the dead that ends at
// token end with total dead in items items, and those "along with" after
// it name ("…, along with eight other people").
func toll50ListTotal(st *sent, end, total, items int) int {
	n := sumIfList(total, items)
	if n == 0 {
		return 0
	}
	if end < len(st.low) && st.low[end] == "," {
		end++
	}
	return n + alongWith(st, end)
}

// toll50KillWord returns the verb of killing whose object lists the dead
// of event cd: the one near it (killWordNear), or, for an event whose
// verb of killing was folded into it, the first one further on in its
// clause ("a drone strike on a convoy leaving the airport early on Friday
// killed …").
func toll50KillWord(st *sent, cd *candidate) int {
	if k := killWordNear(st, cd); k >= 0 || !cd.killed {
		return k
	}
	for n := cd.j + 9; n < len(st.low) && n <= cd.j+18; n++ {
		if killWords.has(st.low[n]) {
			return n
		}
		if st.low[n] == ";" || st.low[n] == "." {
			break
		}
	}
	return -1
}

// toll50StruckNoun reports whether candidate cd is "targets" or the like
// as the noun of what was struck ("struck the site and dozens of military
// targets"), which offSense drops: a verb of killing after it ("…,
// killing …") tells the toll of the strike, not of the noun.
func toll50StruckNoun(st *sent, cd *candidate) bool {
	return targetNouns.has(st.low[cd.i]) && cd.j-cd.i == 1 && strings.HasPrefix(st.toks[cd.i].tag, "NN") &&
		cd.i > 0 && nounPremodifier(st.toks[cd.i-1])
}
