package code

import "strings"

// gsr28: an obligation told to its hearers. "Qatar told Israel it would
// stop" speaks of the teller, but in "Washington told Kabul that it must
// free the aid workers", "the envoy reminded the rebels that they should
// disarm" the one who must act is the hearer: a modal of obligation
// after a verb of telling lays the act on the one told, and the teller's
// words are a demand (reportedDemands), not the act itself.

// gsr28ObligedHearers returns the hearers of the verb of telling at v
// that the subject pronoun at k stands for when the pronoun's verb is a
// modal of obligation ("it must", "they should", "it has to"), or nil.
// The pronoun must fit the hearers' number: "it" one actor named in the
// singular, "they" several or a plural noun.
func (st *sent) gsr28ObligedHearers(k, v int) []mention {
	if !tellVerbs.has(st.low[v]) || !gsr28ObligationAfter(st, k+1) {
		return nil
	}
	n := v + 1
	if n < k && st.low[n] == "the" {
		n++
	}
	m := st.mentionAt(n)
	if m == nil || m.i != n || m.j > k || m.place || m.kind == "description" {
		return nil
	}
	g := st.coordinated(m)
	t := st.toks[g[len(g)-1].j-1].tag
	plural := len(g) > 1 || t == "NNS" || t == "NNPS"
	switch st.low[k] {
	case "it":
		if plural {
			return nil
		}
	case "they":
		if !plural {
			return nil
		}
	default:
		return nil
	}
	out := make([]mention, len(g))
	for x, q := range g {
		out[x] = *q
	}
	return out
}

// gsr28ObligationAfter reports whether a modal of obligation opens the
// verb group at n, past an adverb: "must", "should", "has to", "have
// to", "needs to", "need to", "ought to".
func gsr28ObligationAfter(st *sent, n int) bool {
	if n < len(st.low) && st.toks[n].tag == "RB" {
		n++
	}
	if n >= len(st.low) {
		return false
	}
	if obligationWords.has(st.low[n]) {
		return true
	}
	switch st.low[n] {
	case "has", "have", "needs", "need", "ought":
		return n+1 < len(st.low) && st.low[n+1] == "to"
	}
	return false
}

// gsr28NoticeNouns name words sent to another party: "issued a stern
// reminder to Iraq that it must", "sent a message to Kampala that it
// should".
var gsr28NoticeNouns = filtered(wordSet("reminder", "reminders", "message", "messages", "note",
	"notes", "letter", "letters", "ultimatum", "notice", "instruction", "instructions", "word"))

// gsr28NoticeHearers returns the hearers of a notice ("a reminder to
// Iraq that it must …") that the subject pronoun at k stands for when its
// verb is a modal of obligation, with the index of the notice noun, or
// nil and -1.
func (st *sent) gsr28NoticeHearers(k int) ([]mention, int) {
	if !gsr28ObligationAfter(st, k+1) {
		return nil, -1
	}
	p := k - 1
	if p > 0 && st.low[p] == "that" {
		p--
	}
	// "a note to Mogadishu on Monday that it should": a date may follow.
	if p > 1 && (weekdayOrMonth(st.low[p]) || st.low[p] == "today" || st.low[p] == "yesterday") {
		p--
		if st.low[p] == "on" {
			p--
		}
	}
	// "to Iraq" reads as a place; after a notice it names the hearer.
	m := st.mentionAt(p)
	if m == nil || m.j != p+1 || m.place && m.kind != "country" && m.kind != "capital" || m.kind == "description" {
		return nil, -1
	}
	g := st.coordinated(m)
	t := g[0].i - 1
	if t > 0 && st.low[t] == "the" {
		t--
	}
	if t < 2 || st.low[t] != "to" {
		return nil, -1
	}
	nn := t - 1
	// "a stern reminder Saturday to Iraq": a date may stand between.
	if nn > 0 && (weekdayOrMonth(st.low[nn]) || st.low[nn] == "today" || st.low[nn] == "yesterday") {
		nn--
	}
	if !gsr28NoticeNouns.has(st.low[nn]) {
		return nil, -1
	}
	pl := st.toks[g[len(g)-1].j-1].tag
	plural := len(g) > 1 || pl == "NNS" || pl == "NNPS"
	if st.low[k] == "it" && plural || st.low[k] == "they" && !plural || st.low[k] != "it" && st.low[k] != "they" {
		return nil, -1
	}
	out := make([]mention, len(g))
	for x, q := range g {
		out[x] = *q
		out[x].place = false
	}
	return out, nn
}

// gsr28NoticeSpeaker returns who sent the notice whose hearers the
// obligation's subject starting at s stands for: the subject of the verb
// that takes the notice ("Chirac issued a reminder to Iraq that it
// must"), or nil.
func (st *sent) gsr28NoticeSpeaker(s int) []*mention {
	if s >= len(st.low) {
		return nil
	}
	_, nn := st.gsr28NoticeHearers(s)
	if nn < 0 {
		return nil
	}
	for v := nn - 1; v >= 0 && v >= nn-5; v-- {
		if strings.HasPrefix(st.toks[v].tag, "VB") {
			return st.subject(v)
		}
	}
	return nil
}
