package code

import (
	"strings"
	"unicode"
)

// namedBodyHeads are nouns that describe an international body by the
// word its own name is built on: "the mission" after "the UN mission said",
// "the council's secretary-general" after the Gulf Cooperation Council,
// "Council members" after the Security Council. A council must be one named
// so (a town's council is no body's); a mission, as bodyHeads' "the bloc",
// is the body named last. National bodies ("the commission", "the office")
// are too often a state's own to be read so.
var namedBodyHeads = filtered(map[string]bool{"mission": false, "council": true})

// namedBodyHead reports whether the word at k describes a body named
// before by its head word: in lower case after "the" ("The mission urged
// Juba"), or written with a capital before "members" ("Council members
// urged …"). "The French High Commission" is a name, not a description.
func namedBodyHead(st *sent, k int) bool {
	if _, ok := namedBodyHeads.get(st.low[k]); !ok {
		return false
	}
	r := []rune(st.toks[k].text)
	if len(r) == 0 {
		return false
	}
	if unicode.IsUpper(r[0]) {
		return k+1 < len(st.low) && st.low[k+1] == "members"
	}
	return definiteHead(st, k) && !framedTeller(st, k)
}

// framedTeller reports whether the noun at k tells a report framed by a
// comma, ", the mission said": such a teller is read across the full stop
// by anaphorTellers, which a description here would hide.
func framedTeller(st *sent, k int) bool {
	if k < 2 || st.low[k-1] != "the" || st.low[k-2] != "," {
		return false
	}
	n := k + 1
	if n < len(st.low) && (st.low[n] == "also" || st.low[n] == "later") {
		n++
	}
	return n < len(st.low) && attributes(st.low[n])
}

// carriesHead reports whether a body's mention x in sentence s is named
// with the word head: in its name ("Gulf Cooperation Council") or in the
// words right after it ("the UN mission", "the UN peacekeeping mission").
func carriesHead(s *sent, x mention, head string) bool {
	for _, w := range strings.Fields(strings.ToLower(x.actor.Name + " " + x.actor.Text)) {
		if w == head {
			return true
		}
	}
	if s == nil {
		return false
	}
	for n := x.j; n < len(s.low) && n < x.j+3; n++ {
		if s.low[n] == head {
			return true
		}
		if s.mentionAt(n) != nil || !isModifier(s.toks[n]) {
			return false
		}
	}
	return false
}
