package code

import "strings"

// lex48FreeAdjective drops the bare word "free" where it is not the verb
// of setting captives free: the adjective ("free trade", "a free and fair
// vote", "walked free", "visa-free travel") and the noun phrase it opens.
// The verb stands after a modal or an infinitive "to" ("will free",
// "is to free", "agreed to free"), past at most one adverb ("would
// gradually free"). "freeing" needs no such check: the adjective has no
// -ing form, and its nouns ("the freeing of") have rows of their own.
// Neither is a release when the freed are trapped in a wreck ("to free
// people trapped under the rubble") or the object is money ("freeing up
// funds").
func lex48FreeAdjective(st *sent, cd *candidate) bool {
	if cd.j-cd.i != 1 || cd.e.cameo != "0841" || st.low[cd.i] != "free" && st.low[cd.i] != "freeing" {
		return false
	}
	// "rescuers worked to free people trapped under the rubble",
	// "freeing up funds": a rescue or a release of money, not of
	// captives.
	for k := cd.j; k < len(st.low) && k <= cd.j+6; k++ {
		if lex48Rescue.has(st.low[k]) {
			return true
		}
		if st.low[k] == "," || clauseBreaks.has(st.low[k]) {
			break
		}
	}
	if st.low[cd.i] == "freeing" {
		return false
	}
	k := cd.i - 1
	if k >= 0 && st.toks[k].tag == "RB" && st.low[k] != "not" {
		k-- // "would gradually free", "is also to free"
	}
	if k >= 0 && st.low[k] == "not" {
		k-- // "would not free": the negation is read by status
	}
	if k < 0 {
		return true
	}
	if st.toks[k].tag == "MD" {
		return false
	}
	if st.low[k] == "to" {
		// "the right to free speech": "to" after a noun of rights is the
		// adjective's. "made no commitment to free the prisoners": the
		// release is the content of a promise, coded as the promise.
		// After a verb or "is" it is the infinitive ("agreed to free",
		// "is to free", "urged Cairo to free").
		return k > 0 && lex48ToNouns.has(st.low[k-1])
	}
	return true
}

// lex48Rescue are the words after "free" of people freed from a wreck or
// of money let loose: "to free people trapped under a collapsed mall",
// "freeing up funds for the army".
var lex48Rescue = filtered(wordSet("trapped", "stuck", "buried", "pinned", "rubble", "wreckage", "debris", "up"))

// lex48ToNouns are the nouns a "to" after which opens no release told:
// a freedom ("the right to free speech", "access to free care") or a
// promise ("no commitment to free them", "a pledge to free").
var lex48ToNouns = filtered(wordSet("right", "rights", "access", "threat", "threats", "restrictions", "limits", "curbs",
	"commitment", "commitments", "pledge", "pledges", "promise", "promises", "assurance", "assurances", "guarantee", "guarantees"))

// lex48FreeVerbTag retags as a verb a "free" the tagger took for an
// adjective after a modal or an infinitive "to", when an object follows:
// "the militia is to free 12 soldiers", "would free the commander". An
// adjective there would be followed by "and" or stand alone ("will be
// free", "to free and fair elections"); lex48FreeAdjective screens the
// rest.
func (st *sent) lex48FreeVerbTag() {
	for k := 1; k+1 < len(st.toks); k++ {
		if st.toks[k].tag != "JJ" || st.low[k] != "free" {
			continue
		}
		if st.low[k-1] != "to" && st.toks[k-1].tag != "MD" {
			continue
		}
		switch next := st.toks[k+1].tag; {
		case next == "DT" || next == "CD" || next == "PRP" || next == "PRP$" || strings.HasPrefix(next, "NN") || strings.HasPrefix(next, "JJ"):
			st.toks[k].tag = "VB"
		}
	}
}
