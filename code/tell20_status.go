package code

// Which clause's future or condition reaches a trigger: a participle of
// saying set off by a comma ("said the border would stay closed, accusing
// Benin of …") and a past verb joined by "and" ("said a council would be
// set up, and the general released 50 protesters") are told as done; an
// act a plan waits for ("would stay away until soldiers freed the
// hostages") is not.

// asideSpeechVerbs are the gerunds of saying, blaming and asking that,
// after a comma, tell the speaker's own act rather than a consequence of
// the clause before ("would close the crossing, cutting off trade").
var asideSpeechVerbs = filtered(wordSet("accusing", "blaming", "calling", "condemning", "denouncing",
	"criticising", "criticizing", "charging", "describing", "urging", "demanding", "warning",
	"saying", "insisting", "rejecting", "denying", "dismissing", "praising", "welcoming",
	"thanking", "branding", "labelling", "labeling", "asking", "appealing", "threatening",
	"vowing", "pledging", "promising", "citing", "arguing", "claiming", "alleging"))

// speechAside reports whether the trigger at i is a gerund of saying or
// blaming set off by a comma: ", accusing Benin of …". What governs the
// clause before the comma ("would", "could", "if") does not reach it.
func speechAside(st *sent, i int) bool {
	return i > 0 && st.low[i-1] == "," && st.toks[i].tag == "VBG" && asideSpeechVerbs.has(st.low[i])
}

// conjoinedTense reports whether the trigger at i is a verb in the simple
// past or present joined by "and" or "but" to the clause of the modal at
// k: in "said a new cabinet would be named, and the president ordered the
// release of …" the release is told as done. A modal takes a bare verb
// ("would order"), so a tensed one is the head of a clause of its own.
// One under "until" or "if" stays under the condition ("would not return
// until the army cleared the forest").
func conjoinedTense(st *sent, k, i int) bool {
	switch st.toks[i].tag {
	case "VBD", "VBZ", "VBP":
	default:
		return false
	}
	if auxiliaries.has(st.low[i-1]) {
		return false // "could have ordered" read as a past tense
	}
	for n := k + 1; n < i; n++ {
		if st.low[n] == "and" || st.low[n] == "but" {
			return true
		}
	}
	return false
}

// awaitedAfter reports whether a "will" or "would" stands in the few words
// before k: "would not return until", "will stay closed until".
func awaitedAfter(st *sent, k int) bool {
	for n := k - 1; n >= 0 && n >= k-8; n-- {
		switch st.low[n] {
		case "will", "would", "'ll", "wo", "shall":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}
