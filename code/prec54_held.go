package code

import "github.com/truce-project/truce"

// People a side is said to hold ("free 30 women and children it has held
// since May", "the sailors they were holding") are its captives, whatever
// noun names them: like "hostages", they take no country from the place or
// from their captor (see captiveCountry).

// prec54HoldVerbs are the participles and forms of holding someone a
// relative clause after the captives uses.
var prec54HoldVerbs = filtered(map[string]bool{
	"held": true, "holding": true, "holds": true, "hold": true, "seized": true,
	"captured": true, "abducted": true, "kidnapped": true, "taken": true, "took": true,
	"detained": true, "detains": true, "detaining": true,
})

// prec54RelWords open the relative clause: its pronoun or relative word.
var prec54RelWords = filtered(map[string]bool{
	"it": true, "they": true, "that": true, "who": true, "whom": true, "which": true,
	"the": true, "group": true, "militants": true, "rebels": true,
})

// prec54RelOnly are the relative words that cannot be the clause's subject
// for it to tell of a hold.
var prec54RelOnly = filtered(map[string]bool{"that": true, "who": true, "whom": true, "which": true, "the": true})

// prec54HeldRelative reports whether the people m (with the nouns joined
// to it by "and" or a comma) are followed by a relative clause telling
// that someone holds them: "50 women and children it has held", "the
// crew the rebels had been holding". A bare participle ("women held in
// jails") is no such clause.
func prec54HeldRelative(st *sent, m *mention) bool {
	k := m.j
	// Over "and children", ", elderly people".
	for n := 0; n < 4 && k < len(st.low); n++ {
		w := st.low[k]
		if w == "and" || w == "," || st.toks[k].tag == "NNS" || st.toks[k].tag == "JJ" {
			k++
			continue
		}
		break
	}
	rel := 0
	for k < len(st.low) && rel < 2 && prec54RelWords.has(st.low[k]) {
		k++
		rel++
	}
	// The holder must be the clause's subject: "who seized power" tells
	// what the people did, not that they are held.
	if rel == 0 || prec54RelOnly.has(st.low[k-1]) {
		return false
	}
	for n := 0; n < 3 && k < len(st.low); n++ {
		switch st.low[k] {
		case "has", "have", "had", "is", "are", "was", "were", "been", "being", "still":
			k++
			continue
		}
		break
	}
	return k < len(st.low) && prec54HoldVerbs.has(st.low[k])
}

// prec54AgreedOther returns the country of the side that the captors
// other made the article's last agreement with, told in st's sentence or
// before ("Israel and Hamas agreed to a pause … Hamas is to free 50 women
// it has held"): the captives are that side's people. "" when no such
// agreement is told; the country itself when both sides are of other's
// country (a civil war's government and rebels).
func (d *doc) prec54AgreedOther(st *sent, other []truce.Actor) string {
	if len(other) == 0 {
		return ""
	}
	cc := countryOf(other[0])
	if cc == "" {
		return ""
	}
	for n := len(d.cands) - 1; n >= 0; n-- {
		p := d.cands[n]
		if p.folded || p.ev.Type != truce.Agree || p.st.s.Index > st.s.Index {
			continue
		}
		s, t := hasCountry(p.ev.Source, cc), hasCountry(p.ev.Target, cc)
		switch {
		case s && !t && len(p.ev.Target) > 0:
			return countryOf(p.ev.Target[0])
		case t && !s && len(p.ev.Source) > 0:
			return countryOf(p.ev.Source[0])
		case s && t && len(p.ev.Source) == 1 && len(p.ev.Target) == 1:
			// A civil war's two sides: the captives are the country's.
			return cc
		}
		return ""
	}
	return ""
}
