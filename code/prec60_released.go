package code

// prec60: a thing released, not a person.
//
// "a video was released in which he said he had acted alone", "the fund
// approved the loan, releasing an immediate $333 million", "the army
// released drone footage". What is released is a film, a paper or money:
// no captive goes free, and annotators of every batch code no release
// from it. The verb's object or its passive subject tells which.

// prec60ReleasedThings are the things released that are no one set free:
// films and papers made public, money paid out.
var prec60ReleasedThings = filtered(wordSet("video", "videos", "footage", "statement", "statements", "report",
	"reports", "recording", "recordings", "audio", "photo", "photos", "photograph", "photographs", "image",
	"images", "picture", "pictures", "data", "figures", "transcript", "transcripts", "findings", "results",
	"film", "films", "album", "song", "book", "trailer", "funds", "money", "million", "millions", "billion",
	"billions", "tranche", "tranches", "payment", "payments", "budget"))

// prec60PassiveAux are the words between a passive subject and its
// participle: "a video was released", "the footage has been released".
var prec60PassiveAux = filtered(wordSet("was", "were", "is", "are", "be", "been", "being", "has", "have", "had"))

// prec60ReleasedThing drops a one-word release whose object or passive
// subject is a thing released: "releasing an immediate $333 million",
// "released drone footage", "a video was released".
func prec60ReleasedThing(st *sent, cd *candidate) bool {
	i := cd.i
	if cd.e.pos != 'V' || cd.j != i+1 || !releaseForms.has(st.low[i]) {
		return false
	}
	k := i - 1
	for k >= 0 && k >= i-3 && prec60PassiveAux.has(st.low[k]) {
		k--
	}
	if k < i-1 && k >= 0 && prec60ReleasedThings.has(st.low[k]) {
		return true
	}
	for k = cd.j; k < len(st.low) && k <= cd.j+4; k++ {
		w := st.low[k]
		if prec60ReleasedThings.has(w) {
			return true
		}
		t := st.toks[k]
		if t.tag != "DT" && t.tag != "PRP$" && t.tag != "CD" && t.tag != "$" && !isModifier(t) || st.mentionAt(k) != nil {
			return false
		}
	}
	return false
}
