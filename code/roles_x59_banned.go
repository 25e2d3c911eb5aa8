package code

import (
	"unicode"

	"github.com/truce-project/truce"
)

// rolesX59MemberNouns are the people an outlawed group is made of:
// "jailed 52 members of the banned …", "detained followers of the
// outlawed …".
var rolesX59MemberNouns = filtered(wordSet("members", "member", "supporters", "supporter", "followers", "activists", "leaders",
	"militants", "adherents", "loyalists", "cadres", "affiliates", "sympathisers", "sympathizers"))

// rolesX59Outlawed are the words that mark a group as banned by its state.
var rolesX59Outlawed = filtered(wordSet("banned", "outlawed", "proscribed", "illegal", "dissolved", "prohibited"))

// rolesX59BannedGroup gives an act of a state on the members of a group
// it has outlawed, a group the dictionary does not know, that group as
// the state's opposition: "a court jailed 52 members of the banned
// Tawhid Brotherhood", "police detained 30 followers of the outlawed
// Nur Movement". The group is named with capitals right after the word
// that outlaws it; a group the dictionary knows is read by the roles
// already.
func (b *building) rolesX59BannedGroup() []truce.Actor {
	st, cd := b.st, b.cd
	if len(b.src) == 0 || !isState(b.src[0]) {
		return nil
	}
	k := cd.j
	for n := 0; k < len(st.low) && n < 5; k, n = k+1, n+1 {
		w := st.low[k]
		if st.toks[k].tag != "CD" && !headCounts.has(w) && !countLeads.has(w) && w != "of" && w != "more" && w != "than" && w != "at" && w != "least" {
			break
		}
	}
	if k+4 >= len(st.low) || !rolesX59MemberNouns.has(st.low[k]) || st.low[k+1] != "of" || st.low[k+2] != "the" || !rolesX59Outlawed.has(st.low[k+3]) {
		return nil
	}
	g := k + 4
	if st.mentionAt(g) != nil || st.toks[g].text == "" || !unicode.IsUpper(rune(st.toks[g].text[0])) {
		return nil
	}
	a, ok := b.c.actors.Lookup(b.src[0].Country+"OPP", b.d.date)
	if !ok {
		return nil
	}
	end := g
	for end+1 < len(st.low) && st.toks[end+1].text != "" && unicode.IsUpper(rune(st.toks[end+1].text[0])) {
		end++
	}
	a.Text = st.textOf(g, end+1)
	return []truce.Actor{a}
}
