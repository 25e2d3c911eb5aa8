package code

// prec56: a signing told again.
//
// "Australia and Papua New Guinea signed a security agreement on Thursday
// … The two prime ministers signed the pact at Parliament House after
// talks", "Iraq and Iran signed a border security agreement … The deal
// was signed by Iraq's national security adviser and …": the second
// sentence names who put pen to the accord already told, a retelling
// that annotators code once, where it is first told in full. Only a
// definite accord ("the pact", "The Reciprocal Access Agreement") tied to
// signing is read so, and only after the article has coded an agreement.

import "github.com/truce-project/truce"

// prec56AccordWords name a signed accord.
var prec56AccordWords = filtered(wordSet("deal", "accord", "pact", "agreement", "treaty", "memorandum"))

// prec56SigningRetold folds an agreement of st that retells the signing of
// an accord the article coded in an earlier sentence. One that another
// trigger of the sentence was folded into keeps that act: "signed the
// agreement … and pledged to reopen crossings" tells a new pledge.
func (c *Coder) prec56SigningRetold(d *doc, st *sent, cands, built []*candidate) {
	if !prec56EarlierAgreement(d, st) {
		return
	}
	for _, cd := range built {
		if cd.folded || cd.ev.Type != truce.Agree || cd.e.has(flagCease) || cd.j != cd.i+1 {
			continue
		}
		n := -1
		switch {
		case prec56AccordWords.has(st.low[cd.i]):
			n = cd.i
		case signingVerbs.has(st.low[cd.i]):
			n = prec56AccordSigned(st, cd.i)
		}
		if n < 0 || !prec56DefiniteAccord(st, n) || !prec56SignedAccord(st, n) || prec56CarriesOther(cands, cd) {
			continue
		}
		cd.folded = true
		c.trace(st, cd, "the signing of an accord the article told before, retold with its signatories (\"signed the pact at Parliament House\")")
	}
}

// prec56CarriesOther reports whether a trigger other than an accord word
// or a sign verb was folded into cd.
func prec56CarriesOther(cands []*candidate, cd *candidate) bool {
	for _, o := range cands {
		if o != cd && o.corefOf == cd && !prec56AccordWords.has(o.st.low[o.i]) && !signingVerbs.has(o.st.low[o.i]) {
			return true
		}
	}
	return false
}

// prec56EarlierAgreement reports whether the article coded an agreement
// in a sentence before st.
func prec56EarlierAgreement(d *doc, st *sent) bool {
	for _, cd := range d.cands {
		if cd.st != st && cd.st.s.Index < st.s.Index && !cd.folded && cd.ev.Type == truce.Agree {
			return true
		}
	}
	return false
}

// prec56AccordSigned returns the accord noun that the sign verb at i
// governs ("signed the accord", "the deal was signed"), or -1.
func prec56AccordSigned(st *sent, i int) int {
	for k := i + 1; k < len(st.low) && k <= i+5; k++ {
		if prec56AccordWords.has(st.low[k]) {
			return k
		}
		if k > i+1 && st.low[k] != "the" && !isModifier(st.toks[k]) {
			break
		}
	}
	if i >= 2 && (st.low[i-1] == "was" || st.low[i-1] == "were") && prec56AccordWords.has(st.low[i-2]) {
		return i - 2
	}
	return -1
}

// prec56DefiniteAccord reports whether the accord noun at n is definite:
// "the pact", "the new deal", "The Reciprocal Access Agreement".
func prec56DefiniteAccord(st *sent, n int) bool {
	for k := n - 1; k >= 0 && k >= n-5; k-- {
		if st.low[k] == "the" {
			return true
		}
		if !isModifier(st.toks[k]) || st.mentionAt(k) != nil {
			return false
		}
	}
	return false
}

// prec56SignedAccord reports whether the accord noun at n is what a sign
// verb takes: "signed the accord", "The deal was signed by".
func prec56SignedAccord(st *sent, n int) bool {
	if n+2 < len(st.low) && (st.low[n+1] == "was" || st.low[n+1] == "were") && signingVerbs.has(st.low[n+2]) {
		return true
	}
	for k := n - 1; k >= 0 && k >= n-6; k-- {
		if signingVerbs.has(st.low[k]) {
			return true
		}
		if st.low[k] != "the" && !isModifier(st.toks[k]) {
			return false
		}
	}
	return false
}
