package code

// A promise whose content is harm is a threat, found recurring in blind
// wire copy: "the interior minister promised to arrest the gang's
// leaders", "the governor vowed to 'crush' the bandits", "the president
// promised that those behind the massacre would be punished". Coded as a
// promise (CAMEO 030) it is an AGREE no reader would see; PLOVER codes a
// pledge of force or repression as THREATEN (CAMEO 137, 138).

import "strings"

// promiseVerbs are the promise triggers that may carry harm as content.
var promiseVerbs = filtered(wordSet("promised", "promises", "promise", "pledged", "pledges", "vowed", "vows", "vow",
	"promising", "pledging", "vowing"))

// punishWords tell harm promised to someone where the lexicon has no act
// of its own: "vowed that the killers would be punished", "promised
// stern action against the rioters".
var punishWords = filtered(wordSet("punish", "punished", "punishing", "punishment", "crush", "crushed", "avenge", "avenged"))

// harmPromise reports whether cd is a promise verb (CAMEO 030).
func harmPromise(st *sent, cd *candidate) bool {
	return cd.e.pos == 'V' && cd.e.cameo == "030" && cd.e.plover == "" && promiseVerbs.has(st.low[cd.i])
}

// harmContent reports whether the act cd is the harm the promise p
// promises, its first word after "to": an attack (CAMEO 18–20) or a
// coercive act (CAMEO 17), "promised to arrest", "vowed to destroy". Harm
// further on is a condition or a reason ("pledged to help Tuvalu if it is
// hit"), not what is promised.
func harmContent(p, cd *candidate) bool {
	c := cd.e.cameo
	return harmPromise(p.st, p) && cd.i == promisedVerbAt(p.st, p.j) &&
		(strings.HasPrefix(c, "17") || strings.HasPrefix(c, "18") || strings.HasPrefix(c, "19") || strings.HasPrefix(c, "20"))
}

// promisedVerbAt returns the token of the verb a promise ending before k
// opens with "to", past quotation marks and adverbs ("vowed to 'crush'",
// "pledged to swiftly punish"), or -1.
func promisedVerbAt(st *sent, k int) int {
	if k >= len(st.low) || st.low[k] != "to" {
		return -1
	}
	k++
	for k < len(st.low) && (quoteMarks.has(st.low[k]) || st.toks[k].tag == "RB") {
		k++
	}
	return k
}

// quoteMarks are the tokens a quotation opens or closes with.
var quoteMarks = filtered(wordSet(`"`, "'", "``", "''", "“", "”", "‘", "’"))

// punishPromised reports whether the promise cd names punishment as what
// it promises: "vowed to 'crush' the group", "promised that those
// responsible would be punished".
func punishPromised(st *sent, cd *candidate) bool {
	if !harmPromise(st, cd) {
		return false
	}
	if k := promisedVerbAt(st, cd.j); k >= 0 {
		return k < len(st.low) && punishWords.has(st.low[k])
	}
	if cd.j >= len(st.low) || st.low[cd.j] != "that" {
		return false
	}
	for k := cd.j + 1; k+1 < len(st.low) && k < cd.j+8; k++ {
		switch st.low[k] {
		case ",", ";", "if", "unless", "when":
			return false
		case "be":
			return punishWords.has(st.low[k+1])
		}
	}
	return false
}

// asThreat recodes the promise cd as a threat: of force when what it
// promises is violent (CAMEO 138), of repression otherwise (137).
func asThreat(cd *candidate, violent bool) {
	e := *cd.e
	e.cameo, e.mode, e.plover = "137", "-", ""
	if violent {
		e.cameo = "138"
	}
	cd.e = &e
}
