package code

// Whom a call for an inquiry is aimed at: the state that is to hold it.
// "Rights groups called for an independent investigation", after police
// fired on a crowd, asks the government of the country, not the police
// who fired nor the dead the inquiry would look into.

import (
	"github.com/truce-project/truce"
)

// inquiryAsked name an inquiry a call may ask for.
var inquiryAsked = filtered(wordSet("inquiry", "inquiries", "enquiry", "investigation", "investigations", "probe"))

// inquiryCall returns, for a call for an inquiry that names no addressee,
// or names only the people it would look into ("demanded an independent
// inquiry into the deaths of 23 people"), the government of the country
// the story is in. A call by that government itself, or by a body of its
// own state, is left alone: it is no appeal to another.
func (c *Coder) inquiryCall(d *doc, cd *candidate) []*mention {
	st := cd.st
	if c.lex.cameo[cd.e.cameo].plover != truce.Request || len(cd.src) == 0 || !st.asksInquiry(cd) {
		return nil
	}
	for _, m := range cd.tgt {
		if (m.actor.ID != "" || m.actor.Country != "") && m.actor.Sector != "CVL" && !st.lookedInto(cd, m) {
			return nil // "urged Addis Ababa to open an inquiry"
		}
	}
	cc := d.focus
	if cc == "" {
		return nil
	}
	for _, m := range cd.src {
		if m.actor.Country == cc {
			return nil
		}
	}
	return c.impliedAt(d, cd, cc+"GOV")
}

// asksInquiry reports whether cd's trigger, or the few words after it,
// name an inquiry: "called for an independent inquiry", "demanded a
// swift and transparent investigation".
func (st *sent) asksInquiry(cd *candidate) bool {
	for k := cd.i; k < len(st.low) && k < cd.j+5; k++ {
		if inquiryAsked.has(st.low[k]) {
			return true
		}
		if k >= cd.j && (st.low[k] == "," || st.low[k] == "." || verbAt(st, k)) {
			return false
		}
	}
	return false
}

// lookedInto reports whether m names people an inquiry would look into,
// after "into" in its clause: "an inquiry into the deaths of nine
// miners". A state's organ there ("into the army's conduct") is not.
func (st *sent) lookedInto(cd *candidate, m *mention) bool {
	if stateSectors.has(m.actor.Sector) || isState(m.actor) && m.actor.Sector == "" {
		return false
	}
	for k := cd.i; k < m.i && k < len(st.low); k++ {
		if st.low[k] == "into" {
			return st.clause[k] == st.clause[m.i]
		}
	}
	return false
}
