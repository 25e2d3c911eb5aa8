package code

// Talks held over a hotline or a video link (issue 3, mode): "talks
// between the two armies' operations chiefs over a hotline", "the
// ministers spoke via a secure hotline", "held talks through a video
// link". A line between the sides is the telephone's family: the
// consultation is a call (CONSULT phone, CAMEO 041), as "by phone" is;
// mode48ByPhone reads it through mode48PhoneAt.

// mode59LineAt reports whether the words at k put an act on a hotline or
// a video link: a preposition of means, at most two words of determiner
// or modifier ("a", "their", "secure", "military"), then the line.
func mode59LineAt(st *sent, k int) bool {
	if !mode59LinePreps.has(st.low[k]) {
		return false
	}
	for n := k + 1; n < len(st.low) && n <= k+3; n++ {
		w := st.low[n]
		if mode59Lines.has(w) {
			return true
		}
		if w == "video" && n+1 < len(st.low) && (st.low[n+1] == "link" || st.low[n+1] == "conference") {
			return true
		}
		if !mode48CallOwners.has(w) && !mode59LineModifiers.has(w) {
			return false
		}
	}
	return false
}

// mode59LinePreps tell the means an act was carried out by.
var mode59LinePreps = filtered(wordSet("over", "via", "through", "by", "on"))

// mode59Lines name a line between the sides.
var mode59Lines = filtered(wordSet("hotline", "hotlines", "hot-line", "videolink", "videoconference", "video-link"))

// mode59LineModifiers may stand between the preposition and the line.
var mode59LineModifiers = filtered(wordSet("secure", "special", "dedicated", "direct", "military", "emergency", "new"))
