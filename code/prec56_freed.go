package code

// prec56: people freed, described by how they came to be held.
//
// "The government freed more than 200 people detained during the
// protests", "the bandits released 26 people, among them women and
// children kidnapped in Maru", "ordered the release of nine activists who
// had been detained since March": the participle tells who was freed, an
// arrest or an abduction already past, and no act of the news. Annotators
// of every batch code only the release.

import "github.com/truce-project/truce"

// prec56HeldModes are the modes of the acts that put the freed in
// captivity.
var prec56HeldModes = filtered(wordSet("arrest", "abduct"))

// prec56FreedCaptives returns the release built earlier in the sentence
// whose freed people the participle cd describes: "freed 200 people
// detained during the protests". Only the freed people's words may stand
// between: nouns, numbers, an apposition ("among them women and
// children"), or a relative "who had been"; another verb, a semicolon or
// "but" starts another act.
func prec56FreedCaptives(st *sent, built []*candidate, cd *candidate) *candidate {
	n := len(built)
	if n == 0 || cd.e.pos != 'V' || !prec56HeldModes.has(cd.ev.Mode) || cd.j != cd.i+1 || st.toks[cd.i].tag != "VBN" && st.toks[cd.i].tag != "VBD" {
		return nil
	}
	b := built[n-1]
	if b.ev.Type != truce.Retreat || b.ev.Mode != "release" || b.j > cd.i || cd.i-b.j > 20 {
		return nil
	}
	end := cd.i
	// "… who had been detained", "… who were abducted".
	if k := cd.i - 1; k >= 2 && (st.low[k] == "been" && (st.low[k-1] == "had" || st.low[k-1] == "have") && st.low[k-2] == "who" ||
		(st.low[k] == "were" || st.low[k] == "was") && st.low[k-1] == "who") {
		end = k - 1
		if st.low[k] == "been" {
			end = k - 2
		}
	} else if !nounTagged(st, cd.i-1) && st.toks[cd.i-1].tag != "CD" {
		return nil
	}
	for k := b.j; k < end; k++ {
		if w := st.low[k]; w == ";" || w == "but" || w == "while" || w == "after" || w == "before" {
			return nil
		}
		switch st.toks[k].tag {
		case "VBD", "VBZ", "VBP", "MD", "VB":
			return nil
		}
	}
	return b
}
