package code

import "strings"

// A request for talks or a deal (issue 3, mode): "demanded that the EU
// reopen accession talks", "urged both blocs to settle the dispute through
// talks", "called for a binding agreement on the dam". What is asked is a
// meeting of the sides, or the deal they would reach at one: REQUEST meet
// (CAMEO 106), whatever act ("return to the chamber", "reopen") the
// complement rows read first. Keeping to a deal already made ("urged
// Caracas to respect the accord") or dropping one ("demanded that the
// council drop the agreement") asks no meeting and is left to them.

// mode43TalksAsked reports whether the request at cd asks first for
// talks or a deal: a talk noun in the request's clause that a verb of
// holding or renewing talks, or "through", governs, or that is the first
// thing asked ("called for a binding agreement"), with no other act the
// complement rows read asked before it ("urged them to exercise restraint
// and settle the dispute through dialogue" asks them first to yield).
func (c *Coder) mode43TalksAsked(cd *candidate) bool {
	p := mode43TalksAt(cd)
	if p < 0 {
		return false
	}
	st := cd.st
	cs := c.lex.complements[c.lex.cameo[cd.e.cameo].plover]
	ix := c.lex.complementIx[c.lex.cameo[cd.e.cameo].plover]
	var buf [32]int
	for k := cd.j; k < p; k++ {
		if inName(st, k) {
			continue
		}
		for _, q := range ix.candidates(st.low, k, buf[:0]) {
			if _, ok := matchFrom(st.low, k, cs[q].words); ok && cs[q].mode != "meet" {
				return false
			}
		}
	}
	return true
}

// mode43TalksAt returns where the talks or deal the request at cd asks
// for are told (the verb or "through" that governs the talk noun, or the
// noun itself), or -1.
func mode43TalksAt(cd *candidate) int {
	st := cd.st
	for k := cd.j; k < len(st.low) && k < cd.j+16 && st.clause[k] == st.clause[cd.i]; k++ {
		if k > cd.j && cd.next > cd.j && k >= cd.next {
			return -1
		}
		if !mode43TalkNouns.has(st.low[k]) {
			continue
		}
		if k == cd.j {
			return k
		}
		for b := k - 1; b >= cd.j && b >= k-4; b-- {
			w := st.low[b]
			if mode43TalkVerbs.has(w) || w == "through" || w == "via" {
				return b
			}
			if w == "ceasefire" || w == "truce" {
				break
			}
			if w != "a" && w != "an" && w != "the" && !isModifier(st.toks[b]) && !strings.HasPrefix(st.toks[b].tag, "NN") {
				break
			}
			if b == cd.j {
				return b
			}
		}
	}
	return -1
}

// mode43TalkNouns name talks and the deals reached at them.
var mode43TalkNouns = filtered(wordSet("talks", "negotiations", "dialogue", "agreement", "deal", "accord"))

// mode43TalkVerbs hold, renew or conclude talks and deals.
var mode43TalkVerbs = filtered(wordSet("reopen", "resume", "restart", "revive", "hold", "open", "begin", "start", "enter", "join",
	"reach", "conclude", "negotiate", "seek", "pursue", "settle", "resolve"))
