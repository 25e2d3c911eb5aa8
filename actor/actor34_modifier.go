package actor

import "unicode"

// bridgeWords are lower-case words that never qualify the noun after them,
// so a demonym before them cannot reach past them to a sector noun: "the
// Afghan who met officials" keeps its officials apart.
var bridgeWords = wordSet(`a an the of in on at to for with by from as into onto
	and or but nor who whom whose which that than then said says say told was were
	is are be been being has have had will would could should may might must can
	did does do not also only even still just both all each every some any most
	more many few several other others such this these those its their his her
	our your my there here where when while after before since until unless if`)

// bridgeModifier lets a bare demonym reach past one unknown lower-case
// modifier to the sector noun right after it, so both are one state actor:
// "Afghan border officials" are AFGGOV and "Lao narcotics police" LAOCOP,
// as "Afghan officials" and "Lao police" are. A demonym is an adjective, so
// the word after it qualifies what follows rather than acting as a verb;
// function words (see bridgeWords) and names are not bridged.
func bridgeModifier(text string, toks []tok, hits []hit, h hit) {
	if len(hits) == 0 || h.kind != KindSector || h.sector == "" {
		return
	}
	top := &hits[len(hits)-1]
	if top.kind != KindDemonym || top.sector != "" || top.nouns > 0 || top.after != top.end || top.after+1 != h.start {
		return
	}
	g := toks[top.after]
	if !g.word || g.s <= toks[top.end-1].e || g.e >= toks[h.start].s {
		return
	}
	w := text[g.s:g.e]
	if bridgeWords[w] {
		return
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return
		}
	}
	top.after = h.start
}
