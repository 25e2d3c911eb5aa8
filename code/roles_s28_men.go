package code

import "github.com/truce-project/truce"

// Men described by their dress or their ride are the doers of what follows:
// "men in uniform detained four youths" are soldiers, "men in plain
// clothes picked up a student" police, and "two men on a motorbike lobbed
// a grenade" or "masked men in black beat reporters" armed men like
// gunmen, whose identity the story gives.

// describedMen returns the mention for an unnamed "men" at token k that a
// dress or ride phrase describes, and the token after the phrase; ok
// is false when the noun is no such subject ("killed two men in uniform").
func (st *sent) describedMen(k int) (mention, int, bool) {
	if st.low[k] != "men" && st.low[k] != "man" || personObject(st, k) || k+2 >= len(st.low) {
		return mention{}, 0, false
	}
	// The noun heads a subject: nothing but its modifiers before it, back
	// to the start of the sentence or of a clause.
	n := k - 1
	for n >= 0 && (st.toks[n].tag == "DT" || st.toks[n].tag == "CD" || st.toks[n].tag == "JJ" || st.toks[n].tag == "VBN" || st.toks[n].tag == "VBG") {
		n--
	}
	if n >= 0 && !subjectOpeners.has(st.low[n]) {
		return mention{}, 0, false
	}
	sector, end := "", 0
	switch w := st.low[k+1]; {
	case w == "in" || w == "wearing":
		for e := k + 2; e < len(st.low) && e <= k+5; e++ {
			if st.mentionAt(e) != nil {
				return mention{}, 0, false
			}
			if uniformNouns.has(st.low[e]) {
				sector, end = "MIL", e+1
				break
			}
			if st.low[e] == "plain" || st.low[e] == "civilian" || st.low[e] == "plainclothes" {
				if e+1 < len(st.low) && (st.low[e+1] == "clothes" || st.low[e+1] == "clothing") {
					sector, end = "COP", e+2
				} else if st.low[e] == "plainclothes" {
					sector, end = "COP", e+1
				}
				break
			}
			if disguiseNouns.has(st.low[e]) {
				sector, end = "REB", e+1
				break
			}
			if r := st.prec61RideEnd(e); w == "in" && r > 0 {
				sector, end = "REB", r
				break
			}
		}
	case w == "on" || w == "riding":
		for e := k + 2; e < len(st.low) && e <= k+4; e++ {
			if rideNouns.has(st.low[e]) {
				sector, end = "REB", e+1
				break
			}
		}
	}
	if sector == "" {
		return mention{}, 0, false
	}
	i := k
	for i > n+1 && st.toks[i-1].tag != "DT" && st.toks[i-1].tag != "CD" {
		i--
	}
	// The mention ends at its noun, as "gunmen" would, and the
	// description is skipped: in a gang story the men are the gang's.
	text := st.textOf(i, k+1)
	return mention{i: i, j: k + 1, kind: "sector", actor: truce.Actor{Text: text, Name: text, Sector: sector}}, end, true
}

// subjectOpeners may stand right before a subject noun phrase.
var subjectOpeners = filtered(wordSet(",", "and", "when", "after", "as", "before", "while", "that", "where", "but", ";", ":"))

// uniformNouns are the dress of soldiers or police.
var uniformNouns = filtered(wordSet("uniform", "uniforms", "fatigues", "camouflage"))

// disguiseNouns hide who wears them: such men are armed men of no known
// side.
var disguiseNouns = filtered(wordSet("masks", "balaclavas", "hoods", "black", "ski-masks"))

// rideNouns carry attackers who strike and flee.
var rideNouns = filtered(wordSet("motorcycle", "motorcycles", "motorbike", "motorbikes", "scooter", "bike", "bikes", "pickup", "pickups"))
