package code

// Quoted speakers: "state media quoted the minister as saying …".

// quoteVerbs put words in another's mouth: "state media quoted the
// minister as saying …".
var quoteVerbs = filtered(map[string]bool{"quoted": true, "quoting": true, "quotes": true, "quote": true})

// quotedSpeaker returns who speaks when the report verb at k is the
// "saying" of "quoted X as saying": X, else the body that quoted them
// ("the agency quoted an unnamed source as saying" is the agency's
// report). ok is false when k is no such "saying".
func quotedSpeaker(st *sent, k int) (*mention, bool) {
	if st.low[k] != "saying" || k < 3 || st.low[k-1] != "as" {
		return nil, false
	}
	for q := k - 2; q >= 0 && q >= k-12; q-- {
		if st.low[q] == "," || st.low[q] == ";" {
			break
		}
		if !quoteVerbs.has(st.low[q]) {
			continue
		}
		if m := speakerIn(st, q+1, k-1); m != nil {
			return m, true
		}
		if m := describedOrg(st, q+1, k-1); m != nil {
			return m, true
		}
		return speakerIn(st, phraseStart(st, q), q), true
	}
	return nil, false
}

// trailingQuote returns the speaker of a "quoted X as saying" clause that
// opens at the comma c and closes the sentence, or nil.
func trailingQuote(st *sent, c int) *mention {
	for k := c + 2; k < len(st.low) && k <= c+14; k++ {
		if st.low[k] == "," {
			return nil
		}
		if st.low[k] == "saying" {
			if m, ok := quotedSpeaker(st, k); ok {
				return m
			}
			return nil
		}
	}
	return nil
}
