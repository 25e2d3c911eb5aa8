package code

import "github.com/truce-project/truce"

// lex43CallForms are the forms of "call" that name an act or an actor
// for what the speaker holds it to be.
var lex43CallForms = filtered(wordSet("call", "calls", "called", "calling", "brand", "brands", "branded", "branding",
	"label", "labels", "labelled", "labeled", "labelling", "labeling", "term", "terms", "termed", "terming",
	"dub", "dubs", "dubbed", "dubbing"))

// lex43WarCrimeWords name the gravest crimes of war: calling a government
// "genocidal" or a strike "a war crime" alleges a war crime (CAMEO 1124)
// more than it disapproves (111).
var lex43WarCrimeWords = filtered(wordSet("genocidal", "genocide", "genocides"))

// lex43NamedWarCrime recodes a criticism told by a verb of naming ("called
// the strike a war crime", "calling the regime genocidal", "branded the
// shelling a crime against humanity") as an allegation of war crimes:
// the name charges the act or actor with the crime.
func (c *Coder) lex43NamedWarCrime(ev *truce.Event, st *sent, i, j int) {
	if ev.Type != truce.Accuse || ev.Mode == "allege" || i < 0 || j > len(st.low) || !lex43CallForms.has(st.low[i]) {
		return
	}
	for k := i + 1; k < j; k++ {
		w := st.low[k]
		if lex43WarCrimeWords.has(w) ||
			(w == "crime" || w == "crimes") && (st.low[k-1] == "war" || k+2 < len(st.low) && st.low[k+1] == "against" && st.low[k+2] == "humanity") ||
			w == "cleansing" && st.low[k-1] == "ethnic" {
			c.recode(ev, "1124")
			return
		}
	}
}
