package code

// Acts whose object is "no" thing: "offered no comment", "reached no
// agreement", "fired no shots" tell that nothing was done.

// zeroObject returns why the verb trigger cd tells of no act because its
// object is denied with "no", or "": "the ministry offered no further
// comment", "the talks reached no deal", "Abuja pledged no new troops".
// "Killed no fewer than 20" counts, and is news.
func zeroObject(st *sent, cd *candidate) string {
	if cd.e.pos != 'V' || cd.j+1 >= len(st.low) || st.low[cd.j] != "no" || countingNo.has(st.low[cd.j+1]) {
		return ""
	}
	return "a verb whose object is denied with \"no\" (\"offered no comment\"): nothing was done"
}

// countingNo, after "no", make a bound of a count or a time, not a denial:
// "no fewer than", "no later than".
var countingNo = filtered(wordSet("fewer", "less", "more", "longer", "later", "sooner", "earlier", "doubt"))
