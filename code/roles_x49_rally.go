package code

// Issue 3, round x49: a rally that is no protest. "A grenade thrown into a
// crowd at a political rally", "shot the senator at a campaign rally",
// "explosions tore through a rally held by the rebels": a rally held to
// campaign, or by those who hold power where it meets, protests against no
// one. The crowd there, and those seized at it, are civilians, not
// protesters; the sentence tells no protest scene by that word.

// x49CampaignWords qualify a rally as a campaign's: "a campaign rally", "an
// election rally", "a political rally".
var x49CampaignWords = filtered(wordSet("campaign", "election", "electoral", "pre-election", "re-election", "political"))

// x49ProtestAims turn a rally into a protest: "a rally against", "a rally
// demanding".
var x49ProtestAims = filtered(wordSet("against", "demanding", "protesting", "denouncing", "condemning", "calling", "demand", "protest"))

// x49HeldBy are the participles that name who holds a rally.
var x49HeldBy = filtered(wordSet("held", "organised", "organized", "staged", "called"))

// x49CampaignRally reports whether the word at k is a rally held to
// campaign ("a campaign rally", "an election rally of the party") or held
// by an armed group or a government ("a rally held by M23 rebels").
func x49CampaignRally(st *sent, k int) bool {
	if w := st.low[k]; w != "rally" && w != "rallies" {
		return false
	}
	// "a political rally against the new tax": a protest all the same.
	for n := k + 1; n < len(st.low) && n <= k+4; n++ {
		if x49ProtestAims.has(st.low[n]) {
			return false
		}
	}
	for p := k - 1; p >= 0 && p >= k-2; p-- {
		if x49CampaignWords.has(st.low[p]) {
			return true
		}
		if !isModifier(st.toks[p]) {
			break
		}
	}
	if k+2 >= len(st.low) || !x49HeldBy.has(st.low[k+1]) || st.low[k+2] != "by" {
		return false
	}
	for n := k + 3; n < len(st.low) && n <= k+5; n++ {
		if m := st.mentionAt(n); m != nil && !m.place {
			return isArmedGroup(m.actor) || isState(m.actor) && m.actor.Sector == "GOV"
		}
	}
	return false
}
