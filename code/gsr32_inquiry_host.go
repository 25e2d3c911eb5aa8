package code

// People sent to look into something in another state open an inquiry
// into that state: "the IAEA dispatched inspectors to a plant in central
// Iran", "the UN sent investigators to a camp in eastern Chad", "the
// bloc sent investigators to Bangui". The lexicon's form ends on the
// people sent; the place follows as "to" and a state or capital, or as
// "to" a site and "in" or "near" a state, past an article, a name (with
// its short form in brackets) or a direction. A town is no state, and the sender's own country is passed
// by.

// gsr32InquiryHost returns the state an inquiry's people are sent into,
// when the inquiry names no target: nil otherwise.
func (st *sent) gsr32InquiryHost(cd *candidate, earlier []*candidate) []*mention {
	if h := st.gsr32InquiryPurpose(cd, earlier); h != nil {
		return h
	}
	k := cd.j
	if cd.e.mode != "investigate" || cd.tgt != nil || len(cd.src) == 0 || k+1 >= len(st.low) || st.low[k] != "to" {
		return nil
	}
	in := false
	for n := k + 1; n < len(st.low) && n < k+14; n++ {
		if m := st.mentionAt(n); m != nil && m.i == n {
			if m.kind != "country" && m.kind != "capital" || !m.place || m.j < len(st.low) && st.isPossessive(m.j) || sameCountry(m, cd.src) {
				if m.place && m.kind != "country" && m.kind != "capital" || st.low[n-1] == "(" {
					n = m.j - 1 // "to a camp near Goz Beida in Chad": past a town or a short form
					continue
				}
				return nil
			}
			if n > k+1 && !in {
				return nil // "to a plant Iran runs": no place phrase
			}
			v := *m
			v.place = false
			return []*mention{&v}
		}
		w, t := st.low[n], st.toks[n].tag
		switch {
		case w == "in" || w == "near" || w == "outside" || w == "inside":
			in = true
		case t == "DT" || t == "JJ" || t == "CD" || t == "NNP" || t == "NNPS" || t == "NN" || t == "NNS" || w == "-" || w == "(" || w == ")":
		default:
			return nil
		}
	}
	return nil
}

// gsr32InquiryPurpose returns the state of the inquiry just told, for
// the purpose that follows it: "sent investigators to a camp in eastern
// Chad to look into the killings" looks into Chad, one inquiry told
// twice.
func (st *sent) gsr32InquiryPurpose(cd *candidate, earlier []*candidate) []*mention {
	if cd.e.mode != "investigate" || cd.tgt != nil || len(cd.src) == 0 || cd.i < 1 || st.low[cd.i-1] != "to" || len(earlier) == 0 {
		return nil
	}
	p := earlier[len(earlier)-1]
	if p.st != st || p.e.mode != "investigate" || len(p.tgt) == 0 || !sharesMention(p.src, cd.src) {
		return nil
	}
	for k := p.j; k < cd.i; k++ {
		if st.low[k] == "," || clauseBreaks.has(st.low[k]) {
			return nil
		}
	}
	return p.tgt
}
