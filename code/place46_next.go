package code

// An act noun whose verb is the next trigger: in "officials said rebel
// shelling killed four civilians in Zenda district" the shelling killed
// them in Zenda; the place after "killed" is the shelling's own.

// place46Toll are the verbs an act noun takes as its subject to tell whom
// or what it harmed: "shelling killed", "the blast wounded", "shells
// struck them".
var place46Toll = filtered(wordSet("killed", "kills", "wounded", "wounds", "injured", "injures", "maimed", "maims",
	"hit", "hits", "struck", "strikes", "destroyed", "destroys", "damaged", "damages"))

// place46Motion are the prepositions of a way or an end, past which a
// place tells where someone went, not where the act was: "destroyed gun
// trucks as they fled towards Zenda", "belonging to".
var place46Motion = filtered(wordSet("to", "towards", "toward", "into", "from", "for"))

// place46NextAct returns the token that ends the trigger's own span of
// places: the sentence's next trigger (cd.next), or, when that trigger is
// a verb of harm right after the trigger noun (or gerund, "shelling"),
// the first preposition of motion after it (else the end of the
// sentence), so that the places of "killed … in Zenda" stay the act
// noun's. The tiers of nearest still keep to the trigger's clause.
func place46NextAct(cd *candidate) int {
	st := cd.st
	if cd.next != cd.j || cd.next >= len(st.low) || !place46Toll.has(st.low[cd.next]) || !isNounTag(st.toks[cd.j-1].tag) && st.toks[cd.j-1].tag != "VBG" {
		return cd.next
	}
	k := cd.next + 1
	for k < len(st.low) && !place46Motion.has(st.low[k]) {
		k++
	}
	return k
}
