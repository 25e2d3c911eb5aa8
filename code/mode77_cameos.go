package code

import "github.com/truce-project/truce"

// mode77 reads more finer CAMEO codes (issue 3) off events once they are
// final, as mode59 to mode75 do: the trigger rows keep their codes for the
// confidence model, only the event's code (and Goldstein) change.
//
// An accusation whose charge is graft is an accusation of crime or
// corruption, CAMEO 1121: "accusing him of corruption and of threatening
// the stability of the country", "prosecutors accuse him of taking
// millions of dollars in bribes". Gold gives 1121 to 11 of the 12 such
// accusations we code 112 on dev (DIP-wire3, DIP-wire6, DIP-wire10,
// DIP-wire14, DIP-wire19, DIP-wire20, DIP-wire21, DIP-wire22, DIP-wire33).
//
// An accusation whose charge is a war crime, a crime against humanity, a
// genocide or the use of chemical arms is an accusation of war crimes,
// CAMEO 1124: "accusing the guerrillas of committing war crimes",
// "accused government forces of firing chlorine-filled munitions",
// "determined that the army used chemical weapons". Gold gives 1124 to
// 20 of the 28 such accusations we code 112 on dev (DIP-wire12,
// DIP-wire16, DIP-wire55, VIO-chemical-weapon, VIO-wire2, VIO-wire9,
// VIO-wire14, VIO-wire16, VIO-wire20, VIO-wire31); the rest keep 112.
// Only the words after the trigger, in its clause, are read as the charge:
// "denied firing shells carrying chemicals and accused Damascus of seeking
// a pretext" charges no chemical attack.
//
// An accusation whose charge is torture, beatings or other harm done to
// people in one's hands is an accusation of human rights abuses, CAMEO
// 1122: "accused the gendarmerie of beating some of those detained",
// "accused Russian police of torture and killing". Gold gives 1122 to 7
// of the 10 such accusations we code 112 on dev (DIP-wire2, DIP-wire23,
// DIP-wire25, DIP-wire29, DIP-wire47, VIO-wire16).
//
// mode77Code returns the finer code of cd's event, or "" to keep its own.
func mode77Code(cd *candidate) string {
	if cd.st == nil || cd.ev.Type != truce.Accuse || cd.ev.CAMEO != "112" {
		return ""
	}
	switch mode77Charge(cd.st, cd.i, cd.j) {
	case mode77Graft:
		return mode77GraftCode
	case mode77WarCrime:
		return mode77WarCrimeCode
	case mode77Abuse:
		return mode77AbuseCode
	}
	return ""
}

// The codes of an accusation of crime or corruption and of war crimes.
const (
	mode77GraftCode    = "1121"
	mode77AbuseCode    = "1122"
	mode77WarCrimeCode = "1124"
)

// The kinds of charge mode77Charge tells apart.
const (
	mode77NoCharge = iota
	mode77Graft
	mode77WarCrime
	mode77Abuse
)

// mode77ChargeReach is the most tokens after the trigger's end its charge
// may be named.
const mode77ChargeReach = 14

// mode77Charge returns the kind of charge named after the accusation whose
// trigger is [i, j), in its clause and before another clause opens.
func mode77Charge(st *sent, i, j int) int {
	low := st.low
	_, to := joinedClause(st, i)
	for k, end := i, objectClauseEnd(low, j, min(to, j+mode77ChargeReach)); k < end; k++ {
		w := low[k]
		switch {
		case mode77GraftWords.has(w):
			return mode77Graft
		case mode77AbuseWords.has(w):
			return mode77Abuse
		case lex43WarCrimeWords.has(w), chemicalAgents.has(w), mode77ChemicalAt(low, k, to),
			mode77PairAt(low, k, to, "war", mode77CrimeNouns), mode77PairAt(low, k, to, "ethnic", mode77CleansingNouns),
			mode77AgainstHumanityAt(low, k, to):
			return mode77WarCrime
		}
	}
	return mode77NoCharge
}

// mode77PairAt reports whether low[k] is first and the next token is one of
// seconds: "war crimes", "ethnic cleansing".
func mode77PairAt(low []string, k, to int, first string, seconds wordFilter) bool {
	return low[k] == first && k+1 < to && seconds.has(low[k+1])
}

// mode77AgainstHumanityAt reports whether "crimes against humanity" starts
// at k.
func mode77AgainstHumanityAt(low []string, k, to int) bool {
	return mode77CrimeNouns.has(low[k]) && k+2 < to && low[k+1] == "against" && low[k+2] == "humanity"
}

// mode77ChemicalAt reports whether chemical arms are named at k: "chemical"
// or "toxic" before a word for arms or agents, or "chemicals" itself.
func mode77ChemicalAt(low []string, k, to int) bool {
	switch low[k] {
	case "chemicals":
		return true
	case "chemical", "toxic":
		return k+1 < to && (chemicalArms.has(low[k+1]) || low[k+1] == "chemicals")
	}
	return false
}

// mode77GraftWords name graft as a charge.
var mode77GraftWords = filtered(wordSet("corruption", "corrupt", "bribe", "bribes", "bribery", "embezzlement",
	"embezzling", "embezzled", "graft", "kickbacks", "laundering", "fraud", "fraudulently"))

// mode77CrimeNouns are "crime" and "crimes".
var mode77CrimeNouns = filtered(wordSet("crime", "crimes"))

// mode77CleansingNouns are "cleansing".
var mode77CleansingNouns = filtered(wordSet("cleansing"))

// mode77AbuseWords name harm done to people in one's hands as a charge.
var mode77AbuseWords = filtered(wordSet("torture", "tortured", "torturing", "beating", "beatings", "beaten",
	"mistreatment", "mistreating", "ill-treatment", "ill-treating", "rape", "raping", "extrajudicial",
	"disappearances", "abuses"))
