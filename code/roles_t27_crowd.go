package code

import "strings"

// A crowd the police break up is a protest, whatever the sentence calls
// it. "Police broke up a gathering in the main square and detained 15
// people", "security forces dispersed hundreds of nurses, detaining
// dozens": those dispersed, and those held as the crowd is broken up, are
// protesters, though no word of protest is used.

// disperseWords break a crowd up by themselves.
var disperseWords = filtered(wordSet("disperse", "dispersed", "disperses", "dispersing", "dispersal"))

// breakUpWords are the verb of "broke up a gathering".
var breakUpWords = filtered(wordSet("break", "broke", "breaks", "breaking", "broken"))

// brokenUpNouns are what "broke up" breaks up when it is a crowd: "broke up
// a vigil", not "broke up a smuggling ring".
var brokenUpNouns = filtered(wordSet("gathering", "gatherings", "crowd", "crowds", "vigil", "vigils", "rally",
	"rallies", "meeting", "march", "sit-in", "sit-ins", "demonstration", "demonstrations", "protest",
	"protests", "assembly"))

// dispersalScene reports whether a sentence tells of a crowd being
// dispersed or broken up.
func dispersalScene(st *sent) bool {
	for k, w := range st.low {
		if disperseWords.has(w) {
			return true
		}
		if !breakUpWords.has(w) || k+1 >= len(st.low) || st.low[k+1] != "up" {
			continue
		}
		// "broke up a 'Bread and Water' gathering": a name may stand
		// before the noun, within the phrase, which a comma or the next
		// verb ends.
		for n := k + 2; n < len(st.low) && n <= k+10 && st.low[n] != "," && !strings.HasPrefix(st.toks[n].tag, "VB"); n++ {
			if brokenUpNouns.has(st.low[n]) && !isMonth(st, n) {
				return true
			}
		}
	}
	return false
}
