package code

// An accusation aimed at an unnamed hand (prec69): "the Kremlin blamed the
// disturbance on Western interference", "blamed the unrest on what he
// called foreign powers", "blamed the violence on organised
// troublemakers". The speaker blames someone, whom the words do not name:
// the accusation is news all the same, with no target, where a trigger
// that needs a target would otherwise be dropped. The culprit must be a
// hostile human hand ("interference", "troublemakers", "foreign powers"),
// not a cause ("blamed the crash on bad weather").

// prec69UnnamedHands are the heads of a phrase naming a hostile hand no
// actor stands for.
var prec69UnnamedHands = filtered(wordSet("interference", "meddling", "troublemakers", "provocateurs",
	"agitators", "saboteurs", "instigators", "infiltrators", "hooligans", "thugs", "enemies",
	"conspirators", "plotters", "interventionism"))

// prec69ForeignHeads are the heads that name a hostile hand after
// "foreign", "outside" or "external": "foreign powers", "outside forces".
var prec69ForeignHeads = filtered(wordSet("powers", "forces", "agents", "hands", "elements", "actors", "enemies", "interference", "meddling"))

// prec69BlameOnUnnamed reports whether the trigger at cd is a verb of
// blame whose "on" phrase, within a few words, names a hostile hand no
// actor stands for: "blamed the disturbance on Western interference".
func prec69BlameOnUnnamed(st *sent, cd *candidate) bool {
	if !blameWords.has(st.low[cd.i]) {
		return false
	}
	on := -1
	for k := cd.j; k < len(st.low) && k <= cd.j+5; k++ {
		if st.low[k] == "on" {
			on = k
			break
		}
		if st.low[k] == "," || st.low[k] == "for" || st.low[k] == "that" {
			return false
		}
	}
	if on < 0 {
		return false
	}
	for k := on + 1; k < len(st.low) && k <= on+6; k++ {
		w := st.low[k]
		if w == "," || w == ";" || w == "." {
			return false
		}
		if prec69UnnamedHands.has(w) {
			return true
		}
		if k > on+1 && prec69ForeignHeads.has(w) {
			switch st.low[k-1] {
			case "foreign", "outside", "external", "western", "hostile":
				return true
			}
		}
	}
	return false
}
