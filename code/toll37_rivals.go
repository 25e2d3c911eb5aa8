package code

import "strings"

// Fights of one kind of group against its own kind, told by counting the
// sides rather than calling them rivals: "a gunfight between two families
// left one man dead", "fighting between two armed groups killed three
// fighters", "clashes between the clans' militias killed nine". The group
// is on both sides of the fight (as with "rival clans", rivalGroup); the
// dead the fight left are its toll, not its foe.

// toll37SidesCounted reports whether the one side m of a fight is named
// inside a "between" or "among" phrase as two of a kind: a count of two
// ("between two families", "among the two armed groups", "between both
// clans") or a plural possessor ("between the clans' militias"). Only
// determiners, adjectives and nouns may stand between the preposition and
// m, so that "between police and two gunmen" is no such phrase. A
// state's forces are not counted so: "exchanges of fire between the two
// forces" in a story of two states are the states' forces, one each.
func (st *sent) toll37SidesCounted(m *mention) bool {
	if stateSides[m.actor.Sector] {
		return false
	}
	counted := false
	for k := m.i - 1; k >= 0 && k >= m.i-5; k-- {
		switch w, tag := st.low[k], st.toks[k].tag; {
		case w == "between" || w == "among" || w == "amongst":
			return counted || st.toll37PluralOwner(m)
		case w == "two" || w == "2" || w == "both":
			counted = true
		case tag == "DT" || tag == "HYPH" || strings.HasPrefix(tag, "JJ") || strings.HasPrefix(tag, "NN") || tag == "POS" || tag == "VBN":
		default:
			return false
		}
	}
	return false
}

// toll37PluralOwner reports whether a plural noun and a bare apostrophe
// come right before m or open it: "the clans' militias", "the two
// tribes' fighters".
func (st *sent) toll37PluralOwner(m *mention) bool {
	for k := m.i; k <= m.j && k < len(st.low); k++ {
		if st.low[k] == "'" && k > 0 && st.toks[k-1].tag == "NNS" {
			return true
		}
	}
	k := m.i - 1
	return k > 0 && st.low[k] == "'" && st.toks[k-1].tag == "NNS"
}
