package code

// ACLED's recorded-or-not for protests only called (issue 3): "unions
// called a general strike for Monday", "the coalition called a
// nationwide shutdown", "opposition groups called for more protests next
// Friday" tell a call, not a protest held; ACLED records the strike when
// it happens, and the gold gives the call no label. A strike told as the
// setting of what happened ("the union, which called the strike, said
// …", "the ninth day of a strike called by the unions") is held, and
// keeps its label.

import "github.com/truce-project/truce"

// acled32OnlyCalled reports whether cd is a strike or protest labelled a
// peaceful protest whose trigger noun is the object of a call: "called
// (for) a general strike", in the call's own clause; a call that names
// ("what the opposition called a march for freedom") or one made by the
// organiser of a strike under way ("which called the strike") is none.
func acled32OnlyCalled(cd *candidate) bool {
	ev := &cd.ev
	if ev.Type != truce.Protest || ev.Mode != "boycott" && ev.Mode != "demo" || cd.i < 1 ||
		ev.ACLEDType != acledProtests || ev.ACLEDSubtype != subPeaceful {
		return false
	}
	st := cd.st
	// The call may open the trigger itself ("called a general strike")
	// or come before it ("called for more protests").
	for k := cd.j - 2; k >= 0 && k >= cd.i-5; k-- {
		w := st.low[k]
		switch {
		case acled32CallVerbs.has(w):
			// "which called the strike", "who had called for protests":
			// the organiser of a strike under way.
			for n := k - 1; n >= 0 && n >= k-3; n-- {
				if acled32Relatives.has(st.low[n]) {
					return false
				}
			}
			return true
		case w == "," || w == ";" || w == "and" || w == "by" || w == "of" || w == "after" || w == "since":
			return false
		}
	}
	return false
}

// acled32CallVerbs call a strike or a protest.
var acled32CallVerbs = filtered(wordSet("call", "calls", "called", "calling", "urge", "urges", "urged", "urging"))

// acled32Relatives open a clause that tells who called a strike.
var acled32Relatives = filtered(wordSet("which", "who", "that", "had", "has", "have", "what"))
