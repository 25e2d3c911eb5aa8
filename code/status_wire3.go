package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// Third-round status constructions from blind wire copy: the verb of a
// zero relative on an apposition, and "claiming to have".

// appositiveRelative returns the status of a trigger that is the verb of a
// zero relative clause on a noun set off by a comma: "Beijing would allow
// the deliveries only if Manila notified it, a condition Manila
// rejected", "…, a charge the ministry has not denied". The apposition
// opens a clause of its own, out of reach of a condition or modal before
// it: the act is told ("reported"), or "negated" when the relative clause
// itself says "not". ok is false when the trigger is no such verb.
func appositiveRelative(st *sent, i int) (status string, ok bool) {
	if tag := st.toks[i].tag; tag != "VBD" && tag != "VBZ" && tag != "VBP" && tag != "VBN" {
		return "", false
	}
	status = truce.StatusReported
	k := i - 1
	for k > 0 && (auxWords.has(st.low[k]) || strings.HasPrefix(st.toks[k].tag, "RB")) {
		if st.low[k] == "not" || st.low[k] == "n't" || st.low[k] == "never" {
			status = truce.StatusNegated
		}
		k--
	}
	if k < 0 {
		return "", false // the trigger opens the sentence: no relative
	}
	// The relative's subject: an actor ("Manila", "the African Union")
	// or a common noun after "the" ("the bloc").
	s := -1
	if m := st.mentionAt(k); m != nil && m.j == k+1 && !m.place {
		s = m.i
	} else if strings.HasPrefix(st.toks[k].tag, "NN") {
		s = k
	}
	if s > 0 && st.low[s-1] == "the" {
		s--
	}
	if s < 0 || s == k+1 {
		return "", false
	}
	// The apposition's head: a common noun ("condition", "demand"),
	// after "a", "an" or "the" and any adjectives, right after a comma.
	// (The tagger may read the head after "an" as a verb: "an offer".)
	h := s - 1
	if h < 2 || st.mentionAt(h) != nil || st.toks[h].tag != "NN" && st.toks[h].tag != "NNS" && !appositionDets.has(st.low[h-1]) {
		return "", false
	}
	d := h - 1
	for d > 1 && strings.HasPrefix(st.toks[d].tag, "JJ") {
		d--
	}
	if !appositionDets.has(st.low[d]) || st.low[d-1] != "," {
		return "", false
	}
	return status, true
}

// auxWords stand between a subject and its verb: "has not denied", "had
// since rejected".
var auxWords = filtered(wordSet("has", "have", "had", "did", "does", "do", "not", "n't", "never"))

// appositionDets open the apposition's noun phrase.
var appositionDets = filtered(wordSet("a", "an", "the"))

// governmentVoice returns the government of a country named as a speaker
// ("Japan said on Monday it had …": JPNGOV), and of a person the text
// gives a government title ("Defence Minister X said": the title says
// the office is held now, whatever dates the dictionary knows), else m
// itself. A country speaks only through those who govern it; its
// people, forces or press are named as such.
func governmentVoice(st *sent, m *mention) *mention {
	if m == nil {
		return m
	}
	if m.kind == "country" || m.kind == "person" && officeTitled(st, m.i, m.j) {
		return stateGovernment(m)
	}
	return m
}

// officeTitles are the government titles that, right before a name, say
// the person holds the office: "Foreign Minister X", "President X".
var officeTitles = filtered(wordSet("minister", "president", "premier", "chancellor", "secretary"))

// officeTitled reports whether a government title stands right before
// the name in [i, j) or opens it, with no "former" before it.
func officeTitled(st *sent, i, j int) bool {
	t := -1
	for k := max(i-1, 0); k < j && k < len(st.low); k++ {
		if officeTitles.has(st.low[k]) {
			t = k
			break
		}
	}
	if t < 0 {
		return false
	}
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if st.low[k] == "former" || st.low[k] == "ex" || st.low[k] == "then" || st.low[k] == "late" {
			return false
		}
	}
	return true
}

// stateGovernment returns the government of the state m names by its
// country or people alone ("Rwanda", "the Rwandan contingent"), else m.
func stateGovernment(m *mention) *mention {
	if m.actor.Sector != "" || m.actor.Country == "" || m.actor.ID != m.actor.Country {
		return m
	}
	g := *m
	g.actor.Sector, g.actor.ID = "GOV", m.actor.Country+"GOV"
	return &g
}

// reportNoun reports whether the report word at k is a noun: "reports of
// spying", "the claims".
func reportNoun(st *sent, k int) bool {
	return k+1 < len(st.low) && st.low[k+1] == "of" || st.toks[k].tag == "NNS" || st.toks[k].tag == "NN"
}

// claimVerbForms say a speaker claims what follows "to have": "claiming
// to have killed dozens of militants", "claimed to have downed a jet".
var claimVerbForms = filtered(wordSet("claiming", "claimed", "claims", "claim"))

// claimedToHave reports whether the trigger at i lies in what a speaker
// claims to have done: "…, the task force said, claiming to have killed
// dozens of fighters in raids". An army's word on its own deed, told as a
// claim, is a claim, whoever makes it.
func claimedToHave(st *sent, i int) bool {
	for k := i - 1; k >= 2 && k >= i-10; k-- {
		w := st.low[k]
		if frameBreaks.has(w) || w == "," || quoteMark(w) {
			return false
		}
		if w == "have" && st.low[k-1] == "to" && claimVerbForms.has(st.low[k-2]) {
			return true
		}
	}
	return false
}

// foundAgainst reports whether the trigger at i is what a state's finding
// says another country's forces did: "Washington has determined that
// Sudan's army used chemical weapons", "Paris concluded that Russian
// hackers had attacked the grid". One state's finding on another's deed
// is an accusation, whatever tense the finding takes.
func foundAgainst(st *sent, i int) bool {
	k := governingReport(st, i)
	if k < 0 || !findingVerbs.has(st.low[k]) {
		return false
	}
	sp := reportSpeaker(st, k)
	if sp == nil || sp.actor.Country == "" || !isState(sp.actor) || st.isPassive(i) {
		return false
	}
	n := reportedClause(st, k, i)
	for n < i && (st.toks[n].tag == "DT" || strings.HasPrefix(st.toks[n].tag, "JJ")) && st.mentionAt(n) == nil {
		n++
	}
	m := st.mentionAt(n)
	// "Sudan's army": the possessor's forces.
	if m != nil && st.isPossessive(m.j) {
		if o := st.mentionAt(m.j + 1); o != nil {
			m = o
		}
	}
	return m != nil && !m.place && m.actor.Country != "" && m.actor.Country != sp.actor.Country && i-m.j <= 4
}
