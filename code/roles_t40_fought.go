package code

// Ground taken after a fight with someone is taken from them: "troops
// retook the village after a two-day battle with the rebels", "gangs seized
// the district after a gun battle with police", "the army recaptured the
// town following heavy fighting against the militia". The village, the
// market or the district is where it happened, not whom it was taken
// from; the side the fight was with held it.

// t40FightNouns name a fight an "after … with X" phrase may tell.
var t40FightNouns = filtered(wordSet("battle", "battles", "fighting", "fight", "fights", "clash", "clashes",
	"gunfight", "gunfights", "firefight", "firefights", "skirmish", "skirmishes", "shootout",
	"shootouts", "shoot-out", "shoot-outs", "combat", "exchange", "exchanges", "engagement",
	"engagements", "gunbattle", "gunbattles"))

// t40FightLead are the words that open the phrase a fight is told in
// after the act: "after", "following", "during", "amid".
var t40FightLead = filtered(wordSet("after", "following", "during", "amid", "amidst"))

// t40FightFill are the words that may stand between the phrase's opening
// word and its fight noun besides determiners and modifiers: "after days
// of fighting", "after a night of heavy fighting", "exchange of fire".
var t40FightFill = filtered(wordSet("of", "days", "day", "hours", "hour", "weeks", "week", "nights", "night",
	"months", "gun", "fire", "overnight", "several", "two", "three", "brief", "heavy", "fierce", "intense"))

// t40FoughtWith returns, for ground taken whose holder is loose (none, its
// people, the ground itself), the side a fight told after the trigger was
// with, and those coordinated with it, as long as they are not the
// takers' own; nil otherwise.
func (st *sent) t40FoughtWith(cd *candidate) []*mention {
	if !cd.e.has(flagTerritory) || len(cd.src) == 0 || !looseHolder(cd) {
		return nil
	}
	lead := -1
	for k := cd.j; k < len(st.low) && k < cd.j+24; k++ {
		w := st.low[k]
		if w == ";" || w == "said" || w == "says" || w == "while" || w == "but" || w == "which" || w == "who" {
			return nil
		}
		if t40FightLead.has(w) {
			lead = k
			break
		}
	}
	if lead < 0 {
		return nil
	}
	// The fight noun, then "with" or "against".
	with := st.fightWith(lead, 8)
	if with < 0 {
		return nil
	}
	// The side: the first actor after "with", past determiners and a
	// noun or two ("with gunmen of the coalition" is the coalition's).
	var m *mention
	for k := with + 1; k < len(st.low) && k <= with+6; k++ {
		if x := st.mentionAt(k); x != nil && !x.place {
			m = x
			break
		}
		if st.low[k] == "," || st.low[k] == "that" || st.low[k] == "which" || st.low[k] == "who" {
			return nil
		}
	}
	if m == nil {
		return nil
	}
	var out []*mention
	for _, x := range st.coordinated(m) {
		if !st.holds(x) || x.place || retakerSide(cd, x.actor) || x.actor.ID == "" && x.actor.Sector == "" {
			continue
		}
		out = append(out, x)
	}
	return out
}

// fightWith returns the token of the "with" or "against" that follows the
// fight noun of a phrase opening at token lead ("after a two-day battle
// with", "in an exchange of fire against"), within reach tokens of it, or
// -1 when the words after lead are not such a phrase.
func (st *sent) fightWith(lead, reach int) int {
	for k := lead + 1; k < len(st.low) && k <= lead+reach; k++ {
		w := st.low[k]
		if (w == "with" || w == "against") && k > lead+1 && (t40FightNouns.has(st.low[k-1]) || st.low[k-1] == "fire" && k >= 3 && t40FightNouns.has(st.low[k-3])) {
			return k
		}
		if t40FightNouns.has(w) || t40FightFill.has(w) || determiners.has(w) || isModifier(st.toks[k]) {
			continue
		}
		return -1
	}
	return -1
}
