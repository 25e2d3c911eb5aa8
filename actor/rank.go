package actor

// rankSectors are the sectors whose titles name the holder's trade even
// when the dictionary does not know the holder: "Major General Jane Doe"
// is a soldier and "Chief Superintendent John Roe" a policeman whoever they
// are, where "Mr", "Senator" or "Secretary-General" say nothing of the
// body the holder acts for.
var rankSectors = map[string]bool{"MIL": true, "COP": true}

// nameParticles join the parts of a personal name in lower case ("Mohamed
// ould Abdel Aziz", "Ahmed bin Ali").
var nameParticles = map[string]bool{
	"al": true, "el": true, "bin": true, "ibn": true, "ould": true, "ag": true,
	"de": true, "da": true, "dos": true, "van": true, "von": true, "bint": true,
}

// rankBeforeName reports whether the title hit h is a military or police
// rank standing directly before a personal name the dictionary does not
// know: two or more capitalised words ("Colonel Amadou Diallo", "Lt. Col.
// Jean-Paul Mbeki said") none of which starts a known phrase, so "Gen Z
// Kenyans" are no officer. A rank before a known name is absorbed by the
// person instead, and a rank before a lower-case word or a single
// capitalised one ("General strikes", "the General Assembly") is no actor.
//
// A rank in apposition to a description before it ("its spokesman, Colonel
// Jane Doe", "spokesman Colonel Jane Doe") is left to that description,
// which says whose officer the holder is; a country or demonym right
// before it still owns it ("Chadian Colonel Jane Doe").
func (d *Dictionary) rankBeforeName(text string, toks []tok, hits []hit, h hit, buf *findBuf) bool {
	if h.kind != kindTitle || !rankSectors[h.sector] || h.end >= len(toks) {
		return false
	}
	if h.start > 0 {
		if p := punct(text[toks[h.start-1].s:toks[h.start-1].e]); !toks[h.start-1].word && (p == "," || p == "(") {
			return false
		}
	}
	if n := len(hits); n > 0 && hits[n-1].after == h.start && !ownedBy(hits, h.start) {
		return false
	}
	first := h.end
	if !toks[first].word || !isUpperStart(text[toks[first].s:toks[first].e]) || d.match(text, toks, first, false, buf) != nil {
		return false
	}
	words := 0
	for k := first; k < len(toks); k++ {
		t := toks[k]
		w := text[t.s:t.e]
		switch {
		case t.word && isUpperStart(w) && (k == first || d.match(text, toks, k, false, buf) == nil):
			words++
		case t.word && nameParticles[w]:
		case !t.word && (punct(w) == "-" || punct(w) == "'") && k+1 < len(toks) && toks[k+1].word && toks[k+1].s == t.e:
		default:
			return words >= 2
		}
	}
	return words >= 2
}
