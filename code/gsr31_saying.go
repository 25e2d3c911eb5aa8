package code

// gsr31GerundSpeaker returns who voices what follows the word at v when
// it is a participle of saying set off by a comma, or nil: "marched in
// the capital, saying the minister must resign", "staged a sit-in,
// insisting the mayor should go". The participle's speaker is the subject
// of the clause it hangs on, and an obligation it voices is a demand
// (reportedDemands) like one after "said".
func (st *sent) gsr31GerundSpeaker(v int) []*mention {
	if v < 1 || st.low[v-1] != "," || !gsr31SpeechGerunds.has(st.low[v]) {
		return nil
	}
	if src := st.subject(v); len(src) > 0 {
		return src
	}
	return nil
}

// gsr31SpeechGerunds are the participles of speechVerbs. Those of verbs
// that code events of their own (warning, demanding, urging) are left to
// the lexicon, as their finite forms are.
var gsr31SpeechGerunds = filtered(wordSet("saying", "insisting", "reiterating", "stressing", "concluding",
	"announcing", "arguing", "telling", "adding", "maintaining", "stating", "repeating", "writing",
	"reminding", "declaring"))

// gsr31ModalOwed reports whether the verb at i is what "must", "should"
// or "ought to" lays on its subject (with "be" for a passive, and an
// adverb between): "saying he must resign", "the troops should withdraw",
// "the deal ought to be signed". Like a step that "has to" be taken
// (owedAt), an obligation tells no act, whoever voices it; a demand a
// named speaker makes is coded on the modal (reportedDemands). "Must
// have fired" infers a past act and is not read here.
func gsr31ModalOwed(st *sent, i int) bool {
	k := i - 1
	if k >= 0 && st.low[k] == "be" {
		k--
	}
	if k >= 0 && st.toks[k].tag == "RB" && st.low[k] != "not" && st.low[k] != "n't" {
		k--
	}
	if k < 0 {
		return false
	}
	if st.low[k] == "to" {
		return k >= 1 && st.low[k-1] == "ought"
	}
	return st.toks[k].tag == "MD" && obligationWords.has(st.low[k])
}

// gsr31TrailingDemand are verbs of demanding that, told after the
// obligation they voice ("Kenya must withdraw its troops, the bloc
// demanded"), name its speaker as "said" does there.
var gsr31TrailingDemand = filtered(wordSet("demanded", "demands", "demanding", "urged", "urges"))
