package code

// A meeting told after another act with its own counterpart is news of
// its own, not the mere setting of that act (issue 3, CONSULT): "the
// envoy said after talks with the president that…", "the council banned
// the group after talks in Baghdad between the two ministers", "freed the
// captive following negotiations in Doha with a US delegation". Old and
// new gold alike code such talks CONSULT; talks already told ("after the
// talks"), bare talks in a place ("agreed after talks in Juba": old and
// new gold split, the tests keep it a setting), and the summit or visit
// at which another act was done ("at a summit in Accra", "during his
// visit") stay the setting mereSetting folds.

// prec62TalkNouns are the meeting nouns that, bare after "after", tell a
// round of diplomacy: "after talks", "following negotiations".
var prec62TalkNouns = filtered(wordSet("talks", "negotiations", "consultations", "meeting", "meetings"))

// prec62TalksTold reports whether the meeting noun at cd follows "after"
// or "following", with no more than an indefinite article or a modifier
// between, and is told with its counterpart ("with", "between") in the
// next few words of its clause.
func prec62TalksTold(st *sent, cd *candidate) bool {
	if !prec62TalkNouns.has(st.low[cd.i]) || cd.j != cd.i+1 {
		return false
	}
	after := false
	for k := cd.i - 1; k >= 0 && k >= cd.i-3; k-- {
		w := st.low[k]
		if w == "after" || w == "following" {
			after = true
			break
		}
		if w != "a" && w != "an" && (!isModifier(st.toks[k]) || st.mentionAt(k) != nil) {
			return false
		}
	}
	if !after {
		return false
	}
	for k := cd.j; k < len(st.low) && k < cd.j+6 && st.clause[k] == st.clause[cd.i]; k++ {
		if st.low[k] == "with" || st.low[k] == "between" {
			return true
		}
	}
	return false
}
