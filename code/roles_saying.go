package code

// Commas that do not end a phrase: the one closing a report set between
// two, whose speaker is the subject of what follows, and those parting a
// list of modifiers.

import "strings"

// framedSpeaker returns the speaker of a report set between two commas,
// when the comma at k closes it and a participle opens the phrase after:
// in "Sudan's army used chemical weapons, the State Department said on
// Thursday, announcing sanctions on Khartoum" the department announces,
// not the army. The report is "SPEAKER said [adjuncts]" or "said
// SPEAKER"; a report whose verb takes a clause of its own is no frame.
func (st *sent) framedSpeaker(k int) *mention {
	if k+1 >= len(st.toks) || st.toks[k+1].tag != "VBG" {
		return nil
	}
	p := k - 1
	for p >= 0 && st.low[p] != "," {
		p--
	}
	if p < 1 || k-p > 14 {
		return nil
	}
	for v := p + 1; v < k; v++ {
		w := st.low[v]
		if !reportVerbs.has(w) || v+1 < k && (st.low[v+1] == "that" || verbAt(st, v+1)) {
			continue
		}
		m := reportSpeaker(st, v)
		if m == nil || m.i <= p || m.j > k || m.place {
			return nil
		}
		return m
	}
	return nil
}

// listComma reports whether the comma at k only parts the modifiers of one
// noun, "A, B and C N": in "closed its land, sea and air borders with
// Haiti" the object goes on past it.
func (st *sent) listComma(k int) bool {
	plain := func(n int) bool {
		t := st.toks[n]
		return (t.tag == "NN" || t.tag == "JJ") && t.low == t.text && st.mentionAt(n) == nil
	}
	if k < 1 || !plain(k-1) {
		return false
	}
	n := k + 1
	for n < len(st.low) && n < k+6 && (plain(n) || st.low[n] == ",") {
		n++
	}
	if n == k+1 || n+2 >= len(st.low) || st.low[n] != "and" && st.low[n] != "or" || !plain(n+1) {
		return false
	}
	return strings.HasPrefix(st.toks[n+2].tag, "NN")
}
