package code

// Readiness to use force (issue 3, type readings): "said it was ready to
// resume strikes", "stands ready to launch attacks on the camps", "was
// prepared to resume shelling". A "ready to" form is an offer (CAMEO 030)
// when what is offered is help or talks; readiness to strike is a warning
// of force (CAMEO 138), as the lexicon's "ready to fight" is, and the
// strike it names is not told as done. Troops offered are a threat only
// when the readiness hangs on a condition ("stands ready to send troops
// if diplomacy fails"): sent to an ally, they are help.

import "strings"

// prec52ResumeVerbs start, take up again or carry out the act named after
// them: "ready to resume strikes", "to launch an offensive".
var prec52ResumeVerbs = filtered(wordSet("resume", "renew", "restart", "launch", "mount", "stage", "conduct",
	"carry", "step", "continue", "intensify", "escalate", "expand", "begin", "start"))

// prec52ReadyForce reports whether cd is an act of force that the
// readiness frame, a "ready to" form, names as what it stands ready to
// do: the act right after "to", or after a verb that starts or resumes it
// ("ready to resume its raids"), in the same clause.
func prec52ReadyForce(st *sent, frame, cd *candidate) bool {
	if frame.e.cameo != "030" || frame.e.pos != 'V' || frame.j < 2 || frame.j >= len(st.low) || st.low[frame.j-1] != "to" ||
		cd.i < frame.j || st.clause[cd.i] != st.clause[frame.i] || !prec52Readiness(st, frame) {
		return false
	}
	if cd.i != frame.j {
		if !prec52ResumeVerbs.has(st.low[frame.j]) {
			return false
		}
		n := frame.j + 1
		if n < cd.i && (st.low[n] == "out" || st.low[n] == "up") {
			n++
		}
		for n < cd.i && (st.toks[n].tag == "DT" || st.toks[n].tag == "PRP$" || strings.HasPrefix(st.toks[n].tag, "JJ")) {
			n++
		}
		if n != cd.i {
			return false
		}
	}
	c := cd.e.cameo
	if cd.e.has(flagViolent) || strings.HasPrefix(c, "18") || strings.HasPrefix(c, "19") || strings.HasPrefix(c, "20") {
		return true
	}
	return strings.HasPrefix(c, "15") && prec52ConditionAfter(st, cd.j)
}

// prec52Readiness reports whether the frame's words tell readiness
// ("ready", "prepared", "willing", "readiness"), not an offer or a pledge.
func prec52Readiness(st *sent, frame *candidate) bool {
	for k := frame.i; k < frame.j; k++ {
		switch st.low[k] {
		case "ready", "prepared", "willing", "readiness":
			return true
		}
	}
	return false
}

// prec52ConditionAfter reports whether a condition ("if", "unless",
// "should") opens in the clause after token j: "send troops to reinstate
// the president if diplomacy fails".
func prec52ConditionAfter(st *sent, j int) bool {
	for k := j; k < len(st.low) && k < j+12; k++ {
		switch st.low[k] {
		case "if", "unless", "should":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// prec52SwapPart reports whether cd, a release told as a participle in a
// "with" clause after an exchange the sentence codes ("exchanged
// prisoners, with Kabul freeing 40 soldiers and the rebels releasing
// 12", "agreed to swap detainees, with …"), is one side's part of that
// exchange: one record tells the swap. kept holds the candidates kept
// before cd.
func prec52SwapPart(st *sent, cd *candidate, kept []*candidate) bool {
	if cd.e.mode != "release" || st.toks[cd.i].tag != "VBG" {
		return false
	}
	with := -1
	for k := cd.i - 1; k > 0 && k >= cd.i-16; k-- {
		if w := st.low[k]; w == "." || w == ";" {
			return false
		}
		if st.low[k] == "with" && st.low[k-1] == "," {
			with = k - 1
			break
		}
	}
	if with < 0 {
		return false
	}
	for _, p := range kept {
		if p.j > with || p.e.mode != "release" && p.e.plover != "" && !strings.HasPrefix(p.e.cameo, "08") {
			continue
		}
		// An exchange foretold ("said they would exchange prisoners, with
		// Baku freeing 32") leaves the releases told as its content.
		for k := p.i; k < p.j; k++ {
			if w := st.low[k]; (strings.HasPrefix(w, "exchang") || strings.HasPrefix(w, "swap")) && (k == 0 || !futureModals.has(st.low[k-1])) {
				return true
			}
		}
	}
	return false
}
