package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// meetingAside returns why the meeting or gathering noun cd tells no
// event of its own, and the earlier event it belongs to if any, or "":
//   - a participle that only places the subject of the main act:
//     "Defence ministers, meeting in Maputo, pledged …", "Meeting at a
//     border post, the two chiefs agreed …";
//   - the gathering people were leaving when something was done to
//     them: "arrested seven as they left a party meeting", "shot a
//     candidate as he left a rally";
//   - the meeting an attack or arrest took place at: "a drone strike
//     killed 40 at a town hall meeting";
//   - the consultations an envoy is recalled for: "recalled its
//     ambassador, Ana Ruiz, for consultations";
//   - the gatherings a ban is on: "lifted a ban on opposition rallies",
//     "barred meetings at its offices";
//   - a host of no meeting (see hostsNoMeeting).
func meetingAside(st *sent, earlier []*candidate, cd *candidate) (*candidate, string) {
	if cd.ev.Type != truce.Consult && cd.ev.Type != truce.Protest {
		return nil, ""
	}
	main := lastStanding(earlier)
	if cd.ev.Type == truce.Consult && placingParticiple(st, cd) && (main != nil || laterVerb(st, cd.j)) {
		return nil, "a participle placing the subject of the main act (\"ministers, meeting in Maputo, pledged\")"
	}
	if hostsNoMeeting(st, cd) {
		return nil, "a host of no meeting (\"hosts more than 160,000 refugees\")"
	}
	if !strings.HasPrefix(st.toks[cd.j-1].tag, "NN") {
		return nil, ""
	}
	k := skipNounPhraseBack(st, cd.i)
	if k < 0 {
		return nil, ""
	}
	switch w := st.low[k]; {
	case bannedGathering(st, k):
		return nil, "the gatherings a ban is on (\"lifted a ban on opposition rallies\")"
	case leftGatheringWords.has(w):
		return nil, "the gathering people were leaving (\"arrested as they left a meeting\")"
	case (w == "at" || w == "during") && cd.ev.Type == truce.Consult && main != nil &&
		(main.ev.Type == truce.Assault || main.ev.Type == truce.Coerce) && st.clause[main.i] == st.clause[cd.i]:
		return main, "the meeting an act took place at (\"killed 40 at a town hall meeting\")"
	case w == "for" && cd.ev.Type == truce.Consult && st.low[cd.j-1] == "consultations" && main != nil && main.ev.Type == truce.Sanction:
		return main, "the consultations an envoy is recalled for"
	}
	return nil, ""
}

// lastStanding returns the last event of earlier not folded away, or nil.
func lastStanding(earlier []*candidate) *candidate {
	for n := len(earlier) - 1; n >= 0; n-- {
		if !earlier[n].folded {
			return earlier[n]
		}
	}
	return nil
}

// placingParticiple reports whether cd is "meeting" as a participle that
// opens the sentence or follows a comma and goes on with where or as what
// ("meeting in Cairo", "meeting as the joint commission"), not with whom.
func placingParticiple(st *sent, cd *candidate) bool {
	if st.low[cd.i] != "meeting" || cd.j != cd.i+1 || cd.j >= len(st.low) {
		return false
	}
	if cd.i > 0 && st.low[cd.i-1] != "," {
		return false
	}
	switch st.low[cd.j] {
	case "in", "at", "as", "on", "near", "outside", "inside":
		return true
	}
	return false
}

// laterVerb reports whether a finite verb follows from k: the main clause
// a placing participle leads into.
func laterVerb(st *sent, k int) bool {
	for ; k < len(st.toks); k++ {
		if t := st.toks[k].tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return true
		}
	}
	return false
}

// skipNounPhraseBack returns the word before the simple noun phrase that
// ends with the trigger starting at i ("a party meeting", "the rally"),
// or -1.
func skipNounPhraseBack(st *sent, i int) int {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch st.low[k] {
		case "a", "an", "the", "its", "their", "his", "her":
			continue
		}
		if isModifier(st.toks[k]) && !strings.HasPrefix(st.toks[k].tag, "VB") {
			continue
		}
		return k
	}
	return -1
}

// leftGatheringWords say that people were leaving a gathering.
var leftGatheringWords = filtered(wordSet("left", "leaving", "leave", "leaves"))

// bannedGathering reports whether the word at k, just before a gathering
// noun, makes it what a ban is on: "a ban on" ("lifted a ban on
// rallies", "defying the ban on demonstrations") or a verb of banning
// ("barred meetings").
func bannedGathering(st *sent, k int) bool {
	if banVerbs.has(st.low[k]) {
		return true
	}
	return (st.low[k] == "on" || st.low[k] == "of") && k > 0 && (st.low[k-1] == "ban" || st.low[k-1] == "bans")
}

// banVerbs take as object what they forbid.
var banVerbs = filtered(wordSet("banned", "banning", "barred", "barring", "prohibited", "prohibiting", "outlawed"))

// hostsNoMeeting reports whether a form of "host" at cd hosts no meeting:
// the noun ("hosts Solomon Islands celebrated") or a count of people
// given shelter ("Tanzania hosts more than 160,000 refugees").
func hostsNoMeeting(st *sent, cd *candidate) bool {
	if cd.ev.Type != truce.Consult || !strings.HasPrefix(st.low[cd.i], "host") || cd.j != cd.i+1 {
		return false
	}
	// ("Egypt's hosting of talks" hosts a meeting.)
	if st.toks[cd.i].tag == "NNS" || st.toks[cd.i].tag == "NN" && st.low[cd.i] == "host" {
		return true
	}
	if cd.j >= len(st.low) {
		return false
	}
	switch st.low[cd.j] {
	case "more", "some", "about", "nearly", "over", "around", "roughly":
		return true
	}
	return st.toks[cd.j].tag == "CD"
}
