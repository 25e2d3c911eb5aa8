package code

// A toll to date whose subject carries an aside: the comma-enclosed clause
// between the war or the attacks and "has killed" does not make the tally
// an attack.

// tollToDateAside reports whether the trigger cd tells a conflict's toll
// to date across an aside set off by commas: "The insurgency, which began
// in 1994, has killed some 12,000 people" (the verb "killed" after a whole
// war), "Cattle raids in the valley, which herders blame on rival clans,
// have killed dozens since 2016" (the attack noun before a toll reaching
// back years). Without the aside cumulativeToll and tallyOverYears read
// these; "Gunmen, who fled on motorbikes, have killed 14 villagers" names
// no war and no span of years, and stays.
func tollToDateAside(st *sent, cd *candidate) bool {
	if !cd.e.has(flagKill) && !cd.e.has(flagViolent) {
		return false
	}
	if cd.e.pos == 'V' {
		h := perfectHasAt(st, cd.i)
		if h < 2 || st.low[h-1] != "," {
			return false
		}
		open := asideOpening(st, h-1)
		return open > 0 && wholeWarNouns.has(st.low[open-1])
	}
	// The noun: its own words, an aside, then "has killed".
	k := cd.j
	for ; k < len(st.low) && k < cd.j+6 && st.low[k] != ","; k++ {
		if verbAt(st, k) && st.mentionAt(k) == nil {
			return false
		}
	}
	if k >= len(st.low) || st.low[k] != "," {
		return false
	}
	end := asideClosing(st, k)
	if end < 0 || end+2 >= len(st.low) || st.low[end+1] != "has" && st.low[end+1] != "have" {
		return false
	}
	v := end + 2
	for v < len(st.low) && st.toks[v].tag == "RB" {
		v++
	}
	if v >= len(st.low) || !tollAsideVerbs.has(st.low[v]) {
		return false
	}
	for n := v + 1; n < len(st.low) && n < v+20; n++ {
		if yearsSpan(st, n) {
			return true
		}
		if w := st.low[n]; w == "," || w == ";" || w == "but" || w == "while" {
			return false
		}
	}
	return false
}

// tollAsideVerbs tell a toll after "has" or "have": "have killed dozens",
// "has claimed thousands of lives", "has left hundreds dead".
var tollAsideVerbs = filtered(wordSet("killed", "claimed", "left"))

// perfectHasAt returns the index of the "has" or "have" that makes the
// verb at i a present perfect, past adverbs ("has reportedly killed"), or
// -1.
func perfectHasAt(st *sent, i int) int {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if w := st.low[k]; w == "has" || w == "have" {
			return k
		}
		if st.toks[k].tag != "RB" {
			return -1
		}
	}
	return -1
}

// asideOpening returns the index of the comma that opens the aside closed
// by the comma at c ("the insurgency, which began in 1994,"), when a
// relative pronoun or a short phrase with no comma stands between, or -1.
func asideOpening(st *sent, c int) int {
	for k := c - 1; k >= 1 && k >= c-14; k-- {
		switch st.low[k] {
		case ",":
			return k
		case ";", ":", "and", "but":
			return -1
		}
	}
	return -1
}

// asideClosing returns the index of the comma that closes the aside opened
// by the comma at c, which must begin with a relative pronoun ("…, which
// herders blame on rival clans,"), or -1.
func asideClosing(st *sent, c int) int {
	if c+1 >= len(st.low) || !relativeOpeners.has(st.low[c+1]) {
		return -1
	}
	for k := c + 2; k < len(st.low) && k <= c+14; k++ {
		switch st.low[k] {
		case ",":
			return k
		case ";", ":":
			return -1
		}
	}
	return -1
}
