package code

// Issue 3, round mode46 (type): crewed aircraft brought down, told with a
// count. "Its air force had shot down five Indian jets", "rebels downed
// four army helicopters": warplanes brought down are a fight with the
// force that flew them (PLOVER ASSAULT), as the lexicon's rows already
// read them after "a", "the", "two" or "three"; the bare "shot down" row
// (a weapon intercepted, COERCE) is left to missiles, rockets, shells and
// drones, and to a salvo that mixes warplanes with them.

// mode46DownedCraft returns the reading of a crewed aircraft brought down
// for a verb of downing at i whose object, read past its count and
// modifiers, is a warplane, a helicopter or an airliner, with the tokens
// it spans, or nil.
func (c *Coder) mode46DownedCraft(st *sent, i int) (*entry, int) {
	w := st.low[i]
	start := 0
	switch {
	case mode46ShootVerbs.has(w) && i+1 < len(st.low) && st.low[i+1] == "down":
		start = i + 2
	case w == "downed" || w == "downing":
		start = i + 1
	default:
		return nil, 0
	}
	for k := start; k < len(st.low) && k < start+mode46ObjectReach; k++ {
		x := st.low[k]
		if mode46SalvoWords.has(x) {
			return nil, 0
		}
		if mode46CrewedWords.has(x) {
			// The head of the object, not a modifier ("jet fuel").
			if k+1 < len(st.toks) && st.low[k+1] != "," && st.low[k+1] != "and" && st.low[k+1] != "or" && mode46NounTag(st.toks[k+1].tag) {
				return nil, 0
			}
			es, _ := c.lex.match(mode46CrewedForm, 0)
			for _, e := range es {
				if e.pos == 'V' && e.cameo == "190" {
					return e, k + 1 - i
				}
			}
			return nil, 0
		}
		if !mode46ObjectWord(st, k) {
			return nil, 0
		}
	}
	return nil, 0
}

// mode46ObjectWord reports whether the token at k may stand in an object
// before its head noun: a determiner, a count, a possessive, an adjective
// or a modifying noun ("a", "five", "its", "Indian", "attack"); not a
// preposition ("shot down by allied jets"), a place, a verb or a mark.
func mode46ObjectWord(st *sent, k int) bool {
	if m := st.mentionAt(k); m != nil && m.place {
		return false
	}
	switch st.toks[k].tag {
	case "DT", "CD", "JJ", "JJR", "JJS", "PRP$", "NN", "NNP", "NNPS", "VBN", "POS":
		return st.low[k] != "by"
	}
	return false
}

// mode46NounTag reports whether a tag is a noun's.
func mode46NounTag(tag string) bool {
	return len(tag) >= 2 && tag[0] == 'N' && tag[1] == 'N'
}

// mode46ObjectReach is the most tokens from the verb's object to its head.
const mode46ObjectReach = 6

// mode46CrewedForm is a lexicon form with the reading of a crewed
// aircraft brought down.
var mode46CrewedForm = []string{"shot", "down", "a", "warplane"}

// mode46ShootVerbs shoot something down.
var mode46ShootVerbs = filtered(wordSet("shot", "shoot", "shoots", "shooting"))

// mode46CrewedWords name crewed aircraft: warplanes and airliners.
var mode46CrewedWords = filtered(wordSet("jet", "jets", "warplane", "warplanes", "helicopter", "helicopters", "gunship", "gunships",
	"bomber", "bombers", "aircraft", "plane", "planes", "airliner", "airliners"))

// mode46SalvoWords name weapons whose interception stays a weapon
// intercepted, and drones, which air defences down by the dozen.
var mode46SalvoWords = filtered(wordSet("missile", "missiles", "rocket", "rockets", "shell", "shells", "projectile", "projectiles",
	"munitions", "bombs", "drone", "drones", "uav", "uavs"))
