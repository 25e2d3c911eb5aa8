package code

import (
	"strings"
	"unicode/utf8"
)

// placeCompounds are the words that, hyphened after a place's name, make
// it describe someone rather than say where something happened: "the
// Strelsau-based mediator", "a Zenda-born fighter".
var placeCompounds = filtered(map[string]bool{
	"based": true, "born": true, "headquartered": true, "bred": true, "educated": true, "registered": true,
})

// compounded reports whether a place's name is the first half of a
// hyphened compound such as "Strelsau-based": in "the Strelsau-based rights
// group said soldiers killed 30 villagers in Zenda" the killing was not in
// Strelsau. The tokenizer may keep the compound as one word or split off
// the hyphen, so both are read.
func compounded(st *sent, p *placeRef) bool {
	last := st.low[p.j-1]
	if k := strings.LastIndexAny(last, "-‐‑"); k >= 0 {
		_, size := utf8.DecodeRuneInString(last[k:])
		if placeCompounds.has(last[k+size:]) {
			return true
		}
	}
	if p.j >= len(st.low) {
		return false
	}
	w := st.low[p.j]
	if h, ok := strings.CutPrefix(w, "-"); ok && placeCompounds.has(h) {
		return true
	}
	return (w == "-" || w == "‐" || w == "‑") && p.j+1 < len(st.low) && placeCompounds.has(st.low[p.j+1])
}
