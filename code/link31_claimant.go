package code

// claimantBefore returns the armed group that speaks or claims with the
// verb at token k: the last one named before it, unless that one only
// stands in a description set off by commas after the speaker's own name
// ("JNIM, al-Qaeda's branch in the Sahel, claimed the raid", "Al-Shabaab,
// the al-Qaeda-linked group, said its fighters …"). The description tells
// who the speaker is; the claim is the speaker's.
func (st *sent) claimantBefore(k int) *mention {
	var group *mention
	for n := range st.mentions {
		if m := &st.mentions[n]; m.j <= k && isArmedGroup(m.actor) {
			group = m
		}
	}
	if group == nil {
		return nil
	}
	if head := st.describedSpeaker(group, k); head != nil {
		return head
	}
	return group
}

// describedSpeaker returns the armed group named just before the comma
// that opens a description holding m, when the description closes with a
// comma before the verb at k and holds no verb of its own; nil otherwise.
func (st *sent) describedSpeaker(m *mention, k int) *mention {
	closeAt := -1
	for n := m.j; n < k; n++ {
		if st.low[n] == "," {
			closeAt = n
			break
		}
	}
	if closeAt < 0 {
		return nil
	}
	open := -1
	for n := m.i - 1; n > 0 && n >= m.i-8; n-- {
		if st.low[n] == "," {
			open = n
			break
		}
	}
	if open < 1 || !describedOpeners.has(st.low[open+1]) && m.i-open > 2 {
		return nil
	}
	// "JNIM, which is linked to al-Qaeda, said": a relative clause may
	// hold a verb; a bare description ("X, Y's affiliate,") does not.
	if !relativeOpeners.has(st.low[open+1]) {
		for n := open + 1; n < closeAt; n++ {
			if verbAt(st, n) && st.toks[n].tag != "VBN" && st.mentionAt(n) == nil {
				return nil
			}
		}
	}
	var head *mention
	for n := range st.mentions {
		if x := &st.mentions[n]; x.j <= open && open-x.j <= 3 && isArmedGroup(x.actor) && !x.place {
			head = x
		}
	}
	return head
}

// describedOpeners begin a description of the name before them: "JNIM,
// an alliance of …", "the BLF, which …".
var describedOpeners = filtered(wordSet("a", "an", "the", "which", "who", "one", "itself"))

// actNoun returns the index of the noun of a claimed act in the phrase
// that starts at token n, or -1: "the bombing", "a suicide car bombing",
// "Tuesday's deadly ambush". Up to three words that qualify the act may
// stand before its noun; a verb, a comma or a preposition ends the search.
func (st *sent) actNoun(n int) int {
	if n < len(st.low) && claimDeterminers.has(st.low[n]) {
		n++
	}
	for e := n; e < len(st.low) && e <= n+3; e++ {
		if claimedActs.has(st.low[e]) {
			return e
		}
		if !actQualifierTag(st.toks[e].tag) {
			return -1
		}
	}
	return -1
}

// actQualifierTag reports whether a word of this tag can qualify an act's
// noun before it: an adjective, a noun, a name, a number or a possessive.
func actQualifierTag(tag string) bool {
	switch tag {
	case "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "VBN":
		return true
	}
	return false
}
