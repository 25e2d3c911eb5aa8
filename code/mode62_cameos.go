package code

import "github.com/truce-project/truce"

// A demand whose trigger row names what is asked ("called for the release
// of", "told the gunmen to free the hostages") keeps the row's code, 105,
// for the confidence model, while old and new gold alike give the finer
// code of what is asked: a release of people or goods is CAMEO 1053, a
// halt to the fighting ("urged both sides to exercise restraint") 1056.
// complements.tsv codes the same asks when the row leaves them open.

// A bomb laid in the attacker's absence, by a road or in the ground ("a
// roadside bomb hit the convoy", "their truck struck a landmine", "an
// improvised explosive device wounded two soldiers"), is a roadside
// bombing, CAMEO 1833, in old and new gold alike; the trigger row that
// lists such bombs with car bombs gives them all 1832 (car bombing).

// Goods taken by a seizure verb ("police seized rifles and ammunition at
// the checkpoint", "customs officers confiscated the cargo", "troops
// impounded two trucks") are confiscated property, CAMEO 1711, in old and
// new gold alike (33 to 9 on dev), where the row gives 171, which looting
// and wrecking share.

// A beating that kills ("a mob beat the man to death", "villagers
// lynched two suspects", "beat a driver, leaving him dead") is a killing
// by physical assault, CAMEO 1823, where a beating alone is 182.

// A demonstration told with what it demands of the leaders ("marched to
// demand the prime minister's resignation", "rallied, calling for early
// elections") is one for a change of leadership, CAMEO 1411 (20 to 2 on
// dev, old and new gold alike).

// mode62Code returns, once the events are final, the finer code of cd's
// event, or "" to keep its own: the demands whose trigger words ask for a
// release or for de-escalation, the roadside bombings told by a row of car
// bombs, goods seized, beatings that kill and demonstrations against the
// leaders.
func mode62Code(cd *candidate) string {
	ev := &cd.ev
	switch {
	case ev.Type == truce.Assault && ev.CAMEO == "1832" && mode62Roadside(cd):
		return "1833"
	case ev.Type == truce.Coerce && ev.CAMEO == "171" && mode62Confiscation(cd):
		return "1711"
	case ev.Type == truce.Assault && ev.CAMEO == "182" && mode62BeatenToDeath(cd):
		return "1823"
	case ev.Type == truce.Protest && ev.CAMEO == "141" && mode62LeaderOut(cd):
		return "1411"
	case ev.Type == truce.Request && ev.CAMEO == "105":
		for k := cd.i + 1; k < cd.j && k < len(cd.st.low); k++ {
			switch {
			case mode62ReleaseWords.has(cd.st.low[k]):
				return "1053"
			case mode62DeescalateWords.has(cd.st.low[k]):
				return "1056"
			}
		}
	}
	return ""
}

// mode62ReleaseWords ask for people or goods to be let go.
var mode62ReleaseWords = filtered(wordSet("release", "releases", "released", "releasing", "freed", "freeing"))

// mode62DeescalateWords ask a side to stop or hold back its fighting.
var mode62DeescalateWords = filtered(wordSet("ceasefire", "truce", "cessation", "restraint", "de-escalation", "de-escalate"))

// mode62Roadside reports whether the bomb of cd's trigger, or one named
// just before it in its clause ("a landmine blast", "a roadside bomb
// exploded"), was laid by a road or in the ground, and no car bomb is
// named there.
func mode62Roadside(cd *candidate) bool {
	st := cd.st
	lo := cd.i - 3
	if lo < 0 {
		lo = 0
	}
	laid := false
	for k := lo; k < cd.j && k < len(st.low); k++ {
		if st.clause[k] != st.clause[cd.i] && k < cd.i {
			continue
		}
		w := st.low[k]
		switch {
		case w == "car" || w == "truck" || w == "vehicle-borne":
			if k+1 < len(st.low) && (st.low[k+1] == "bomb" || st.low[k+1] == "bombs" || st.low[k+1] == "bombing") {
				return false
			}
		case mode62LaidBombs.has(w):
			laid = true
		case w == "explosive" && k+1 < len(st.low) && (st.low[k+1] == "device" || st.low[k+1] == "devices"):
			laid = true
		case (w == "mine" || w == "mines") && k >= cd.i:
			laid = true
		}
	}
	return laid
}

// mode62LaidBombs name bombs laid and left: "roadside", "landmine", "ied".
var mode62LaidBombs = filtered(wordSet("roadside", "landmine", "landmines", "ied", "ieds", "improvised", "booby"))

// mode62Confiscation reports whether cd's trigger is a verb of seizing
// goods: "seized", "confiscated", "impounded".
func mode62Confiscation(cd *candidate) bool {
	return cd.e.pos == 'V' && mode62SeizeVerbs.has(cd.st.low[cd.i])
}

// mode62SeizeVerbs are the forms of the verbs of confiscation.
var mode62SeizeVerbs = filtered(wordSet("seize", "seizes", "seized", "seizing", "confiscate", "confiscates",
	"confiscated", "confiscating", "impound", "impounds", "impounded", "impounding"))

// mode62BeatenToDeath reports whether the beating cd tells killed: a toll
// of dead, "to death" after its trigger, or a lynching.
func mode62BeatenToDeath(cd *candidate) bool {
	if f := cd.ev.Fatalities; f != nil && f.Min > 0 {
		return true
	}
	st := cd.st
	for k := cd.i; k < cd.j+6 && k+1 < len(st.low) && st.clause[k] == st.clause[cd.i]; k++ {
		if mode62Lynch.has(st.low[k]) || st.low[k] == "to" && st.low[k+1] == "death" {
			return true
		}
	}
	return false
}

// mode62Lynch are the forms of "lynch".
var mode62Lynch = filtered(wordSet("lynch", "lynched", "lynches", "lynching", "lynchings"))

// mode62LeaderOut reports whether the words after a demonstration's
// trigger ask for its leaders to go: a resignation, an ouster, an
// impeachment, early elections.
func mode62LeaderOut(cd *candidate) bool {
	st := cd.st
	for k := cd.j; k < len(st.low) && k < cd.j+16; k++ {
		w := st.low[k]
		if w == ";" || w == "said" || w == "says" {
			return false
		}
		if mode62Ouster.has(w) || w == "step" && k+1 < len(st.low) && st.low[k+1] == "down" ||
			(w == "early" || w == "snap") && k+1 < len(st.low) && (st.low[k+1] == "elections" || st.low[k+1] == "election") {
			return true
		}
	}
	return false
}

// mode62Ouster are the nouns and verbs of a leader's going.
var mode62Ouster = filtered(wordSet("resignation", "resign", "resigns", "ouster", "oust", "ousting", "impeachment", "impeach", "overthrow", "downfall"))
