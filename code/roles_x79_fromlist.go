package code

// "Troops from Nigeria, Chad and Cameroon attacked the camp": a comma in
// the list of states after "from" makes the clause reader take the last
// states named for the subject ("Chad and Cameroon attacked"), losing the
// first and the troops. The generic head before "from" is the subject,
// and the states it comes from are its sides (roles_x50_from.go).

// x79FromListHead returns the generic mention ("troops") whose "from"
// list of states holds every source cd was given, when the list runs up
// to the trigger's clause with only the trigger's verb words after it;
// nil otherwise. With it, tgtIn reports whether cd's targets are states
// of the same list.
func (st *sent) x79FromListHead(cd *candidate) (head *mention, tgtIn bool) {
	if len(cd.src) == 0 {
		return nil, false
	}
	first := cd.src[0]
	for _, s := range cd.src {
		if s.i < first.i {
			first = s
		}
	}
	// The head and "from" stand before the list, which holds the sources
	// found and ends before the trigger.
	for n := range st.mentions {
		g := &st.mentions[n]
		if g.j >= first.i || first.i-g.j > 12 || g.kind != "sector" || g.actor.ID != "" || g.actor.Sector == "" || g.j+1 >= len(st.low) || st.low[g.j] != "from" {
			continue
		}
		start := g.j + 1
		end, states := x79ListEnd(st, start)
		if states < 2 || end > cd.i || !x79Within(cd.src, start, end) {
			continue
		}
		return g, len(cd.tgt) > 0 && x79Within(cd.tgt, start, end)
	}
	return nil, false
}

// x79ListEnd returns the token index just past a list of states joined by
// commas and "and" starting at n, and how many states it names; none when
// a mention in it is not a country with one (as fromStatesX50 reads it).
func x79ListEnd(st *sent, n int) (end, states int) {
	end = n
	for n < len(st.low) {
		if x := st.mentionAt(n); x != nil && x.i == n {
			if x.kind != "country" || x.actor.Country == "" {
				return end, 0
			}
			n, end = x.j, x.j
			states++
			continue
		}
		if states > 0 && (st.low[n] == "and" || st.low[n] == ",") && n+1 < len(st.low) && st.mentionAt(n+1) != nil {
			n++
			continue
		}
		break
	}
	return end, states
}

// x79Within reports whether every mention of ms lies in [start, end).
func x79Within(ms []*mention, start, end int) bool {
	for _, m := range ms {
		if m.i < start || m.j > end {
			return false
		}
	}
	return true
}
