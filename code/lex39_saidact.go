package code

// lex39SaidActNouns name acts a side may be reproached for: "said the
// decision violated …", "said the arms sale breached …".
var lex39SaidActNouns = filtered(wordSet("decision", "decisions", "move", "moves", "measure", "measures", "step", "steps", "sale",
	"sales", "deal", "vote", "ban", "suspension", "expulsion", "expulsions", "incursion", "incursions", "deployment",
	"deployments", "visit", "strike", "strikes", "attack", "attacks", "raid", "raids", "annexation", "sanctions",
	"tariffs", "arrest", "arrests", "launch", "launches", "test", "tests", "blockade", "drills", "exercises", "seizure"))

// lex39SaidActMissing reports whether the candidate cd is the lex39
// reading of "said the … violated" (CAMEO 111) with no act named in its
// gap: "the court said the law violated the constitution" reproaches no
// side's act.
func lex39SaidActMissing(st *sent, cd *candidate) bool {
	e := cd.e
	if e.cameo != "111" || len(e.words) < 4 || e.words[0] != "said" && e.words[0] != "says" || e.words[1] != "the" || e.words[2] != "*" {
		return false
	}
	for k := cd.i + 2; k < cd.j-1 && k < len(st.low); k++ {
		if lex39SaidActNouns.has(st.low[k]) {
			return false
		}
	}
	return true
}
