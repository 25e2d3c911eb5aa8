package code

// prec53: two readings that name no event between parties.
//
// Help sought for a body's care: "29 people had sought medical help",
// "villagers sought hospital assistance". The lexicon's "seek~ * help"
// is a plea for aid (CAMEO 103) when a party asks another for help; help
// sought from doctors is treatment, asked of no party.
//
// Violence a side tries to stop, named as a class: "the junta has
// struggled to contain jihadist attacks", "peacekeepers were unable to
// curb militia raids". A bare plural after an infinitive of stopping
// names the kind of act the effort is against, not an act told as done;
// "moved in to halt the assault on the town", with its determiner, still
// names one.

import "strings"

// prec53SeekForms are the forms of "seek", the verb a patient asks help
// with.
var prec53SeekForms = filtered(wordSet("seek", "seeks", "sought", "seeking"))

// prec53CareWords make the help sought care for a body or mind: "medical
// help", "psychological assistance", "hospital help".
var prec53CareWords = filtered(wordSet("medical", "hospital", "psychological", "psychiatric", "mental", "dental",
	"clinical", "health"))

// prec53MedicalHelp drops a plea for aid (CAMEO 10x) told with "seek"
// whose help is medical: "had sought medical help".
func prec53MedicalHelp(st *sent, cd *candidate) bool {
	if !strings.HasPrefix(cd.e.cameo, "10") || !prec53SeekForms.has(st.low[cd.i]) {
		return false
	}
	for k := cd.i + 1; k < cd.j; k++ {
		if prec53CareWords.has(st.low[k]) {
			return true
		}
	}
	return false
}

// prec53StopVerbs are the infinitives of stopping or holding back an
// act: "to contain attacks", "to stem raids", "to rein in killings".
var prec53StopVerbs = filtered(wordSet("contain", "stem", "curb", "halt", "stop", "quell", "suppress", "check",
	"counter", "combat", "tackle", "prevent", "deter", "thwart", "rein", "end", "reduce", "limit", "fight"))

// prec53StoppedClass drops a violent noun that is the bare plural object
// of an infinitive of stopping: "has struggled to contain jihadist
// attacks". Only adjectives and nouns may stand between the verb (and
// "in" after "rein") and the noun; a determiner, a number or a possessive
// makes it one act ("to halt the assault").
func prec53StoppedClass(st *sent, cd *candidate) bool {
	if cd.e.pos != 'N' || cd.i < 2 || st.toks[cd.i].tag != "NNS" {
		return false
	}
	c := cd.e.cameo
	if !cd.e.has(flagViolent) && !strings.HasPrefix(c, "18") && !strings.HasPrefix(c, "19") && !strings.HasPrefix(c, "20") {
		return false
	}
	k := cd.i - 1
	for k > 0 && cd.i-k <= 3 && (strings.HasPrefix(st.toks[k].tag, "JJ") || strings.HasPrefix(st.toks[k].tag, "NN")) &&
		!prec53StopVerbs.has(st.low[k]) {
		k--
	}
	if k > 1 && st.low[k] == "in" && st.low[k-1] == "rein" {
		k--
	}
	return k > 0 && prec53StopVerbs.has(st.low[k]) && st.low[k-1] == "to"
}
