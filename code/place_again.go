package code

// Places named by pointing back or by what surrounds them: a town a
// sentence points back at with "the town's", a name the gazetteer lacks
// that "near" or an apposition places, fighting a border word
// qualifies, a deal placed where the story says it was signed.

import (
	"slices"

	"github.com/truce-project/truce"
)

// townNouns are the nouns that, after "the" and with no name of their
// own, point back at a town the story has named: "set up a base in the
// town's old district office", "shelled the village overnight".
var townNouns = filtered(map[string]bool{
	"town": true, "village": true, "city": true, "hamlet": true,
})

// townsAgain places an act that its own sentence puts in no town, only
// in a country, at the town the one or two sentences before named, when
// its clause points back at it with "the town's" or "the town": after
// "Troops retook the town of Zenda on Monday.", "soldiers set up a base
// in the town's police station" were in Zenda, whether or not the
// retaking was coded. The town must lie in the event's country.
func townsAgain(d *doc) {
	for _, cd := range d.cands {
		loc := cd.ev.Location
		if cd.folded || loc == nil || loc.Text != "" || loc.Precision != "country" || !pointsToTown(cd) {
			continue
		}
		idx := slices.Index(d.sents, cd.st)
		for n := idx - 1; n >= 0 && n >= idx-2; n-- {
			if t := lastTown(d.sents[n], loc.Country); t != nil {
				cd.ev.Location = t
				break
			}
		}
	}
}

// pointsToTown reports whether the trigger's clause holds "the" and a
// town noun with no name after it: "the town's", "in the village", but
// not "the town of Zenda" or "the city Strelsau".
func pointsToTown(cd *candidate) bool {
	st := cd.st
	for k := 1; k < len(st.low); k++ {
		if st.clause[k] != st.clause[cd.i] || st.low[k-1] != "the" {
			continue
		}
		w := st.low[k]
		if townNouns.has(w) || len(w) > 2 && w[len(w)-2:] == "'s" && townNouns.has(w[:len(w)-2]) {
			if k+1 < len(st.low) && (st.low[k+1] == "of" || capitalised(st.toks[k+1].text) || st.isPlace(k+1)) {
				continue
			}
			return true
		}
	}
	return false
}

// lastTown returns the last town st names in country cc: a town the
// gazetteer knows, or one it lacks that a town noun and "of" introduce
// ("the town of Zenda"), which is placed in cc. It returns nil when st
// names none.
func lastTown(st *sent, cc string) *truce.Location {
	var out *truce.Location
	at := -1
	for n := range st.places {
		p := &st.places[n]
		if (p.place.Precision == "city" || p.place.Precision == "point") && p.place.Country == cc && p.i > at {
			loc := p.place.Location
			out, at = &loc, p.i
		}
	}
	for k := 2; k < len(st.low); k++ {
		if st.low[k] != "of" || !townNouns.has(st.low[k-1]) || k+1 <= at {
			continue
		}
		if text, n := st.unknownAfter(k); text != "" && n > at {
			out, at = &truce.Location{Text: text, Name: text, Country: cc, Precision: "none"}, n
		}
	}
	return out
}

// nearAfter reports whether the unknown name that starts at token k is
// placed by a "near" right after it, with or without a comma: "in Zenda,
// near the border with Borduria" names a town.
func nearAfter(st *sent, k int) bool {
	n := k
	for n < len(st.toks) && capitalised(st.toks[n].text) && st.mentionAt(n) == nil && !st.isPlace(n) {
		n++
	}
	if n < len(st.low) && st.low[n] == "," {
		n++
	}
	return n > k && n < len(st.low) && st.low[n] == "near"
}

// areaApposed reports whether the unknown name at k is "the Zenda area"
// (or valley, district) that an apposition after a comma describes by
// pick: "in the Zenda area, a disputed stretch of the border where
// Ruritania's Hentz province meets Borduria" was in Zenda; the apposition
// names the province only to place it.
func areaApposed(st *sent, k int, pick *placeRef) bool {
	if k < 1 || st.low[k-1] != "the" {
		return false
	}
	n := k
	for n < len(st.toks) && capitalised(st.toks[n].text) && st.mentionAt(n) == nil && !st.isPlace(n) {
		n++
	}
	if n == k || n+2 >= len(st.low) || !placeNouns.has(st.low[n]) || st.low[n+1] != "," {
		return false
	}
	if w := st.low[n+2]; w != "a" && w != "an" && w != "the" {
		return false
	}
	return pick.i > n+2 && pick.i <= n+16 && !commaBetween(st, n+2, pick.i)
}

// borderQualified reports whether a border word stands right before the
// trigger: "border fighting", "border clashes" happened on the border
// whatever else the sentence names.
func borderQualified(cd *candidate) bool {
	return cd.i > 0 && borderWord(cd.st.low[cd.i-1])
}

// signingWords tell of the signing of a deal: a sentence with one of them
// puts the deal told next to it where it was signed, in whatever country
// hosted it.
var signingWords = filtered(map[string]bool{
	"signing": true, "signed": true, "ceremony": true,
})

// signedAt reports whether st tells of a signing.
func signedAt(st *sent) bool {
	return slices.ContainsFunc(st.low, func(w string) bool { return signingWords.has(w) })
}
