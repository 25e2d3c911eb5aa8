package code

// Words whose speaker is told only as a description or a pronoun that
// stands for the one the sentence before quoted: "…, a party spokesman
// said. The party accused the governor of …", "…, the security service
// said. The agency accused them of …", "…, its spokesman said on state
// television. He accused the delegation of …".

import (
	"strings"

	"github.com/truce-project/truce"
)

// quotedSpeaker gives words of blame, refusal or threat with no speaker
// of their own, whose sentence opens with a description or a pronoun as
// their subject, the one the sentence just before was attributed to,
// when the description fits it.
func (b *building) quotedSpeaker() {
	c, d, cd, st, e := b.c, b.d, b.cd, b.st, b.e
	if len(b.src) > 0 || !speakerTypes.has(c.lex.cameo[e.cameo].plover) || e.pos != 'V' {
		return
	}
	noun, ok := openingSpeaker(st, cd.i)
	if !ok {
		return
	}
	a, ok := d.reporterJustBefore(st.s.Index)
	if !ok || hasSame(b.tgt, a) || !speakerFits(noun, a) {
		return
	}
	a.Text = ""
	b.src = []truce.Actor{a}
}

// openingSpeaker returns the noun or pronoun that opens st as the subject
// of the verb at i, with nothing but adverbs and "has" between: "The
// party accused", "The ministry has rejected", "He also accused". A word
// that is an actor already is no description left to resolve.
func openingSpeaker(st *sent, i int) (string, bool) {
	k := 0
	if k < i && (st.low[k] == "the" || st.low[k] == "its" || st.low[k] == "their") {
		k++
	}
	if k >= i || st.mentionAt(k) != nil {
		return "", false
	}
	w := st.low[k]
	if k == 0 && !speakerPronouns.has(w) || k == 1 && describedSpeakers[w] == nil {
		return "", false
	}
	k++
	for k < i && (st.toks[k].tag == "RB" || haveWords.has(st.low[k])) {
		k++
	}
	return w, k == i
}

// speakerPronouns are the pronouns that open a sentence for the person
// quoted before: "He accused …".
var speakerPronouns = filtered(wordSet("he", "she"))

// describedSpeakers are descriptions of a speaker, each with the sectors of
// the actors it can stand for; an empty list fits any.
var describedSpeakers = map[string][]string{
	"party":        {"OPP", "GOV", "PTY", "LEG"},
	"agency":       {"SPY", "COP", "GOV", ""},
	"service":      {"SPY", "COP"},
	"committee":    {"SPY", "GOV", "LEG", "OPP", ""},
	"ministry":     {"GOV"},
	"movement":     {"OPP", "REB", "PRO", ""},
	"spokesman":    {},
	"spokeswoman":  {},
	"spokesperson": {},
}

// speakerFits reports whether the description w can stand for a: a
// pronoun for a person the report names by office or name, a noun for
// an actor of its kind.
func speakerFits(w string, a truce.Actor) bool {
	if speakerPronouns.has(w) {
		return personText(a.Text)
	}
	sectors := describedSpeakers[w]
	if len(sectors) == 0 {
		return true
	}
	for _, s := range sectors {
		if a.Sector == s {
			return true
		}
	}
	return false
}

// personText reports whether a reporter's words name a person: an office
// that speaks ("its spokesman, Colonel Ali Sanou", "the interior
// minister").
func personText(text string) bool {
	for _, f := range strings.Fields(strings.ToLower(text)) {
		if speakingOffices.has(strings.Trim(f, ",.")) {
			return true
		}
	}
	return false
}

// speakingOffices are the offices a quoted person is named by.
var speakingOffices = filtered(wordSet("spokesman", "spokeswoman", "spokesperson", "minister", "president", "leader",
	"chief", "commander", "governor", "secretary", "official", "envoy", "ambassador"))

// reporterJustBefore returns whom the sentence before sentence n was
// attributed to, if any.
func (d *doc) reporterJustBefore(n int) (truce.Actor, bool) {
	for _, prev := range d.cands {
		if prev.st.s.Index == n-1 && !prev.folded && prev.ev.ReportedBy != nil {
			return *prev.ev.ReportedBy, true
		}
	}
	return truce.Actor{}, false
}
