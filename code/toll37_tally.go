package code

// A toll summed over years is no update of the attack told just before:
// "A mob burned two houses on Tuesday. Ethnic violence in the state has
// killed more than 200 people since May 2023" gives the mob no 200 dead,
// and "Rebels ambushed a convoy. The insurgency has left thousands dead
// over the past decade" gives the ambush none.

// toll37TallyRead reports whether the toll read r counts the dead of a
// span of years: a span such as "since 2017", "over the past decade" or
// "in recent years" opens in the clause that holds the count, after it or
// before it ("Since 2021, the feud has killed nine").
func toll37TallyRead(st *sent, r tollRead) bool {
	for k := r.end; k < len(st.low) && k < r.end+20; k++ {
		if yearsSpan(st, k) || toll37SinceYear(st, k) {
			return true
		}
		if toll37ClauseEnd(st.low[k]) {
			break
		}
	}
	perfect := false
	for k := r.i - 1; k >= 0 && k >= r.i-20; k-- {
		if toll37ClauseEnd(st.low[k]) {
			break
		}
		if yearsSpan(st, k) || toll37SinceYear(st, k) {
			return true
		}
		// "The insurgency, which began in 1996, has killed 6,000": a
		// present perfect toll whose subject names a year.
		if w := st.low[k]; w == "has" || w == "have" {
			perfect = true
		} else if perfect && isYear(st.toks[k].text) {
			return true
		}
	}
	return false
}

// toll37SinceYear reports whether "since" at token k opens a clause that
// names a year: "since a separatist insurgency flared in 2004", "since the
// war began in April 2023". (yearsSpan reads the year right after
// "since".)
func toll37SinceYear(st *sent, k int) bool {
	if st.low[k] != "since" {
		return false
	}
	for n := k + 1; n < len(st.low) && n <= k+12; n++ {
		if isYear(st.toks[n].text) {
			return true
		}
		if w := st.low[n]; w == "," || w == ";" {
			return false
		}
	}
	return false
}

// toll37ClauseEnd reports whether w closes the clause a toll is told in.
func toll37ClauseEnd(w string) bool {
	switch w {
	case ";", "but", "while", "whereas", "and":
		return true
	}
	return false
}

// toll37ApartSentence reports whether the sentence opens by setting
// itself apart from what was told before ("Separately, a roadside mine
// wounded four rangers", "In a separate incident, two were killed",
// "Elsewhere, three soldiers died"): its toll is no update of an attack
// told before.
func toll37ApartSentence(st *sent) bool {
	for k := 0; k < len(st.low) && k < 5; k++ {
		switch st.low[k] {
		case "separately", "separate", "elsewhere", "meanwhile", "unrelated", "another":
			return !toll43AnotherCount(st, k)
		case ",":
			return false
		}
	}
	return false
}
