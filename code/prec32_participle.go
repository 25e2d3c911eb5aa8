package code

import "time"

// A participle clause after a background act: "Mogadishu recalled its
// envoy in January, calling the memorandum an act of aggression",
// "separatists have waged an insurgency for decades, accusing Islamabad
// of plundering the province". What the participle tells goes with the
// act it hangs on: recalled with it, not news.

// participleOfBackgroundPrec32 reports whether the verb trigger cd is a
// participle in -ing set off by a comma after the first clause of its
// sentence, and that clause is background: a past act dated to a month or
// year before the news with no day of the last days ("shut the embassy
// last August, accusing …"; a simple past only after the lead sentence,
// as pastDatedRecall reads it), or a perfect lasting months or years ("have
// waged an insurgency for decades, accusing …"). A speaker's finding is
// left to findingFrame.
func participleOfBackgroundPrec32(st *sent, cd *candidate, published time.Time) bool {
	if cd.e.pos != 'V' || st.toks[cd.i].tag != "VBG" || cd.i < 3 || st.low[cd.i-1] != "," || published.IsZero() {
		return false
	}
	end := cd.i - 1
	verb, aux := -1, -1
	for k := 0; k < end; k++ {
		w := st.low[k]
		if w == ";" || w == "but" || w == "while" || w == "," && k+1 < end && st.low[k+1] == "and" {
			return false
		}
		t := st.toks[k].tag
		if reportVerbs.has(w) && finiteVerb(t) {
			return false
		}
		if verb < 0 && (t == "VBD" || w == "has" || w == "have" || w == "had") {
			verb = k
			if w == "has" || w == "have" || w == "had" {
				aux = k
			}
		}
	}
	if verb < 0 || findingFrame(st, cd.i) || recentDateInPrec32(st, 0, end, published) {
		return false
	}
	if aux >= 0 && longSpanNear(st, aux, aux+2) {
		return true
	}
	// A simple past so dated is background only after the lead, as
	// pastDatedRecall reads it; a past perfect so dated anywhere.
	past := aux < 0 && st.s.Index > 0 || aux >= 0 && st.low[aux] == "had"
	return past && earlierDateIn(st, verb, end, published, false)
}
