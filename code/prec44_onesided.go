package code

// One-sided fragments: an event that names one side only, read from a
// sentence that tells another act with both its sides. Measured on the
// dev gold, one-sided events are right one time in four, against three in
// four for events with both sides; most are a piece of the act beside
// them that lost its other side. This pass leaves out the pieces it can
// tell by their place in the sentence, and keeps the one-sided events
// that are news of their own:
//   - an act named by a noun inside a phrase ("accused Israel of a
//     deliberate attack", "over killings during his drug war", "condemned
//     the Moroccan incursion");
//   - an act in a relative clause beside the act ("protested the raids,
//     which the army denied planning").
// Kept always: an attack with no attacker named, a deployment, an appeal
// to no one in particular, an event with a toll, and those another record
// points at (a ceasefire's events, an act a retaliation answers). A
// one-sided event alone in its sentence is kept: it may be all the
// sentence tells ("the army denied targeting civilians").

import "github.com/truce-project/truce"

// oneSidedFragment reports whether ev names one side only and is of a
// kind that needs both.
func oneSidedFragment(ev *truce.Event) bool {
	src, tgt := len(ev.Source) > 0, len(ev.Target) > 0
	if src == tgt {
		return false
	}
	switch ev.Type {
	case truce.Assault:
		return src
	case truce.Mobilize, truce.Request:
		return !src
	}
	return true
}

// fragmentDropped reports whether cd is a one-sided fragment to leave out
// of the record (see the file comment).
func fragmentDropped(d *doc, cd *candidate) bool {
	if cd.folded || !oneSidedFragment(&cd.ev) || cd.ev.Fatalities != nil || cd.ev.Injuries != nil {
		return false
	}
	st := cd.st
	drop, beside := false, false
	for _, o := range d.cands {
		if o == cd || o.folded || o.st != st || len(o.ev.Source) == 0 || len(o.ev.Target) == 0 {
			continue
		}
		beside = true
		if inRelativeBeside(st, cd, o) {
			drop = true
			break
		}
	}
	if !drop && (!beside || !nounInPhrase(st, cd)) {
		return false
	}
	return !referencedEvent(d, cd.ev.ID)
}

// referencedEvent reports whether another record points at the event id:
// a ceasefire declared in it, or an event that answers it.
func referencedEvent(d *doc, id string) bool {
	for _, cf := range d.ceasefires {
		for _, e := range cf.Events {
			if e == id {
				return true
			}
		}
	}
	for _, o := range d.cands {
		if !o.folded && o.ev.RetaliatesFor == id {
			return true
		}
	}
	return false
}

// nounHeadGovernor returns the token before the noun phrase whose head
// is token i: it walks back over the determiners, modifiers and nouns
// of the phrase ("of a deliberate attack", "over the killings"). It
// returns -1 when the phrase opens the sentence.
func nounHeadGovernor(st *sent, i int) int {
	k := i - 1
	for ; k >= 0; k-- {
		t := st.toks[k].tag
		switch {
		case t == "DT" || t == "PDT" || t == "CD" || t == "POS" || t == "PRP$" || t == "HYPH" || t == "NNP" || t == "NNPS":
		case len(t) >= 2 && (t[:2] == "JJ" || t[:2] == "NN"):
		case t == "VBN" || t == "VBG":
			// "the stalled talks", "a growing rift": a participle
			// inside the phrase, not a verb governing it ("rockets
			// carrying a nerve agent").
			if k == 0 || !determinerTag(st.toks[k-1].tag) {
				return k
			}
		default:
			return k
		}
	}
	return -1
}

// determinerTag reports whether a token of tag t opens or modifies a noun
// phrase, so that a participle after it is an adjective.
func determinerTag(t string) bool {
	return t == "DT" || t == "PDT" || t == "CD" || t == "POS" || t == "PRP$" || t == "HYPH" || (len(t) >= 2 && t[:2] == "JJ")
}

// nounInPhrase reports whether cd's trigger is a noun set inside a
// phrase another word governs, with no verb of its own after it: "over
// killings during his drug war", "accused Israel of a deliberate
// attack", "protest against Turkish strikes". Such a noun names an act
// the sentence mentions, not the act it tells. Kept: a noun that opens
// the sentence or is the subject of its own verb ("a wave of killings
// blamed on gangs", "access to Facebook had been restricted"), and the
// object of a gerund ("of using chemical weapons").
func nounInPhrase(st *sent, cd *candidate) bool {
	if !nounTagged(st, cd.i) {
		return false
	}
	g := nounHeadGovernor(st, cd.i)
	if g < 0 || st.low[g] == "that" {
		return false
	}
	switch t := st.toks[g].tag; {
	case t == "IN" || t == "TO":
	case len(t) >= 2 && t[:2] == "VB":
		// The object of a verb: a fragment only when its side is named
		// inside the phrase, so that the verb's subject is someone
		// else ("Algeria condemned the Moroccan incursion"), not the
		// doer ("Netanyahu ordered powerful strikes").
		if !sideInPhrase(cd, g) {
			return false
		}
	default:
		return false
	}
	return !predicateAfterNoun(st, cd.j)
}

// predicateAfterNoun reports whether the noun phrase ending at j has a
// verb of its own: right after it ("killings blamed on gangs"), or after
// a short complement through a relative pronoun ("attacks on buses that
// it blamed on gangs").
func predicateAfterNoun(st *sent, j int) bool {
	for k := j; k < len(st.toks) && k < j+6; k++ {
		t := st.toks[k].tag
		switch {
		case t == "MD" || t == "WDT" || (len(t) >= 2 && t[:2] == "VB"):
			return true
		case t == "IN" && st.low[k] == "that":
			return true
		case k > j && (t == "DT" || t == "CD" || t == "POS" || t == "PRP$" || t == "HYPH" || (len(t) >= 2 && (t[:2] == "JJ" || t[:2] == "NN"))):
		case k == j && t == "IN":
		default:
			return false
		}
	}
	return false
}

// inRelativeBeside reports whether cd's trigger lies in a relative clause
// ("who …", "which …", "whose …", "where …") that stands outside the act
// o tells: after o's trigger ("protested against the raids, which the
// army denied planning"), or closed before it ("the group, which had
// rejected the talks, attacked …").
func inRelativeBeside(st *sent, cd, o *candidate) bool {
	if o.i > cd.i {
		return inRelative(st, cd.i, o.i)
	}
	for n := cd.i - 1; n > o.i && n >= cd.i-12; n-- {
		switch st.low[n] {
		case "who", "which", "whose", "where":
			return true
		case ",", ";":
			if n < cd.i-1 {
				return false
			}
		}
		if relativeThat(st, n) {
			return true
		}
	}
	return false
}

// sideInPhrase reports whether the one side cd names is a word of the
// noun phrase between g and the trigger ("the Moroccan incursion").
func sideInPhrase(cd *candidate, g int) bool {
	for _, ms := range [][]*mention{cd.src, cd.tgt} {
		for _, m := range ms {
			if m != nil && m.i > g && m.j <= cd.i {
				return true
			}
		}
	}
	return false
}
