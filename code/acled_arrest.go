package code

// ACLED rules' tests on arrests: whether the people held were a crowd at a
// protest (an intervention in it) or a person held by name (an arrest).

import (
	"strings"

	"github.com/truce-project/truce"
)

// protestTold reports whether the sentence tells of a protest or a crowd
// the protesters held were part of: "detained 30 members of a women's
// march" broke up a march; "arrested a rights activist at his home" is
// an arrest. "March" with a capital is the month.
func protestTold(st *sent) bool {
	if protestCharged(st) {
		return false
	}
	if crowdScene(st) {
		return true
	}
	for k, w := range st.low {
		if (w == "march" || w == "marches") && st.toks[k].text != "March" && st.toks[k].text != "Marches" {
			return true
		}
	}
	return false
}

// crowdHeld reports whether the people held are unnamed civilians, as
// in "and 70 people were detained", students or workers: a crowd, not a
// figure.
func crowdHeld(as []truce.Actor) bool {
	if len(as) == 0 {
		return false
	}
	for _, a := range as {
		if a.Sector != "CVL" && a.Sector != "PRO" && a.Sector != "EDU" && a.Sector != "LAB" {
			return false
		}
	}
	return true
}

// heldByName reports whether the arrest trigger holds one person named
// by name, with only a description between ("detained student leader Jane
// Doe", "arrested John Roe, a spokesman for the strikers"), or names one
// held in the passive ("Jane Doe was detained"): the arrest of a figure,
// not a crowd taken at a protest, even when the sentence names the
// protests the figure led.
func (x *acx) heldByName() bool {
	if x.i < 0 {
		return false
	}
	st := x.st
	for k := x.j; k < len(st.toks) && k < x.j+6; k++ {
		t := st.toks[k]
		if t.tag == "NNP" {
			return st.personName(k)
		}
		if !(determiners.has(t.low) || strings.HasPrefix(t.tag, "JJ") || (t.tag == "NN" || t.tag == "HYPH") && st.describes(k)) {
			break
		}
	}
	// "Jane Doe, a rights lawyer, was detained": the name ends before the
	// apposition and "was" or "were" comes just before the trigger.
	k := x.i - 1
	if k < 1 || st.low[k] != "was" {
		return false
	}
	k--
	if st.low[k] == "," {
		for k > 0 && st.low[k-1] != "," {
			k--
		}
		k -= 2
	}
	for k > 0 && st.toks[k-1].tag == "NNP" && st.mentionAt(k-1) == nil {
		k--
	}
	return k >= 0 && st.personName(k)
}

// personName reports whether token k opens a person's name: a person the
// dictionary knows, or two or more capitalised words it does not know
// that name no place.
func (st *sent) personName(k int) bool {
	if m := st.mentionAt(k); m != nil {
		return m.kind == "person"
	}
	e := st.unknownName(k)
	if e-k < 2 {
		return false
	}
	for _, p := range st.places {
		if p.i < e && k < p.j {
			return false
		}
	}
	return true
}

// describes reports whether token k can describe a person named after it:
// no actor, or a sector word ("student activist", "opposition organiser").
func (st *sent) describes(k int) bool {
	m := st.mentionAt(k)
	return m == nil || m.kind == "sector"
}

// protestCharged reports whether every protest, riot or crowd the
// sentence names is the charge or the plan the people were held for, not
// a protest they were held at: "detained activists, accusing them of
// plotting mass unrest", "arrested two students for organising a rally".
func protestCharged(st *sent) bool {
	found := false
	for k, w := range st.low {
		if !marchWords.has(w) && !rioterWords.has(w) && !streetCrowd.has(w) {
			continue
		}
		charged := false
		for n := k - 1; n >= 0 && n >= k-3; n-- {
			if chargeWords.has(st.low[n]) {
				charged = true
				break
			}
		}
		if !charged {
			return false
		}
		found = true
	}
	return found
}

// chargeWords, just before a protest, make it what people are accused of
// or were held to stop: "plotting unrest", "inciting riots".
var chargeWords = filtered(wordSet("plotting", "plotted", "planning", "planned", "inciting", "incited", "incitement", "organising",
	"organizing", "organised", "organized", "fomenting", "fomented", "instigating", "stirring", "provoking"))
