package code

// A named site that is the object of the act in a sentence that names no
// other place: "rebels captured the Zenda air base".

// siteObject returns the name of a site the gazetteer lacks that the act
// takes as its object right after the trigger ending before token k,
// with "the", the name and a site noun ("stormed the al-Zenda
// barracks", "shelled the Hentz army camp"), and the token the name
// starts at; else "" and -1. Unlike objectSite it needs no place named
// elsewhere in the sentence: the event's country comes from its actors.
func (st *sent) siteObject(k int) (string, int) {
	if k >= len(st.low) || st.low[k] != "the" {
		return "", -1
	}
	i := k + 1
	n := i
	for n < len(st.toks) && n < i+4 && (capitalised(st.toks[n].text) || articled(st.toks[n].text)) && st.mentionAt(n) == nil && !st.isPlace(n) && !weekdayOrMonth(st.low[n]) {
		n++
	}
	if n == i {
		return "", -1
	}
	end := n
	// One plain noun may stand between the name and the site noun.
	if n+1 < len(st.low) && !siteHeads.has(st.low[n]) {
		n++
	}
	if n >= len(st.low) || !siteHeads.has(st.low[n]) {
		return "", -1
	}
	return st.textOf(i, end), i
}
