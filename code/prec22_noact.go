package code

// Attacks named but not told: words of violence that describe an actor,
// say what a denial denies, or name a campaign.

// attackNotTold returns why the built attack cd is named in the sentence
// without being told as an act of its news, or "".
func attackNotTold(st *sent, built []*candidate, cd *candidate) string {
	if blameDescribed(st, cd) {
		return "an attack that describes the actor blamed for it (\"the rebels blamed for a December attack\")"
	}
	if deniedContent(st, cd) {
		return "the attack a denial denies (\"denied ever using chemical weapons\")"
	}
	if campaignNamed(st, built, cd) {
		return "a military campaign named, not an attack told (\"joined the army's offensive\", \"ahead of a rebel offensive\")"
	}
	return ""
}
