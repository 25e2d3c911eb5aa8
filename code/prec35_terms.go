package code

import (
	"slices"

	"github.com/truce-project/truce"
)

// termCommitmentsPrec35 are the comma participles that give the terms of
// an agreement just told: "signed a declaration, committing to a
// ceasefire", "agreed a pact, pledging to end the feud".
var termCommitmentsPrec35 = filtered(wordSet("committing", "pledging", "vowing", "promising", "undertaking"))

// termCoopTypesPrec35 are the acts that can be an agreement's terms.
var termCoopTypesPrec35 = filtered(map[string]bool{truce.Agree: true, truce.Retreat: true, truce.Consult: true, truce.Concede: true, truce.Cooperate: true})

// signedTermsPrec35 folds, once the sentence's ceasefires are declared, the
// acts named as the terms of an agreement told before them: in "the sides
// signed a declaration in Doha, committing to a permanent ceasefire and to
// talks on a final deal" the ceasefire and the talks are what the signing
// promises, one event. The ceasefire record stays: the signing is linked
// to it (committedTruce), and the folded trigger leaves its events.
func (c *Coder) signedTermsPrec35(d *doc, st *sent, built []*candidate) {
	for _, cd := range built {
		if cd.folded || !termCoopTypesPrec35.has(cd.ev.Type) {
			continue
		}
		x := signingBeforePrec35(st, built, cd)
		if x == nil {
			x = signingLinkPrec37(st, built, cd)
		}
		if x == nil {
			continue
		}
		if id := cd.ev.CeasefireID; id != "" {
			// Keep the record only when the signing carries it.
			if x.ev.CeasefireID != id {
				continue
			}
			for _, cf := range d.ceasefires {
				if cf.ID == id {
					cf.Events = slices.DeleteFunc(cf.Events, func(e string) bool { return e == cd.ev.ID })
				}
			}
		}
		cd.folded, cd.corefOf = true, x
		c.trace(st, cd, "an act named as the terms of an agreement just told (\"signed a declaration, committing to a ceasefire\"): one event, the signing")
	}
}

// signingBeforePrec35 returns the agreement whose terms cd names after a
// comma participle of commitment, or nil: the participle is cd's trigger
// or stands before it
// with no comma, ";" or other clause between, and the agreement ends
// before the participle's comma.
func signingBeforePrec35(st *sent, built []*candidate, cd *candidate) *candidate {
	k := -1
	// The participle itself may be the trigger ("committing to" an
	// intent): the signers' promise is the signing's.
	for n := cd.i; n > 1 && n >= cd.i-16; n-- {
		w := st.low[n]
		if w == "," || w == ";" || quoteMark(w) {
			return nil
		}
		if termCommitmentsPrec35.has(w) && st.low[n-1] == "," && n+1 < len(st.low) && st.low[n+1] == "to" {
			k = n
			break
		}
	}
	if k < 0 {
		return nil
	}
	pick := lastAgreementBefore(built, cd, k-1, false)
	if pick == nil {
		return nil
	}
	for n := pick.j; n < k; n++ {
		if st.low[n] == ";" || st.low[n] == "." {
			return nil
		}
	}
	return pick
}

// lastAgreementBefore returns the last agreement of built, other than cd
// and not folded, whose trigger ends by end; with verbOnly, only one told
// by a verb ("signed", not "the accord"). Nil when there is none.
func lastAgreementBefore(built []*candidate, cd *candidate, end int, verbOnly bool) *candidate {
	var pick *candidate
	for _, x := range built {
		if x == cd || x.folded || x.ev.Type != truce.Agree || verbOnly && x.e.pos != 'V' || x.j > end {
			continue
		}
		pick = x
	}
	return pick
}
