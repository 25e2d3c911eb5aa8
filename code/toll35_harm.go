package code

// Tolls told without the usual toll words: one person named with "a" who
// "lost a leg", "hurt" as the active verb of a count ("hurt eleven
// people"), and a relative clause on the counted people ("17 of its
// members who had died").

// harmedSingle reports whether the phrase of harm that a single person
// named before token k suffered starts at k: "[a soldier] lost a leg",
// "[a guard] suffered burns", "[a boy] was taken to hospital".
func harmedSingle(st *sent, k int) bool {
	if k >= len(st.low) {
		return false
	}
	if (st.low[k] == "was" || st.low[k] == "had") && k+1 < len(st.low) {
		return suffered(st, k+1)
	}
	return suffered(st, k)
}

// hurtBefore reports whether "hurt" right before the count at token i is
// an active verb of wounding with the count as its object: "a second
// blast hurt [eleven] people". "was hurt" or "were hurt" is passive and
// takes no object.
func hurtBefore(st *sent, i int) bool {
	if i < 2 || st.low[i-1] != "hurt" {
		return false
	}
	k := i - 2
	if st.toks[k].tag == "RB" && k > 0 {
		k-- // "were badly hurt", but "minutes later hurt"
	}
	return !auxiliaries.has(st.low[k])
}

// relativeToll returns the field and token of a toll told in a relative
// clause on the counted people, "who" at token k: "17 of its members [who
// had died]", "four guards who were wounded". An active verb with an
// object of its own ("three men who killed a guard") tells what they
// did, and is no toll.
func relativeToll(st *sent, k int) (string, int) {
	if st.low[k] != "who" {
		return "", -1
	}
	n := k + 1
	passive := false
	for n < len(st.low) && n <= k+4 && (auxiliaries.has(st.low[n]) || st.toks[n].tag == "RB") {
		passive = passive || auxiliaries.has(st.low[n]) && st.low[n] != "has" && st.low[n] != "have" && st.low[n] != "had"
		n++
	}
	if n >= len(st.low) {
		return "", -1
	}
	switch w := st.low[n]; {
	case w == "died" || w == "perished" || w == "succumbed":
		return "fatalities", n
	case (w == "killed" || w == "slain") && passive:
		return "fatalities", n
	case (w == "wounded" || w == "injured" || w == "hurt") && passive:
		return "injuries", n
	}
	return "", -1
}
