package code

// sameSentenceAccuser returns the maker of a charge told earlier in a
// rejection's own sentence, or nil: in "Pakistan's prime minister blamed
// the bombing on India, and India's foreign ministry rejected the
// allegation" the rejection answers the prime minister, not whoever did
// the bombing. The maker is the subject of the charge verb: the last actor
// before it in its clause that no preposition governs.
func sameSentenceAccuser(st *sent, cd *candidate) *mention {
	for k := cd.i - 1; k > 0; k-- {
		if !claimBlameVerbs.has(st.low[k]) {
			continue
		}
		subj := lastSubjectBefore(st, k)
		if subj == nil || subj.actor.ID == "" || answerer(cd, subj.actor) {
			return nil
		}
		return subj
	}
	return nil
}
