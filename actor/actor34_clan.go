package actor

import "strings"

// clanActs are the quarrels a clan or tribe only qualifies when it stands
// right before them: "clan feuds", "a tribe dispute over land".
var clanActs = wordSet(`feud feuds feuding dispute disputes rivalry rivalries
	violence conflict conflicts war wars warfare fighting clash clashes tensions
	killings vendetta vendettas`)

// clanNouns are the nouns for a clan or tribe that, after a band noun and
// "from" or "of", say whose armed men the band are.
var clanNouns = wordSet(`clan clans tribe tribes`)

// clanBand joins a band noun to the clan it comes from, so the whole
// phrase is one communal militia: "gunmen from a rival clan", "armed men
// of the Hewa clan", "fighters from two tribes" (MLT, where "gunmen" alone
// are rebels). Between the two only "from" or "of", an optional article
// and at most two words may stand. It returns the mentions with the band
// noun dropped when h takes it in.
func clanBand(text string, toks []tok, hits []hit, h *hit) []hit {
	if len(hits) == 0 || h.kind != KindSector || h.sector != "MLT" {
		return hits
	}
	last := toks[h.end-1]
	if !clanNouns[strings.ToLower(text[last.s:last.e])] {
		return hits
	}
	top := hits[len(hits)-1]
	if top.kind != KindSector || !top.band || top.after >= h.start {
		return hits
	}
	k := top.after
	if w := strings.ToLower(text[toks[k].s:toks[k].e]); w != "from" && w != "of" {
		return hits
	}
	k++
	if w := strings.ToLower(text[toks[k].s:toks[k].e]); k < h.start && (w == "a" || w == "an" || w == "the") {
		k++
	}
	if h.start-k > 2 {
		return hits
	}
	for ; k < h.start; k++ {
		if !toks[k].word {
			return hits
		}
	}
	h.start = top.start
	return hits[:len(hits)-1]
}
