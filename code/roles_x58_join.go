package code

import "strings"

// rolesX58ClauseJoin reports whether "and" between the mentions a and b
// joins two clauses rather than two actors: a is the object of a verb
// before it and b the subject of a verb right after it, as in
// "Azerbaijan freed 32 [Armenian soldiers] and [Armenia] freed two
// Azerbaijani servicemen" or "Baku freeing 32 Armenian servicemen and
// Yerevan handing back two soldiers". ("Russia and Ukraine swapped
// prisoners": no verb before the first.)
func (st *sent) rolesX58ClauseJoin(a, b *mention) bool {
	v := b.j
	if v < len(st.toks) && st.toks[v].tag == "RB" {
		v++
	}
	if v >= len(st.toks) {
		return false
	}
	switch st.toks[v].tag {
	case "VBD", "VBZ", "VBP", "VBG", "MD":
	default:
		return false
	}
	for k := a.i - 1; k >= 0 && k >= a.i-5; k-- {
		t := st.toks[k].tag
		switch {
		case t == "VBD" || t == "VBZ" || t == "VBP" || t == "VBG":
			// "said US and British forces must ...": a verb of saying
			// or thinking takes a clause whose subject is the list.
			w := st.low[k]
			return !auxiliaries.has(w) && !speechVerbs.has(w) && !reportWords.has(w) && !rolesX58ClauseVerbs.has(w)
		case t == "CD" || t == "DT" || t == "PRP$" || strings.HasPrefix(t, "JJ") || st.low[k] == "least" || st.low[k] == "at" || st.low[k] == "about":
		default:
			return false
		}
	}
	return false
}

// rolesX58JoinedClauseSubject reports whether m opens a clause of its
// own joined by "and" after a verb's object (rolesX58ClauseJoin): in
// "Baku freeing 32 Armenian servicemen and Yerevan handing back two
// soldiers" Yerevan is the second participle's subject, not a member of
// the first one's phrase.
func (st *sent) rolesX58JoinedClauseSubject(m *mention) bool {
	if m.i < 2 || st.low[m.i-1] != "and" {
		return false
	}
	a := st.mentionAt(m.i - 2)
	return a != nil && a.j == m.i-1 && st.rolesX58ClauseJoin(a, m)
}

// rolesX58ClauseVerbs take a clause, not an object, beside the verbs of
// saying (speechVerbs, reportWords): "warned Russian and Chinese jets
// would ...", "believes Kenya and Uganda will ...".
var rolesX58ClauseVerbs = filtered(wordSet("saying", "warned", "warns", "warning", "claimed", "claims", "claiming",
	"believed", "believes", "believe", "hoped", "hopes", "hope", "feared", "fears", "fear", "thought", "thinks", "think",
	"noted", "notes", "suggested", "suggests", "knew", "knows", "expected", "expects", "expect", "alleged", "alleges",
	"denied", "denies", "admitted", "admits", "agreed", "agrees", "ensured", "ensure", "ensures", "insisting", "adding"))
