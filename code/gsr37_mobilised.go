package code

import "strings"

// "Qatar has mobilized lobby groups in Washington", "the party mobilised
// its supporters", "the bank mobilised a further $2 billion": to mobilise
// backers, voters, money or opinion is to rally them, not to put forces on
// a war footing. A mobilisation of forces names men under arms or
// reservists ("mobilised 20,000 reservists"); when the verb's object is a
// civil body, a sum or a stance, the verb codes no MOBILIZE.

// gsr37CivilHeads are head nouns of what is rallied without arms.
var gsr37CivilHeads = filtered(wordSet("support", "supporters", "backers", "followers",
	"voters", "electorate", "opinion", "lobby", "lobbies", "lobbyists",
	"groups", "leaders", "activists", "campaigners", "donors", "investors", "funds",
	"funding", "money", "resources", "finance", "financing", "capital", "investment",
	"investments", "aid", "assistance", "diplomats", "diplomacy", "allies", "community",
	"communities", "public", "businesses", "businessmen", "firms", "companies",
	"opposition", "partners", "governments", "dollars", "euros", "billion", "million"))

// gsr37ArmedWords in the object keep it armed: "mobilised armed groups",
// "mobilised militia leaders".
var gsr37ArmedWords = filtered(wordSet("armed", "militia", "militias", "paramilitary",
	"vigilante", "self-defence", "self-defense", "tribal", "fighters", "army", "military",
	"police", "reserve", "reserves", "reservists"))

// gsr37CivilMobilised reports whether a mobilising verb at cd takes as its
// object a civil body, a sum or a stance rather than forces.
func gsr37CivilMobilised(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' || cd.j-cd.i != 1 || !strings.HasPrefix(st.low[cd.i], "mobili") {
		return false
	}
	head := -1
scan:
	for k := cd.j; k < len(st.low) && k < cd.j+8; k++ {
		t := st.toks[k].tag
		if forceNouns.has(st.low[k]) || gsr37ArmedWords.has(st.low[k]) {
			return false
		}
		switch {
		case t == "$":
			return true // "mobilised a further $2 billion"
		case strings.HasPrefix(t, "NN"):
			head = k
		case t == "POS" || head < 0 && (t == "DT" || t == "PRP$" || t == "CD" || strings.HasPrefix(t, "JJ")):
		default:
			break scan
		}
	}
	return head >= 0 && gsr37CivilHeads.has(st.low[head])
}
