package code

// "The court allowed the opposition candidate to stand in the election",
// "the minister allowed the party to hold its rally", "will allow exiled
// politicians to campaign": letting people take part in political life is
// an easing of restrictions on political freedoms (CAMEO 0811, CONCEDE),
// not the access a state lets foreign inspectors, monitors or aid agencies
// have to its ground (CAMEO 086, RETREAT). The verb after "to" tells which:
// one of taking part in a vote or campaign, or of holding a rally, march or
// meeting.

import "strings"

// gsr39PoliticalVerbs take part in political life by themselves: "to
// stand", "to contest", "to campaign".
var gsr39PoliticalVerbs = filtered(wordSet("participate", "take", "stand", "run", "contest",
	"campaign", "compete", "vote", "register"))

// gsr39HoldVerbs hold a gathering named after them: "to hold a rally",
// "to stage a march", "to bring out a procession".
var gsr39HoldVerbs = filtered(wordSet("hold", "stage", "organise", "organize", "bring", "lead", "convene"))

// gsr39Gatherings are political gatherings held.
var gsr39Gatherings = filtered(wordSet("rally", "rallies", "march", "marches", "demonstration",
	"demonstrations", "procession", "processions", "convention", "congress", "meeting",
	"meetings", "campaign", "protest", "protests", "sit-in", "vigil"))

// gsr39AllowedPolitics reports whether the "allow" trigger at cd lets
// someone take part in political life: "allowed X to stand in", "to hold a
// rally".
func gsr39AllowedPolitics(st *sent, cd *candidate) bool {
	if cd.e.cameo != "086" || cd.j-cd.i != 1 || !strings.HasPrefix(st.low[cd.i], "allow") {
		return false
	}
	to := -1
	for k := cd.j; k < len(st.low) && k < cd.j+8 && st.clause[k] == st.clause[cd.i]; k++ {
		if st.low[k] == "to" && k+1 < len(st.low) && st.toks[k+1].tag == "VB" {
			to = k
			break
		}
	}
	if to < 0 {
		return false
	}
	v := st.low[to+1]
	if v == "take" {
		return to+2 < len(st.low) && st.low[to+2] == "part" // "to take part in"
	}
	if gsr39PoliticalVerbs.has(v) {
		return true
	}
	if !gsr39HoldVerbs.has(v) {
		return false
	}
	for k := to + 2; k < len(st.low) && k < to+12; k++ {
		if gsr39Gatherings.has(st.low[k]) {
			return true
		}
		if st.low[k] == ";" || st.low[k] == "," && k > to+2 {
			return false
		}
	}
	return false
}

// gsr39PoliticalFreedom recodes an "allow" letting someone take part in
// political life as an easing of restrictions on political freedoms.
func (b *building) gsr39PoliticalFreedom() {
	ev := &b.cd.ev
	if ev.CAMEO != "086" || !gsr39AllowedPolitics(b.st, b.cd) {
		return
	}
	ev.CAMEO, ev.Mode = "0811", "-"
}
