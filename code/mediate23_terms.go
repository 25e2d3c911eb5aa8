package code

// termsNouns name the text whose terms a sentence opening "Under the
// deal," goes on to tell.
var termsNouns = filtered(wordSet("deal", "agreement", "accord", "truce", "ceasefire", "cease-fire", "pact", "terms", "plan", "arrangement"))

// laterTerms reads the terms of a truce a later sentence tells by
// pointing back at it: "Under the deal, all foreign troops must leave
// within 90 days" gives the clause after the comma; "It commits the army
// to pull back from the border" or "The truce requires both forces to
// withdraw" gives what the text commits its parties to.
func laterTerms(st *sent) []string {
	low := st.low
	if len(low) < 5 {
		return nil
	}
	if low[0] == "under" && (low[1] == "the" || low[1] == "its" || low[1] == "this" || low[1] == "that") {
		k := 2
		for k < len(low) && k < 5 && !termsNouns.has(low[k]) {
			k++
		}
		if k >= len(low) || !termsNouns.has(low[k]) || k+1 >= len(low) || low[k+1] != "," {
			return nil
		}
		start := k + 2
		// "Under the agreement, negotiated in Cairo with help from Qatar,
		// Hamas is to free …": the terms follow the aside.
		if start < len(low) && (st.toks[start].tag == "VBN" || st.toks[start].tag == "VBG" || low[start] == "which") {
			start = afterAside(st, start)
			if start < 0 {
				return nil
			}
		}
		var words []string
		for n := start; n < len(low) && len(words) < 22; n++ {
			if w := low[n]; w == ";" || w == "." || w == ":" || w == "," && len(words) > 3 {
				break
			}
			words = append(words, normQuote(st.toks[n].text))
		}
		if len(words) < 3 {
			return nil
		}
		return []string{joinWords(words)}
	}
	// "It commits …", "The truce requires …": the subject points back.
	k := 0
	if low[0] == "the" && termsNouns.has(low[1]) {
		k = 2
	} else if low[0] == "it" {
		k = 1
	} else {
		return nil
	}
	if !termStarts.has(low[k]) {
		return nil
	}
	return terms(st)
}

// afterAside returns where the clause after an aside opening at i starts:
// past the last comma before the clause's first finite verb, or -1.
func afterAside(st *sent, i int) int {
	last := -1
	for n := i; n < len(st.low); n++ {
		switch t := st.toks[n].tag; {
		case st.low[n] == ",":
			last = n
		case last >= 0 && (t == "MD" || t == "VBZ" || t == "VBP"):
			return last + 1
		case st.low[n] == "." || st.low[n] == ";":
			return -1
		}
	}
	return -1
}
