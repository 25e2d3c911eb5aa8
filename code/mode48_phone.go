package code

// Talks held over the telephone (issue 3, mode): "Erdogan and Zelensky
// discussed grain exports during a phone call on Sunday", "In a telephone
// call on Friday, the two presidents discussed the crisis", "Modi held
// talks with Putin by phone". A consultation whose clause says it was held
// by phone is a phone call (CONSULT phone, CAMEO 041), as "spoke by
// phone" is; mode41ToldByPhone reads the verbs of telling.

// mode48PhoneReach is the most tokens between the consultation's trigger
// and the words that put it on the telephone.
const mode48PhoneReach = 14

// mode48ByPhone reports whether the consultation at cd is told as held by
// telephone: "by phone", "over the phone", or "in" or "during" a phone
// or telephone call or conversation, after the trigger in its clause or
// opening the sentence before it, with no other finite verb between
// ("discussed the crisis, a day after Paris held a phone call with …"
// puts another act on the phone).
func mode48ByPhone(cd *candidate) bool {
	st := cd.st
	for k := cd.j; k < len(st.low) && k <= cd.j+mode48PhoneReach; k++ {
		if w := st.low[k]; w == ";" || w == "that" || w == "after" || w == "before" || w == "while" {
			return false
		}
		if mode48PhoneAt(st, k) {
			return true
		}
		if t := st.toks[k].tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return false
		}
	}
	// "In a phone call on Friday, Macron and Putin discussed …"
	if cd.i > 3 && cd.i <= mode48PhoneReach && mode48PhoneAt(st, 0) {
		for k := 1; k < cd.i; k++ {
			if t := st.toks[k].tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
				return false
			}
		}
		return true
	}
	return false
}

// mode48PhoneAt reports whether the words at k put an act on the
// telephone: "by phone", "by telephone", "over the phone", "in a phone
// call", "during a telephone conversation", "in their video call".
func mode48PhoneAt(st *sent, k int) bool {
	if mode59LineAt(st, k) { // mode59: over a hotline, via a video link
		return true
	}
	w := st.low[k]
	switch {
	case w == "by" && k+1 < len(st.low) && mode41PhoneWords.has(st.low[k+1]):
		return true
	case w == "over" && k+2 < len(st.low) && st.low[k+1] == "the" && mode41PhoneWords.has(st.low[k+2]):
		return true
	case w == "in" || w == "during" || w == "In" || w == "During":
		k++
		if k < len(st.low) && mode48CallOwners.has(st.low[k]) {
			k++
		}
		return k+1 < len(st.low) && mode41PhoneWords.has(st.low[k]) && (st.low[k+1] == "call" || st.low[k+1] == "conversation")
	}
	return false
}

// mode48CallOwners open the call an act was held in: "a", "their".
var mode48CallOwners = filtered(wordSet("a", "an", "the", "their", "his", "her", "its"))
