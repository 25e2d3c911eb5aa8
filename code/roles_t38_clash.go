package code

// A fight within one kind of group: "tribal clashes left 32 more dead", "a
// gunfight between two families", "fighting between two armed groups in
// Janzour", "two days of fighting between the clans' militias". Both sides
// are of the kind the source is; the people the toll counts are not the
// other side.

// t38InternalWords are the adjectives that tell a fight within one kind of
// group.
var t38InternalWords = filtered(wordSet("tribal", "clan", "inter-clan", "interclan", "communal", "intercommunal",
	"inter-communal", "sectarian", "factional", "inter-tribal", "intertribal"))

// t38InternalClash gives a two-sided fight told as one within one kind of
// group, whose source is that group and names no one of its own, the
// source as its other side too.
func (st *sent) t38InternalClash(cd *candidate) {
	if !cd.e.has(flagSym) || !cd.e.has(flagViolent) || len(cd.src) != 1 {
		return
	}
	s := cd.src[0]
	// A group named by its kind ("families", "armed groups"), whose
	// country building gives it, or a country's sector.
	if s.actor.Sector == "" || s.actor.ID != "" && s.actor.ID != s.actor.Country+s.actor.Sector {
		return
	}
	if !st.t38InternalAt(cd) {
		return
	}
	for _, t := range cd.tgt {
		// A side the sentence names after the trigger stays ("clashes
		// between two clans and the army").
		if st.holds(t) && t.i >= cd.j && t.actor.ID != "" && t.actor.Sector != "CVL" && t.actor.Sector != s.actor.Sector {
			return
		}
	}
	v := *s
	v.kind = t38SameKindMention
	cd.tgt = []*mention{&v}
}

// t38SameKindMention marks the other side t38InternalClash gives, which
// building keeps though it is the source's own kind.
const t38SameKindMention = "same-kind"

// t38SameKind reports whether cd's target is the other side of a fight
// within one kind of group: building does not drop it as the source's own.
func t38SameKind(cd *candidate) bool {
	return len(cd.tgt) == 1 && cd.tgt[0].kind == t38SameKindMention
}

// t38InternalAt reports whether cd's trigger is told as a fight within one
// kind of group: an internal adjective before it ("tribal clashes"), or a
// "between" phrase after it that names one plural group and no second
// ("between two families", "between the clans' militias").
func (st *sent) t38InternalAt(cd *candidate) bool {
	if t38InternalWords.has(st.low[cd.i]) || cd.i > 0 && t38InternalWords.has(st.low[cd.i-1]) {
		return true // "tribal clashes", the adjective inside the trigger or before it
	}
	k := cd.j
	if st.low[k-1] == "between" {
		k-- // the trigger takes it in: "fighting between"
	}
	if k >= len(st.low) || st.low[k] != "between" {
		return false
	}
	plural := false
	for n := k + 1; n < len(st.low) && n <= k+6; n++ {
		w, t := st.low[n], st.toks[n].tag
		switch {
		case w == "and" || w == "or" || w == "," || w == "&":
			return false
		case t == "NNS" || t == "NNPS":
			plural = true
		case n == k+1 && (w == "two" || w == "rival" || w == "the"):
		case isModifier(st.toks[n]) || t == "DT":
		case t == "VBD" && n+1 < len(st.low) && (st.toks[n+1].tag == "NNS" || st.toks[n+1].tag == "NN"):
			// "two armed groups": a participle tagged as a past verb
		default:
			return plural && n > k+2 && (st.low[k+1] == "two" || st.low[k+1] == "rival" || st.isPossessive(n-2) || st.t38OwnedGroup(k+1, n))
		}
	}
	return false
}

// t38OwnedGroup reports whether tokens [i, e) hold a possessive: "the
// clans' militias".
func (st *sent) t38OwnedGroup(i, e int) bool {
	for n := i; n < e; n++ {
		if st.isPossessive(n) {
			return true
		}
	}
	return false
}
