package code

// A leader who quits in the face of protests yields to the protesters:
// "the premier resigned, bowing to weeks of street protests", "the
// president stepped down after months of mass demonstrations".

// bowPhrases open what a resignation gives way to; each is matched on the
// tokens ending at its last word.
var bowPhrases = [][]string{
	{"after"}, {"amid"}, {"following"}, {"bowing", "to"}, {"yielding", "to"},
	{"in", "the", "face", "of"}, {"under", "pressure", "from"}, {"in", "response", "to"},
}

// protestNouns name protest or those who make it.
var protestNouns = filtered(wordSet("protests", "protest", "demonstrations", "protesters", "protestors",
	"demonstrators", "uprising", "rallies"))

// bowFillers may stand between a bow phrase and the protest noun besides
// modifiers: "weeks of", "nearly two weeks of".
var bowFillers = filtered(wordSet("of", "nearly", "almost", "more", "than", "the", "a", "days", "weeks", "months"))

// resignationCameo is the CAMEO code of a leader or government yielding
// office.
const resignationCameo = "0831"

// bowedToProtests returns the protesters of the resigning side's country
// when a resignation is said to give way to protests later in its
// sentence, else those of a concession to the crowd (concededToCrowd), or
// nil.
func (c *Coder) bowedToProtests(d *doc, cd *candidate) []*mention {
	st := cd.st
	if cd.e.cameo != resignationCameo || len(cd.src) == 0 || cd.src[0].actor.Country == "" {
		return c.concededToCrowd(d, cd)
	}
	for k := cd.j; k < len(st.low); k++ {
		switch st.low[k] {
		case "who", "which", "while", "but", ";", "whose":
			return nil
		}
		if !bowPhraseEndsAt(st, k) || !protestFollows(st, k+1) {
			continue
		}
		a, ok := c.actors.Lookup(cd.src[0].actor.Country+"PRO", d.date)
		if !ok {
			return nil
		}
		return []*mention{{i: cd.i, j: cd.j, actor: a, kind: "implied"}}
	}
	return c.concededToCrowd(d, cd)
}

// bowPhraseEndsAt reports whether a bow phrase ends at token k.
func bowPhraseEndsAt(st *sent, k int) bool {
	for _, p := range bowPhrases {
		start := k - len(p) + 1
		if start < 0 {
			continue
		}
		match := true
		for n, w := range p {
			if st.low[start+n] != w {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// protestFollows reports whether a protest noun comes at token k or after
// a few fillers and modifiers: "weeks of student-led protests".
func protestFollows(st *sent, k int) bool {
	for n := 0; n < 7 && k < len(st.low); n, k = n+1, k+1 {
		if protestNouns.has(st.low[k]) {
			return true
		}
		if !bowFillers.has(st.low[k]) && !isModifier(st.toks[k]) {
			return false
		}
	}
	return false
}
