package code

// Issue 3, round mode46 (type): the protest of a crowd that force met,
// told in a relative clause that stands further from the force than
// mode33ProtestNamed reads: "fired water cannon laced with an irritant and
// tear gas at thousands of anti-government protesters who tried to reach
// parliament", "fired tear gas at hundreds of protesters opposed to the
// deal who tried to break through a cordon". The crowd's noun may carry a
// few words of its own before "who"; the clause must tell the crowd
// acting (pressing on, marching, blocking, rioting).

// mode46ProtestersWho returns the token of "who" opening a clause that
// tells the crowd in the object of the force cd acting, or -1.
func mode46ProtestersWho(st *sent, cd *candidate) int {
	end := min(len(st.low), cd.j+mode46CrowdReach)
	for k := cd.j; k < end; k++ {
		w := st.low[k]
		if w == ";" || w == "." || w == "," || w != "who" && clauseBreaks.has(w) {
			return -1
		}
		if w != "who" {
			continue
		}
		if !mode46CrowdBefore(st, max(cd.j, k-mode46CrowdTail), k) {
			return -1
		}
		if mode33CrowdActs(st, k+1) || k+1 < len(st.low) && mode46PressVerbs.has(st.low[k+1]) {
			return k
		}
		return -1
	}
	return -1
}

// mode46CrowdBefore reports whether a word for protesters stands in
// [from, to): the crowd the relative clause at to is about.
func mode46CrowdBefore(st *sent, from, to int) bool {
	for k := to - 1; k >= from; k-- {
		if protesterNouns.has(st.low[k]) {
			return true
		}
	}
	return false
}

// mode46CrowdReach is the most tokens from the force to the relative
// clause; mode46CrowdTail the most words between the crowd's noun and
// "who" ("protesters opposed to the deal who").
const (
	mode46CrowdReach = 18
	mode46CrowdTail  = 6
)

// mode46PressVerbs tell a crowd pressing on toward a place or a line.
var mode46PressVerbs = filtered(wordSet("tried", "attempted", "sought", "broke", "forced", "pushed", "surged", "stormed"))
