package code

import "github.com/truce-project/truce"

// Issue 3, round x46: "Qatar and Bahrain agreed to restore ties after
// officials from the two Gulf states met at the headquarters of the Gulf
// Cooperation Council". A meeting whose parties are counted back ("the two
// Gulf states", "both neighbours") is between the two states an earlier
// act of the sentence joins; the body whose building hosts it, or a
// regional name read from the description, is no party. Held in a third
// country, it is third-party talks.

// x46PairNouns are the nouns a description counting two states back ends
// in.
var x46PairNouns = filtered(wordSet("states", "countries", "neighbours", "neighbors", "nations", "governments", "sides", "capitals", "allies", "rivals"))

// countedPairMeetingsX46 gives a meeting that counts its two parties back
// the two states of an earlier act in its sentence.
func countedPairMeetingsX46(d *doc) {
	for _, cd := range d.cands {
		if cd.folded || cd.ev.Type != truce.Consult {
			continue
		}
		k := cd.st.countedPairX46(cd.i)
		if k < 0 {
			continue
		}
		for _, p := range d.cands {
			if p == cd || p.folded || p.st != cd.st || p.i >= k || len(p.ev.Source) != 1 || len(p.ev.Target) != 1 {
				continue
			}
			s, t := p.ev.Source[0], p.ev.Target[0]
			if !isState(s) || !isState(t) || s.Country == t.Country {
				continue
			}
			cd.ev.Source = []truce.Actor{s}
			cd.ev.Target = []truce.Actor{t}
			// The venue, read against the true sides, may now set the
			// meeting apart as third-party talks.
			consultMode(&cd.ev, cd.ev.Location, cd.ev.Source, cd.ev.Target)
			break
		}
	}
}

// countedPairX46 returns where a description counting two parties back
// ("the two Gulf states", "both neighbours") opens, in the few words
// before the trigger at i, or -1.
func (st *sent) countedPairX46(i int) int {
	lo := i - 8
	if lo < 1 {
		lo = 1
	}
	for k := i - 1; k >= lo; k-- {
		w := st.low[k]
		if w == "," || w == ";" {
			return -1
		}
		if w != "two" && w != "both" || w == "two" && st.low[k-1] != "the" {
			continue
		}
		n := k + 1
		for q := 0; q < 2 && n < i && (st.toks[n].tag == "NNP" || st.toks[n].tag == "JJ"); q++ {
			n++
		}
		if n < i && x46PairNouns.has(st.low[n]) {
			return k
		}
		return -1
	}
	return -1
}
