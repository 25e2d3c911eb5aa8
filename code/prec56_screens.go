package code

// prec56: readings that name no act told as news.
//
// A ranking sentence: "It was the second direct attack on the city this
// year", "It was the first time troops had been killed there since the
// war began", "It is the first armed group to sign such an accord". The
// pronoun stands for an act told before; the sentence says where it
// ranks among others, and every act it names is the comparison's
// backdrop. Annotators of every batch leave these sentences without
// events.
//
// An act that is stopped: "Washington would stop bombing them", marchers
// chanting "stop killing our people", "the army ceased shelling the
// town". The gerund after a verb of stopping names what is no longer (or
// is asked no longer to be) done; the stopping, where the lexicon reads
// it, is the event.

// prec56RankCopulas link the subject to the ranking.
var prec56RankCopulas = filtered(wordSet("is", "was"))

// prec56RankingSentence drops a trigger of a sentence that opens by
// ranking an act told before (a subject of copulaRankSubjects, as
// rankedAgain reads a ranked noun): "It was the second …", "It was the first
// time …", "It is the deadliest …". A semicolon ends the ranking; what
// follows it may be news.
func prec56RankingSentence(st *sent, cd *candidate) bool {
	if len(st.low) < 5 || cd.i < 4 || !copulaRankSubjects.has(st.low[0]) || !prec56RankCopulas.has(st.low[1]) || st.low[2] != "the" {
		return false
	}
	ranked := false
	for k := 3; k < 6 && k < cd.i; k++ {
		if rankWords.has(st.low[k]) || spelledOrdinals.has(st.low[k]) || st.toks[k].tag == "JJS" {
			ranked = true
			break
		}
		if !isModifier(st.toks[k]) {
			break
		}
	}
	if !ranked {
		return false
	}
	for k := 3; k < cd.i; k++ {
		if st.low[k] == ";" {
			return false
		}
	}
	return true
}

// prec56StopForms are the forms of the verbs whose gerund object is an
// act no longer done: "stop bombing", "ceased shelling", "quit fighting".
var prec56StopForms = filtered(wordSet("stop", "stops", "stopped", "stopping", "halt", "halts", "halted", "halting",
	"cease", "ceases", "ceased", "ceasing", "quit", "quits", "quitting"))

// prec56RefrainForms take "from" before the gerund they hold back:
// "refrained from attacking", "desist from shelling".
var prec56RefrainForms = filtered(wordSet("refrain", "refrains", "refrained", "refraining", "desist", "desists",
	"desisted", "desisting", "abstain", "abstains", "abstained", "abstaining"))

// prec56StoppedGerund drops a one-word trigger that is the gerund a verb
// of stopping takes: "would stop bombing them", "chanting \"stop killing
// Hazaras\"", "refrained from shelling the town".
func prec56StoppedGerund(st *sent, cd *candidate) bool {
	i := cd.i
	if cd.j != i+1 || i < 1 || len(st.low[i]) < 5 || st.low[i][len(st.low[i])-3:] != "ing" {
		return false
	}
	if prec56StopForms.has(st.low[i-1]) {
		return true
	}
	return i >= 2 && st.low[i-1] == "from" && prec56RefrainForms.has(st.low[i-2])
}

// prec56ProcedureHeads are the nouns of rules and procedures that an act
// noun before them only qualifies: "the bloc's asylum rules", "new asylum
// applications", "a decommissioning process", "abduction cases".
// A law or policy is left out: one enforced is the act itself ("began
// enforcing a dormant conscription law").
var prec56ProcedureHeads = filtered(wordSet("rule", "rules", "system", "systems", "process", "processes", "procedure",
	"procedures", "application", "applications", "claim", "claims", "seeker", "seekers", "case", "cases"))

// prec56ProcedureModifier drops a one-word trigger read as a noun that
// qualifies a noun of rules or procedure: "is not bound by the bloc's
// asylum rules" tells no asylum granted, "the first batch of a
// decommissioning process" no second handover.
func prec56ProcedureModifier(st *sent, cd *candidate) bool {
	i := cd.i
	if cd.j != i+1 || i+1 >= len(st.low) || !nounTagged(st, i) && st.toks[i].tag != "VBG" {
		return false
	}
	return prec56ProcedureHeads.has(st.low[i+1]) && nounTagged(st, i+1) && st.mentionAt(i+1) == nil
}
