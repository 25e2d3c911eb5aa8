package code

import "github.com/truce-project/truce"

// A crowd broken up with batons or clubs was beaten (issue 3, mode):
// "riot police charged the crowds with batons", "officers armed with
// clubs dispersed the marchers, beating several". Old and new gold alike
// give such a dispersal beat (CAMEO 182), listing crowd-control beside it
// at most; tear gas, water cannon or rubber bullets alone stay
// crowd-control.

// mode53BatonWords are the arms of a beating that only the forces carry.
var mode53BatonWords = filtered(wordSet("baton", "batons", "truncheon", "truncheons", "baton-charged", "baton-charge",
	"lathi", "lathis", "lathi-charged", "whips", "butts"))

// mode53ClubWords are arms a crowd may carry too: they make the beating
// the forces' only when they stand before the act, on its doer ("men
// armed with clubs dispersed").
var mode53ClubWords = filtered(wordSet("clubs", "sticks", "cudgels", "bats", "whips"))

// mode53BeatWords tell the beating after the act: "…, beating several",
// "and beat them".
var mode53BeatWords = filtered(wordSet("beating", "beat", "clubbing", "clubbed", "flogging", "kicking"))

// mode53BatonDispersals recodes a dispersal of the sentence done with
// batons or clubs, or told with a beating, as a beating.
func mode53BatonDispersals(st *sent, built []*candidate) {
	for _, cd := range built {
		ev := &cd.ev
		if cd.folded || ev.Mode != "crowd-control" || ev.Type != truce.Assault && ev.Type != truce.Coerce {
			continue
		}
		if mode53Beaten(st, cd) {
			ev.CAMEO, ev.Mode = "182", "beat"
		}
	}
}

// mode53Beaten reports whether the clause of cd tells its crowd beaten:
// batons anywhere in it, clubs on its doer, or a beating after it.
func mode53Beaten(st *sent, cd *candidate) bool {
	lo, hi := cd.prev, cd.next
	if lo < 0 || lo > cd.i {
		lo = 0
	}
	if hi <= cd.j || hi > len(st.low) {
		hi = len(st.low)
	}
	for k := lo; k < hi; k++ {
		w := st.low[k]
		switch {
		case mode53BatonWords.has(w):
			if w != "butts" || k > 0 && st.low[k-1] == "rifle" {
				return true
			}
		case mode53ClubWords.has(w):
			if k < cd.i && k > 1 && st.low[k-1] == "with" && st.low[k-2] == "armed" {
				return true
			}
		case mode53BeatWords.has(w):
			if k >= cd.j && k > 0 && (st.low[k-1] == "," || st.low[k-1] == "and") {
				return true
			}
		}
	}
	return false
}
