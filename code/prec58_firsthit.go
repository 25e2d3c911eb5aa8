package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// A definite attack noun that opens the story's telling of its attack
// (issue 3): "The strike hit a family compound in the south of the city,
// killing six", "The raid destroyed a clinic on Monday", "The bombing
// killed twelve people at a market". The article is the reporter's, as
// in a lead that starts mid-scene; with no attack told before it in the
// story, the noun, subject of a verb of hitting, wrecking or killing with
// an object, tells the attack for the first time (as firstTelling reads
// "the bombing of a crowded bus station drew condemnation").

// prec58FirstHitVerbs are the verbs of what an attack did to what it hit.
var prec58FirstHitVerbs = filtered(wordSet("killed", "kills", "wounded", "wounds", "injured", "injures",
	"targeted", "targets", "slammed", "smashed", "pounded", "tore", "ripped", "rocked", "hit", "hits", "struck", "strikes"))

// prec58FirstHit reports whether the definite violent noun at cd, opening
// its sentence past its article and modifiers, is the subject of a verb
// of hitting, wrecking or killing that takes an object, with no attack
// told before it in the story.
func prec58FirstHit(d *doc, st *sent, cd *candidate) bool {
	for _, x := range d.cands {
		if x.ev.Type == truce.Assault {
			return false
		}
	}
	for k := cd.i - 1; k >= 0; k-- {
		if t := st.toks[k].tag; !(t == "DT" || strings.HasPrefix(t, "JJ") || t == "NN" || t == "NNS") {
			return false
		}
	}
	v := cd.j
	if v+1 >= len(st.low) || !(prec58FirstHitVerbs.has(st.low[v]) || prec57WreckVerbs.has(st.low[v])) {
		return false
	}
	// What it hit follows: an article, a number or a noun.
	t := st.toks[v+1].tag
	if !(t == "DT" || t == "CD" || t == "PRP$" || strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ")) {
		return false
	}
	// A bare "strike" is as often a walkout ("the strike hit businesses
	// across the country"): it tells an attack only where it hit a
	// building, works or a vehicle, or killed or wounded.
	if cd.j-cd.i == 1 && strings.HasPrefix(st.low[cd.i], "strike") {
		return prec58FirstHarm.has(st.low[v]) || hitThings[thingHead(st, v+1)]
	}
	return true
}

// prec58FirstHarm are the verbs of harm to people among prec58FirstHitVerbs.
var prec58FirstHarm = filtered(wordSet("killed", "kills", "wounded", "wounds", "injured", "injures"))
